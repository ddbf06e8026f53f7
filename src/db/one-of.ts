import { PostgresAdapter, sql, type Expression, type Kysely, type SqlBool } from 'kysely';

/**
 * `column` is one of `ids`, the ids bound as one value (a JSON array on SQLite, an array on PostgreSQL) rather than
 * one parameter each: the statement's text no longer depends on how many there are, so each list level of a nested
 * read is one cached prepared statement, and SQLite reads the list faster than it binds hundreds of parameters
 * (issue 9: 10-20% of a level's statement time).
 */
export function isOneOf(db: Kysely<any>, column: string, ids: readonly string[]): Expression<SqlBool> {
  return isPostgres(db)
    ? sql<SqlBool>`${sql.ref(column)} = any(${sql.val([...ids])})`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${sql.val(JSON.stringify(ids))}))`;
}

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
