import { CompiledQuery, PostgresAdapter } from 'kysely';
import type { Database } from '../../db/database';
import type { ChangeActorKind, ChangeType } from '../../graphql/types.generated';

// The change log's writes, run by every mutation (issue 18): hand-written SQL made once per store and row count, not
// built by Kysely's query builder per call, which cost M1 more than the statements themselves. SQLite: one INSERT
// (AUTOINCREMENT numbers the rows; its single writer orders commits). PostgreSQL: the counter's increment, whose row
// lock orders the commits, then the INSERT with the sequences it reserved (see the migration).

export type NewChange = {
  /** PostgreSQL: reserved by takeSequences; SQLite: null, numbered by the INSERT. */
  sequence: number | null;
  id: string;
  type: ChangeType;
  objectType: string;
  objectId: string;
  projectId: string | null;
  /** null: the project's, looked up in the same statement. */
  organizationId: string | null;
  audience: 'MEMBERS' | 'ADMINS';
  actorKind: ChangeActorKind;
  actorId: string | null;
  payloadJson: string;
  createdAt: string;
};

export const isPostgres = (db: Database) => db.getExecutor().adapter instanceof PostgresAdapter;

/** `?` placeholders for SQLite, `$1…` for PostgreSQL. */
function placeholders(postgres: boolean, sqlText: string): string {
  let n = 0;
  return postgres ? sqlText.replace(/\?/g, () => `$${++n}`) : sqlText;
}

const TAKE = 'update change_counter set sequence = sequence + $1 where id = 1 returning sequence';

/** PostgreSQL: reserves `n` sequences, the last returned; the counter row's lock is held until COMMIT. */
export async function takeSequences(trx: Database, n: number): Promise<number> {
  const { rows } = await trx.executeQuery<{ sequence: number | string }>(CompiledQuery.raw(TAKE, [n]));
  return Number(rows[0].sequence);
}

const LAST = {
  sqlite: "select seq as sequence from sqlite_sequence where name = 'change'",
  postgres: 'select sequence from change_counter where id = 1',
};

/** The sequence of the last change committed (0 before the first). */
export async function lastSequence(db: Database): Promise<number> {
  const { rows } = await db.executeQuery<{ sequence: number | string }>(
    CompiledQuery.raw(isPostgres(db) ? LAST.postgres : LAST.sqlite, []),
  );
  return Number(rows[0]?.sequence ?? 0);
}

// Changes per INSERT: 1,000 rows of 13 parameters stay below both stores' bind limits (SQLite 32,766, PostgreSQL
// 65,535); a batchCancel of many PENDING tasks records one change per task.
const CHANGE_CHUNK = 1000;
const COLUMNS =
  'id, type, object_type, object_id, project_id, organization_id, audience, actor_kind, actor_id, payload_json, created_at';
const ROW = '?, ?, ?, ?, ?, coalesce(?, (select organization_id from project where id = ?)), ?, ?, ?, ?, ?';
const insertTexts = new Map<string, string>();

function insertText(postgres: boolean, rows: number): string {
  const key = `${postgres}:${rows}`;
  let text = insertTexts.get(key);
  if (!text) {
    const row = postgres ? `(?, ${ROW})` : `(${ROW})`;
    const columns = postgres ? `sequence, ${COLUMNS}` : COLUMNS;
    text = placeholders(postgres, `insert into change (${columns}) values ${Array(rows).fill(row).join(', ')}`);
    // One text per row count: a busy server sees a handful (1, 2, 3 … changes per transaction).
    if (insertTexts.size < 200) insertTexts.set(key, text);
  }
  return text;
}

/** One multi-row insert per CHANGE_CHUNK changes; a change without organizationId takes its project's. */
export async function insertChanges(trx: Database, changes: readonly NewChange[]): Promise<void> {
  const postgres = isPostgres(trx);
  for (let i = 0; i < changes.length; i += CHANGE_CHUNK) {
    const chunk = changes.slice(i, i + CHANGE_CHUNK);
    const parameters: unknown[] = [];
    for (const c of chunk) {
      if (postgres) parameters.push(c.sequence);
      parameters.push(
        c.id,
        c.type,
        c.objectType,
        c.objectId,
        c.projectId,
        c.organizationId,
        c.projectId,
        c.audience,
        c.actorKind,
        c.actorId,
        c.payloadJson,
        c.createdAt,
      );
    }
    await trx.executeQuery(CompiledQuery.raw(insertText(postgres, chunk.length), parameters));
  }
}
