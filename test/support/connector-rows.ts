import type { Database } from '../../src/db/database';
import { newId } from '../../src/ids';
import { DEV_SECRETS_KEY, sealSecret } from '../../src/secrets/secret-box';

/**
 * A Scale connector row of a project (its key sealed with the development key, as the test servers seal), without
 * going through connectorCreate: for the race and kill tests and the sync bench. Answers its id.
 */
export async function insertScaleConnector(
  db: Database,
  c: { projectId: string; baseUrl: string; key: string; projectName: string; nextRunAt?: string | null },
): Promise<string> {
  const id = newId('connector');
  const at = new Date().toISOString();
  await db
    .insertInto('connector')
    .values({
      id,
      projectId: c.projectId,
      kind: 'SCALE',
      baseUrl: c.baseUrl,
      credentials: sealSecret(c.key, DEV_SECRETS_KEY),
      optionsJson: JSON.stringify({ projectName: c.projectName }),
      intervalMinutes: c.nextRunAt ? 60 : null,
      nextRunAt: c.nextRunAt ?? null,
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  return id;
}
