import type { Logger } from 'pino';

/**
 * An in-process worker: runs `drain` (claim and run until nothing is left) every `intervalMs`; stop() waits for
 * the current run, the first after `firstRunMs` (default 0). Used for coding tasks, inference runs, webhook
 * deliveries and the change log's retention.
 */
export function startPollingWorker(
  name: string,
  drain: () => Promise<number>,
  opts: {
    intervalMs?: number;
    /** The first run's delay (default 0). */
    firstRunMs?: number;
    logger?: Logger;
    /** Drain again at once after a drain that did work (a drain may stop at a budget with more to do). */
    againWhenBusy?: boolean;
    /** Subscribes to a wake-up that starts the next drain before the interval ends; answers the unsubscribe. */
    wakeOn?: (wake: () => void) => () => void;
    /**
     * Wake-ups start a drain at most this often (default 0): under a stream of commits a worker polls a few times a
     * second, not once per mutation.
     */
    wakeEveryMs?: number;
  },
) {
  let stopped = false;
  let running = false;
  let wokenWhileRunning = false;
  let current: Promise<unknown> = Promise.resolve();
  let startedAt = 0;
  const tick = async () => {
    if (stopped) return;
    startedAt = Date.now();
    running = true;
    wokenWhileRunning = false;
    let ran = 0;
    current = drain()
      .then((n) => (ran = n))
      .catch((error: unknown) => opts.logger?.error({ err: error }, `${name} worker failed`));
    await current;
    running = false;
    // More work left: at once. Woken meanwhile: as soon as wakeEveryMs allows. Else: the interval.
    const delay =
      opts.againWhenBusy && ran > 0
        ? 0
        : wokenWhileRunning
          ? Math.max(0, startedAt + (opts.wakeEveryMs ?? 0) - Date.now())
          : (opts.intervalMs ?? 1000);
    if (!stopped) timer = setTimeout(() => void tick(), delay);
  };
  let timer = setTimeout(() => void tick(), opts.firstRunMs ?? 0);
  // A wake-up while a drain runs starts the next one at once: that drain may have read before what woke it.
  const unsubscribe = opts.wakeOn?.(() => {
    if (stopped) return;
    if (running) {
      wokenWhileRunning = true;
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), Math.max(0, startedAt + (opts.wakeEveryMs ?? 0) - Date.now()));
  });
  return {
    stop: async () => {
      stopped = true;
      unsubscribe?.();
      clearTimeout(timer);
      await current;
    },
  };
}
