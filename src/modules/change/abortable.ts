/**
 * An async iterator over `make(signal)` whose return() (a client's `complete`, a closed socket) aborts `signal`
 * first: an async generator waiting for the next change would otherwise hold its return() until that change came.
 */
export function abortable<T>(make: (signal: AbortSignal) => AsyncGenerator<T>): AsyncIterableIterator<T> {
  const controller = new AbortController();
  const inner = make(controller.signal);
  const iterator: AsyncIterableIterator<T> = {
    next: () => inner.next(),
    return: async (value?: unknown) => {
      controller.abort();
      await inner.return(undefined as never).catch(() => undefined);
      return { done: true, value: value as T };
    },
    throw: async (error?: unknown) => {
      controller.abort();
      return inner.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
