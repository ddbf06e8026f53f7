import { badUserInput } from '../errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Relay connection arguments as they come from GraphQL. */
export type PageArgs = {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
};

/** A validated slice of a list: `limit` rows after / before the positions the cursors carry. */
export type PageWindow = {
  limit: number;
  backward: boolean;
  /** What the `after` cursor carries: an id, or a (sort value, id) pair for an ordered list. */
  after: string | null;
  before: string | null;
};

const CURSOR_PREFIX = 'cursor:';

/** An opaque cursor for a position (an id, or what an ordered list needs). */
export function encodeCursor(position: string): string {
  return Buffer.from(CURSOR_PREFIX + position, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, argument: 'after' | 'before'): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(CURSOR_PREFIX) || text.length === CURSOR_PREFIX.length) {
    throw badUserInput(`\`${argument}\` is not a cursor this API returned`, { argument });
  }
  return text.slice(CURSOR_PREFIX.length);
}

function checkSize(value: number, argument: 'first' | 'last'): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${argument}\` must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, {
      argument,
      max: MAX_PAGE_SIZE,
    });
  }
  return value;
}

/** Validates connection arguments (BAD_USER_INPUT when out of range) and turns them into a window. */
export function pageWindow(args: PageArgs): PageWindow {
  const hasFirst = args.first !== undefined && args.first !== null;
  const hasLast = args.last !== undefined && args.last !== null;
  if (hasFirst && hasLast) throw badUserInput('Pass either `first` or `last`, not both');
  const backward = hasLast || (!hasFirst && args.before != null && args.after == null);
  const limit = hasFirst
    ? checkSize(args.first!, 'first')
    : hasLast
      ? checkSize(args.last!, 'last')
      : DEFAULT_PAGE_SIZE;
  return {
    limit,
    backward,
    after: args.after != null ? decodeCursor(args.after, 'after') : null,
    before: args.before != null ? decodeCursor(args.before, 'before') : null,
  };
}
