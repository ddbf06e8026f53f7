import type { Context } from '../../context';
import type { TaskRow } from '../../db/rows';
import { primeRow } from '../../graphql/prime-row';
import { toPayload, type Result } from '../result';

/** A task mutation's payload (`{ task, userErrors }`); the written task primes the request's row loader. */
export function taskPayload(ctx: Context, result: Result<TaskRow>) {
  if (result.ok) primeRow(ctx, 'task', result.value);
  return toPayload(result, 'task');
}
