// Q1 in every shape (q1-shapes.ts) against Annograph and the limit server, back to back per shape (issue 20): the
// ratio of the two and both p99s. Each shape's answers are compared first: a limit that answers other JSON would
// compare different work.
import { isDeepStrictEqual } from 'node:util';
import type { Request } from './load';
import { q1Document, q1Variables, Q1_SHAPES, Q1_TARGETS_QUERY, type Q1Shape, type Q1Targets } from './q1-shapes';

/** What the bench's measure() gives for one operation on one server. */
type Measured = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  sqlPerRequest: number | null;
  cpuMsPerRequest: number;
};

export type ShapeResult = {
  shape: string;
  annograph: Measured;
  limit: Measured;
  ratio: number;
  /** The limit's CPU time per request over Annograph's: the same ratio as the machine's noise affects it less. */
  cpuRatio: number;
  /** The floor on this store: 0.60 on SQLite, 0.50 on PostgreSQL. */
  target: number;
  ok: boolean;
};

export const SHAPE_TARGET = { sqlite: 0.6, postgres: 0.5 } as const;

type Post = (url: string, body: string) => Promise<unknown>;

export async function findQ1Targets(post: Post, api: string): Promise<Q1Targets> {
  const body = (await post(api, JSON.stringify({ query: Q1_TARGETS_QUERY }))) as any;
  const projects: any[] = body.data.projects.nodes;
  return {
    projectIds: projects.map((p) => p.id),
    projectNames: projects.map((p) => p.name),
    batchIds: projects.flatMap((p) => p.batches.nodes.map((b: { id: string }) => b.id)),
    deliveryIds: projects.flatMap((p) => p.deliveries.nodes.map((d: { id: string }) => d.id)),
  };
}

export function shapeRequests(s: Q1Shape, targets: Q1Targets): Request[] {
  const query = q1Document(s);
  return q1Variables(s, targets).map((variables) => ({
    body: JSON.stringify({ operationName: s.name, query, variables }),
  }));
}

/** Measures every shape named in `only` (all when null): Annograph, then the limit, for each. */
export async function measureShapes(opts: {
  store: 'sqlite' | 'postgres';
  annograph: string;
  limit: string;
  targets: Q1Targets;
  only: string[] | null;
  post: Post;
  measure: (name: string, target: 'annograph' | 'limit', requests: Request[]) => Promise<Measured>;
}): Promise<ShapeResult[]> {
  const results: ShapeResult[] = [];
  for (const s of Q1_SHAPES.filter((x) => !opts.only || opts.only.includes(x.name))) {
    const requests = shapeRequests(s, opts.targets);
    for (const request of requests.slice(0, 3)) {
      const body = (request as { body: string }).body;
      const [ours, theirs] = (await Promise.all([opts.post(opts.annograph, body), opts.post(opts.limit, body)])) as {
        data?: unknown;
        errors?: unknown;
      }[];
      // Annograph's answer also carries extensions (the query's cost): the data must be the same.
      if (ours.errors || !isDeepStrictEqual(ours.data, theirs.data))
        throw new Error(`the limit server answers ${s.name} differently from Annograph (${body.slice(-120)})`);
      if (JSON.stringify(ours.data).length < 1000)
        throw new Error(`${s.name} found nothing to read: ${JSON.stringify(ours).slice(0, 300)}`);
    }
    const annograph = await opts.measure(s.name, 'annograph', requests);
    const limit = await opts.measure(s.name, 'limit', requests);
    const ratio = Math.round((annograph.requestsPerSecond / limit.requestsPerSecond) * 1000) / 1000;
    const target = SHAPE_TARGET[opts.store];
    const cpuRatio = Math.round((limit.cpuMsPerRequest / annograph.cpuMsPerRequest) * 1000) / 1000;
    results.push({ shape: s.name, annograph, limit, ratio, cpuRatio, target, ok: ratio >= target });
  }
  return results;
}

export function shapeTable(results: ShapeResult[]): string[] {
  return [
    '| Q1 shape | Annograph req/s | p99 ms | CPU ms | SQL/request | limit req/s | p99 ms | CPU ms | ratio | CPU ratio | target |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...results.map(
      (r) =>
        `| ${r.shape} | ${r.annograph.requestsPerSecond} | ${r.annograph.p99Ms} | ${r.annograph.cpuMsPerRequest} | ${r.annograph.sqlPerRequest ?? '-'} | ${r.limit.requestsPerSecond} | ${r.limit.p99Ms} | ${r.limit.cpuMsPerRequest} | ${r.ratio} | ${r.cpuRatio} | ${r.ok ? 'met' : 'MISSED'} (>= ${r.target}) |`,
    ),
  ];
}
