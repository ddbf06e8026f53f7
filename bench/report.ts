const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};

/**
 * RSS growth over a run, after its warm-up: the median of the last fifth of the samples against the median of the
 * first fifth. Single samples swing by a third between garbage collections (seen: 204 to 326 MiB within 15 s), so
 * first-against-last would measure where the sawtooth happened to be, not growth.
 */
export function rssGrowth(samples: { atSeconds: number; rssMiB: number }[], warmupSeconds: number) {
  const after = samples.filter((s) => s.atSeconds >= warmupSeconds).map((s) => s.rssMiB);
  const window = Math.max(1, Math.floor(after.length / 5));
  const first = median(after.slice(0, window));
  const last = median(after.slice(-window));
  return {
    rssAfterWarmupMiB: first,
    rssLastMiB: last,
    rssPeakMiB: Math.max(...after),
    growthPercent: Math.round(((last - first) / first) * 1000) / 10,
  };
}

type Row = {
  operation: string;
  target: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  sqlPerRequest: number | null;
  rssBeforeMiB: number;
  rssAfterMiB: number;
};

/** The short table of one run (the JSON file has everything). */
export function printTable(report: {
  store: string;
  scale: number;
  connections: number;
  results: Row[];
  q1LimitRatio: number | null;
  mixed: null | {
    seconds: number;
    requestsPerSecond: number;
    rssAfterWarmupMiB: number;
    rssLastMiB: number;
    growthPercent: number;
  };
}): void {
  const lines = [
    `store ${report.store}, scale ${report.scale}, ${report.connections} connections`,
    '| operation | server | req/s | p50 ms | p99 ms | SQL/request | RSS before -> after (MiB) |',
    '|---|---|---:|---:|---:|---:|---|',
    ...report.results.map(
      (r) =>
        `| ${r.operation} | ${r.target} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.sqlPerRequest ?? '-'} | ${r.rssBeforeMiB} -> ${r.rssAfterMiB} |`,
    ),
    `Q1 Annograph / limit: ${report.q1LimitRatio}`,
  ];
  if (report.mixed)
    lines.push(
      `mixed ${report.mixed.seconds} s: ${report.mixed.requestsPerSecond} req/s, RSS median of the first fifth after warm-up ${report.mixed.rssAfterWarmupMiB} -> of the last fifth ${report.mixed.rssLastMiB} MiB (${report.mixed.growthPercent}%)`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}
