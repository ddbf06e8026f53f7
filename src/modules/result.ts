import type { Database } from '../db/database';
import { transactionWithChanges } from './change/change-log';
import type { Failure, UserError } from './user-errors';

// What a service answers: its value, or the user errors that say why it did nothing. The tag is explicit, so a
// caller never guesses a failure from a payload's shape, and a service never rolls back by throwing.
export type Ok<T> = { ok: true; value: T };
export type Result<T> = Ok<T> | Failure;
export type { Failure };

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
/** True for a service's failure; false for an ok result and for any other value (a row, a payload). */
export const isFailure = (value: unknown): value is Failure =>
  typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;

/**
 * Carries a failure out of Kysely's transaction callback, which commits unless the callback throws. Not an Error:
 * it never escapes inTransaction, and an Error's stack trace cost a refused mutation tens of microseconds (M2's
 * profile, issue 17).
 */
class Rollback {
  constructor(readonly failure: Failure) {}
}

/**
 * Runs `work` in one transaction that commits when it answers ok and rolls back when it answers a failure,
 * which is then this call's answer. Errors still roll back and propagate. The changes `work` records
 * (change/change-log.ts recordChange) are written just before COMMIT.
 */
export async function inTransaction<T>(db: Database, work: (trx: Database) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await transactionWithChanges(db, async (trx) => {
      const result = await work(trx);
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- caught below, never seen outside
      if (isFailure(result)) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.failure;
    throw error;
  }
}

/** A mutation payload from a service's result: `{ [key]: value, userErrors: [] }`, or `{ userErrors }`. */
export function toPayload<K extends string, T>(
  result: Result<T>,
  key: K,
): ({ [P in K]: T } & { userErrors: [] }) | { userErrors: UserError[] } {
  if (isFailure(result)) return { userErrors: result.userErrors };
  return { [key]: result.value, userErrors: [] };
}
