import { encodeCursor, type PageWindow } from './page-window';

export type PageInfo = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
};

/**
 * What a `…Connection` field resolves to. `totalCount` is a thunk (a query only when asked for; schema.ts resolves
 * it on every connection type); edges and cursors are getters, encoded only when a query asks for them.
 */
export type Connection<T> = {
  readonly edges: { cursor: string; node: T }[];
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
  const cursorOf = (node: T | undefined) => (node ? encodeCursor(positionOf(node)) : null);
  let edges: Connection<T>['edges'] | undefined;
  return {
    // Cursors only when asked for: most UI queries read `nodes`, and a page under every parent would encode them all.
    get edges() {
      return (edges ??= page.map((node) => ({ cursor: cursorOf(node)!, node })));
    },
    nodes: page,
    pageInfo: {
      hasNextPage: window.backward ? window.before !== null : more,
      hasPreviousPage: window.backward ? more : window.after !== null,
      get startCursor() {
        return cursorOf(page[0]);
      },
      get endCursor() {
        return cursorOf(page[page.length - 1]);
      },
    },
    totalCount,
  };
}
