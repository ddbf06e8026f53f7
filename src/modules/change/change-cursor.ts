import { badUserInput } from '../../errors';
import { encodeCursor } from '../../pagination/page-window';

// A change's cursor is its sequence, in the API's opaque cursor form (pagination/page-window.ts).
export const changeCursor = (sequence: number | string): string => encodeCursor(`chg:${Number(sequence)}`);

/** The sequence a cursor of changeCursor carries; BAD_USER_INPUT naming `argument` for anything else. */
export function sequenceOfPosition(position: string | null, argument: string): number | null {
  if (position === null) return null;
  const match = /^chg:(\d{1,15})$/.exec(position);
  if (!match) throw badUserInput(`\`${argument}\` is not a cursor of the change log`, { argument });
  return Number(match[1]);
}

/** The sequence of an opaque change cursor as given to a subscription (null: none given). */
export function sequenceOfCursor(cursor: string | null | undefined, argument = 'after'): number | null {
  if (cursor == null) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return sequenceOfPosition(text.startsWith('cursor:') ? text.slice('cursor:'.length) : '', argument);
}
