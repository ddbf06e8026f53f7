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

/** How a connection counts every row of its list: a loader of counts per parent, and this parent's key. */
export type TotalCount = { counts: { load(key: string): Promise<number> }; key: string } | (() => Promise<number>);

/**
 * Builds a connection from rows fetched for `window` (up to limit + 1 of them, in the fetch order:
 * ascending ids forward, descending backward); the extra row only tells that another page exists.
 */
export function toConnection<T extends { id: string }>(
  fetched: T[],
  window: PageWindow,
  totalCount: TotalCount,
  positionOf: (row: T) => string = byId,
): Connection<T> {
  const more = fetched.length > window.limit;
  const page = more || window.backward ? fetched.slice(0, window.limit) : fetched;
  if (window.backward) page.reverse();
  return new Page(page, window, more, totalCount, positionOf);
}

const byId = (row: { id: string }) => row.id;

// A class, not an object literal with getters: one is made per parent of every nested list, and prototype getters
// keep it cheap to make. Page info, edges and cursors are made only when a query asks for them.
class Page<T> implements Connection<T> {
  #edges: { cursor: string; node: T }[] | undefined;
  #pageInfo: PageInfo | undefined;
  constructor(
    readonly nodes: T[],
    private readonly window: PageWindow,
    private readonly more: boolean,
    private readonly total: TotalCount,
    private readonly positionOf: (row: T) => string,
  ) {}
  get edges() {
    return (this.#edges ??= this.nodes.map((node) => ({ cursor: encodeCursor(this.positionOf(node)), node })));
  }
  get pageInfo(): PageInfo {
    return (this.#pageInfo ??= new Info(this.nodes, this.window, this.more, this.positionOf));
  }
  totalCount(): Promise<number> {
    return typeof this.total === 'function' ? this.total() : this.total.counts.load(this.total.key);
  }
}

class Info<T> implements PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  constructor(
    private readonly page: T[],
    window: PageWindow,
    more: boolean,
    private readonly positionOf: (row: T) => string,
  ) {
    this.hasNextPage = window.backward ? window.before !== null : more;
    this.hasPreviousPage = window.backward ? more : window.after !== null;
  }
  get startCursor() {
    return this.page.length ? encodeCursor(this.positionOf(this.page[0])) : null;
  }
  get endCursor() {
    return this.page.length ? encodeCursor(this.positionOf(this.page[this.page.length - 1])) : null;
  }
}
