import type { ZodError } from 'zod';
import type { UserErrorCode } from '../graphql/types.generated';

export type UserError = { field: string[] | null; message: string; code: UserErrorCode };
/** A service's refusal: the tagged failure of a Result (result.ts). */
export type Failure = { ok: false; userErrors: UserError[] };

export function failure(code: UserErrorCode, message: string, field?: string[]): Failure {
  return { ok: false, userErrors: [{ code, message, field: field ?? null }] };
}

export const notFound = (what: string, field: string[]): Failure =>
  failure('NOT_FOUND', `No ${what} with this id`, field);

/** Zod issues as BAD_USER_INPUT user errors, with the input path as `field`. */
export function fromZod(error: ZodError, root = 'input'): Failure {
  return {
    ok: false,
    userErrors: error.issues.map((i) => ({
      code: 'BAD_USER_INPUT' as const,
      message: i.message,
      field: [root, ...i.path.map(String)],
    })),
  };
}

/** A foreign-key violation of either store (SQLite SQLITE_CONSTRAINT_FOREIGNKEY, PostgreSQL 23503): a row just deleted. */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

/** A unique-constraint violation of either store (SQLite SQLITE_CONSTRAINT_UNIQUE, PostgreSQL 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
