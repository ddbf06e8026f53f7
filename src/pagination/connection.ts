import { encodeCursor, type PageWindow } from './page-window';

export type PageInfo = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
};

/** What a `…Connection` field resolves to. `totalCount` is a thunk: it costs a query only when asked for. */
export type Connection<T> = {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
};

/**
 * Builds a connection from rows fetched for `window` (up to limit + 1 of them, in the fetch order:
 * ascending ids forward, descending backward); the extra row only tells that another page exists.
 */
export function toConnection<T extends { id: string }>(
  fetched: T[],
  window: PageWindow,
  totalCount: () => Promise<number>,
  positionOf: (row: T) => string = (row) => row.id,
): Connection<T> {
  const more = fetched.length > window.limit;
  const page = fetched.slice(0, window.limit);
  if (window.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: window.backward ? window.before !== null : more,
      hasPreviousPage: window.backward ? more : window.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
