import { sql } from 'kysely';
import type { Database } from '../db/database';
import { TABLE_ORDER } from '../db/row-bundle';

// The SQL of the demo seeder (seed-demo.ts, genai-project-demo.ts, coding-demo.ts): what it checks and the few rows
// it writes itself.

/** Whether the database holds an organization already (then the seeder leaves it alone). */
export async function hasAnyOrganization(db: Database): Promise<boolean> {
  return !!(await db.selectFrom('organization').select('id').limit(1).executeTakeFirst());
}

export async function insertInstanceSetting(db: Database, setting: { key: string; value: string }): Promise<void> {
  await db.insertInto('instanceSetting').values(setting).execute();
}

export function findInstanceSettingValue(db: Database, key: string) {
  return db.selectFrom('instanceSetting').select('value').where('key', '=', key).executeTakeFirst();
}

/** The row count of every table, in foreign-key order: one count statement per table. */
export async function countRowsByTable(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLE_ORDER) {
    const { n } = await db
      .selectFrom(table)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(n);
  }
  return counts;
}

/** Whether a batch still has an open task (DRAFT, PENDING, IN_PROGRESS). */
export async function hasOpenTaskInBatch(db: Database, batchId: string): Promise<boolean> {
  const open = await db
    .selectFrom('task')
    .select('id')
    .where('batchId', '=', batchId)
    .where('status', 'in', ['DRAFT', 'PENDING', 'IN_PROGRESS'])
    .limit(1)
    .executeTakeFirst();
  return !!open;
}

/**
 * Marks an IN_PROGRESS batch COMPLETED the way Scale reports it (sourceStatus 'completed'), at `completedAt`: a
 * direct status write of the demo only (no mutation completes a batch). A batch in another status stays as it is.
 */
export async function markBatchCompletedIfInProgress(
  db: Database,
  batchId: string,
  completedAt: string,
): Promise<void> {
  await db
    .updateTable('batch')
    .set({ status: 'COMPLETED', sourceStatus: 'completed', completedAt, updatedAt: completedAt })
    .where('id', '=', batchId)
    .where('status', '=', 'IN_PROGRESS')
    .execute();
}

/** A task's status and coder (the coder a train task trained, once it finished). */
export function findTaskStatusAndCoderById(db: Database, taskId: string) {
  return db.selectFrom('task').select(['status', 'coderId']).where('id', '=', taskId).executeTakeFirstOrThrow();
}
