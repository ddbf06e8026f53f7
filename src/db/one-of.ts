import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { isPostgres } from './dialect';
import { isSlot, type Slot } from './reusable-statement';

/**
 * `column` is one of `ids`, the ids bound as one value (see idList) rather than one parameter each: the statement's
 * text no longer depends on how many there are, so each list level of a nested read is one cached prepared
 * statement, and SQLite reads the list faster than it binds hundreds of parameters (issue 9: 10-20% of a level's
 * statement time). `ids` may be a slot of a reusable statement, filled with idList(db, ids) at each run.
 */
export function isOneOf(db: Kysely<any>, column: string, ids: readonly string[] | Slot): Expression<SqlBool> {
  const value = sql.val(isSlot(ids) ? ids : idList(db, ids));
  return isPostgres(db)
    ? sql<SqlBool>`${sql.ref(column)} = any(${value})`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${value}))`;
}

/** Ids as one bound value: a JSON array for SQLite's json_each, an array for PostgreSQL. */
export function idList(db: Kysely<any>, ids: readonly string[]): unknown {
  return isPostgres(db) ? [...ids] : JSON.stringify(ids);
}
