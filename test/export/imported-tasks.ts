import type { TaskRow } from '../../src/db/rows';
import { importScaleTasks } from '../../src/modules/scale/scale-import';
import type { TestDb } from '../support/db';
import { insertProject } from '../support/factories';

/** A new project holding the given Scale records, imported as the CLI would; its task rows in id (file) order. */
export async function importedTasks(t: TestDb, records: unknown[]): Promise<TaskRow[]> {
  const { projectId } = await insertProject(t.db);
  const summary = await importScaleTasks(
    t.db,
    projectId,
    records.map((value, i) => ({ line: i + 1, value })),
  );
  if (summary.failures.length) throw new Error(`import failed: ${JSON.stringify(summary.failures)}`);
  return t.db.selectFrom('task').selectAll().where('projectId', '=', projectId).orderBy('id').execute();
}
