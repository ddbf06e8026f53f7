import type { Database } from '../../src/db/database';
import { addGenAiTask, type GenAiShape } from '../../src/demo/genai-task-builder';
import { seededRandom } from '../../src/demo/random';
import { emptyBundle, insertBundle, type RowBundle } from '../../src/db/row-bundle';
import { createIdFactory, newId } from '../../src/ids';
import { insertAccount, type Account } from './accounts';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
// Each call gets its own seed, so ids never collide between calls in one database.
let nextSeed = 1;

/** Inserts an organization, a project and the organization's OWNER (with a token); returns their ids. */
export async function insertProject(
  db: Database,
  name = 'Project',
): Promise<{ organizationId: string; projectId: string; owner: Account }> {
  const now = new Date().toISOString();
  const organizationId = newId('organization');
  const projectId = newId('project');
  await db
    .insertInto('organization')
    .values({ id: organizationId, slug: `org-${organizationId.slice(-6).toLowerCase()}`, name: 'Org', createdAt: now })
    .execute();
  await db
    .insertInto('project')
    .values({ id: projectId, organizationId, name, source: 'ANNOGRAPH', createdAt: now, updatedAt: now })
    .execute();
  const owner = await insertAccount(db, { organizationId, organizationRole: 'OWNER' });
  return { organizationId, projectId, owner };
}

/** Inserts `count` completed GenAI tasks of the given shape under a project; returns the bundle written. */
export async function insertGenAiTasks(
  db: Database,
  projectId: string,
  count: number,
  shape: GenAiShape,
  seed = nextSeed++,
): Promise<RowBundle> {
  const random = seededRandom(seed);
  let tick = T0;
  const env = { newId: createIdFactory(random), random, clock: () => (tick += 1000) };
  const bundle = emptyBundle();
  for (let i = 0; i < count; i++) {
    addGenAiTask(
      bundle,
      env,
      { projectId, batchId: null, status: 'COMPLETED', sourceStatus: 'completed', externalId: `task_${seed}_${i}` },
      shape,
    );
  }
  await insertBundle(db, bundle);
  return bundle;
}

/** A bare PENDING labeling task of the project (agreement and migration tests annotate it by hand); its id. */
export async function insertLabelingTask(
  db: Database,
  projectId: string,
  at = '2026-12-07T00:00:00.000Z',
  data: unknown = {},
) {
  const id = newId('task');
  await db
    .insertInto('task')
    .values({
      id,
      projectId,
      kind: 'LABELING',
      status: 'PENDING',
      source: 'ANNOGRAPH',
      dataJson: JSON.stringify(data),
      createdAt: at,
      updatedAt: at,
    })
    .execute();
  return id;
}
