import type { Database } from '../db/database';
import type {
  InsertableAnnotationRow, InsertableBatchRow, InsertableMessageChunkRow, InsertableMessageRow,
  InsertableOrganizationRow, InsertableProjectRow, InsertableTaskRow, InsertableThreadRow,
  InsertableTurnRow, InsertableUserRow,
} from '../db/rows';
import type { DB } from '../db/types.generated';
import type { Insertable } from 'kysely';

/** Rows of many tables, written together in foreign-key order. */
export type RowBundle = {
  organization: InsertableOrganizationRow[];
  appUser: InsertableUserRow[];
  project: InsertableProjectRow[];
  batch: InsertableBatchRow[];
  task: InsertableTaskRow[];
  thread: InsertableThreadRow[];
  turn: InsertableTurnRow[];
  message: InsertableMessageRow[];
  messageChunk: InsertableMessageChunkRow[];
  annotation: InsertableAnnotationRow[];
  organizationMember: Insertable<DB['organizationMember']>[];
  projectMember: Insertable<DB['projectMember']>[];
  apiToken: Insertable<DB['apiToken']>[];
  instanceSetting: Insertable<DB['instanceSetting']>[];
};

export const TABLE_ORDER = [
  'organization', 'appUser', 'organizationMember', 'project', 'projectMember', 'apiToken', 'batch', 'task', 'thread', 'turn', 'message',
  'messageChunk', 'annotation', 'instanceSetting',
] as const;

export function emptyBundle(): RowBundle {
  return {
    organization: [], appUser: [], organizationMember: [], project: [], projectMember: [], apiToken: [], batch: [], task: [], thread: [],
    turn: [], message: [], messageChunk: [], annotation: [], instanceSetting: [],
  };
}

// Rows per INSERT: 100 rows of the widest table (25 columns) stay far below both stores' bind limits.
const CHUNK = 100;

/** Inserts every row of the bundle in one transaction. */
export async function insertBundle(db: Database, bundle: RowBundle): Promise<Record<keyof RowBundle, number>> {
  await db.transaction().execute(async (trx) => {
    for (const table of TABLE_ORDER) {
      const rows = bundle[table] as object[];
      for (let i = 0; i < rows.length; i += CHUNK) {
        await trx.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
      }
    }
  });
  return Object.fromEntries(TABLE_ORDER.map((t) => [t, bundle[t].length])) as Record<keyof RowBundle, number>;
}
