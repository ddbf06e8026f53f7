type Row = { operation: string; target: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; sqlPerRequest: number | null; rssBeforeMiB: number; rssAfterMiB: number };

/** The short table of one run (the JSON file has everything). */
export function printTable(report: { store: string; scale: number; connections: number; results: Row[]; q1LimitRatio: number | null; mixed: null | { seconds: number; requestsPerSecond: number; rssAfterWarmupMiB: number; rssLastMiB: number; growthPercent: number } }): void {
  const lines = [
    `store ${report.store}, scale ${report.scale}, ${report.connections} connections`,
    '| operation | server | req/s | p50 ms | p99 ms | SQL/request | RSS before -> after (MiB) |',
    '|---|---|---:|---:|---:|---:|---|',
    ...report.results.map((r) => `| ${r.operation} | ${r.target} | ${r.requestsPerSecond} | ${r.p50Ms} | ${r.p99Ms} | ${r.sqlPerRequest ?? '-'} | ${r.rssBeforeMiB} -> ${r.rssAfterMiB} |`),
    `Q1 Annograph / limit: ${report.q1LimitRatio}`,
  ];
  if (report.mixed) lines.push(`mixed ${report.mixed.seconds} s: ${report.mixed.requestsPerSecond} req/s, RSS ${report.mixed.rssAfterWarmupMiB} -> ${report.mixed.rssLastMiB} MiB after warm-up (${report.mixed.growthPercent}%)`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
