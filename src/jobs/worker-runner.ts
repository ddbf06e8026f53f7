import type { Logger } from 'pino';

/**
 * An in-process worker: runs `drain` (claim and run until nothing is left) every `intervalMs`; stop() waits for
 * the current run, the first after `firstRunMs` (default 0). Used for coding tasks, inference runs and the change
 * log's retention.
 */
export function startPollingWorker(
  name: string,
  drain: () => Promise<number>,
  opts: { intervalMs?: number; firstRunMs?: number; logger?: Logger },
) {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    current = drain().catch((error: unknown) => opts.logger?.error({ err: error }, `${name} worker failed`));
    await current;
    if (!stopped) timer = setTimeout(() => void tick(), opts.intervalMs ?? 1000);
  };
  let timer = setTimeout(() => void tick(), opts.firstRunMs ?? 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
