// Prints the functions with the most self time in a V8 .cpuprofile (from `npm run bench -- --profile`).
// Usage: tsx bench/profile-summary.ts <file.cpuprofile> [top=30]
import fs from 'node:fs';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
};
const profile = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const top = Number(process.argv[3] ?? 30);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const where = url
    ? `${url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${lineNumber + 1}`
    : '';
  const key = `${functionName || '(anonymous)'} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
}
const packageOf = (key: string) =>
  /~\/((@[^/]+\/)?[^/]+)/.exec(key)?.[1] ??
  (key.includes('dist/') ? 'annograph' : key.includes('node:') ? 'node' : '(v8/gc/idle)');
const byPackage = new Map<string, number>();
for (const [key, micros] of byFunction) byPackage.set(packageOf(key), (byPackage.get(packageOf(key)) ?? 0) + micros);
const pct = (micros: number) => `${((micros / total) * 100).toFixed(1)}%`.padStart(6);
console.log('self time by package:');
for (const [name, micros] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${pct(micros)}  ${name}`);
console.log(`\ntop ${top} functions by self time:`);
for (const [key, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${pct(micros)}  ${key}`);
