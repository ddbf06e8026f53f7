import type { Database } from '../../src/db/database';
import { newId } from '../../src/ids';

/** A prompt, a version and a COMPLETED run of `projectId`, as rows (for tests that need a run to name). */
export async function insertRunRows(db: Database, organizationId: string, projectId: string) {
  const now = '2026-12-07T00:00:00.000Z';
  const promptId = newId('prompt');
  const versionId = newId('promptVersion');
  const runId = newId('inferenceRun');
  await db
    .insertInto('prompt')
    .values({
      id: promptId,
      organizationId,
      skillName: 'TEXT_CLASSIFICATION',
      title: 'p',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await db
    .insertInto('promptVersion')
    .values({
      id: versionId,
      promptId,
      promptText: 't',
      provider: 'OFFLINE',
      providerModelId: 'm',
      title: 'v',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await db
    .insertInto('inferenceRun')
    .values({ id: runId, projectId, promptId, versionId, projectSubset: 'ALL', status: 'COMPLETED', createdAt: now })
    .execute();
  return { promptId, versionId, runId };
}
