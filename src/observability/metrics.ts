import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics of one process (served at GET /metrics): the process's own (memory, CPU, event loop, GC),
 * GraphQL requests with their duration, and every SQL statement sent, so statements per request can be read off
 * two scrapes (`npm run bench` does).
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'annograph_' });
  const sqlStatements = new Counter({
    name: 'annograph_sql_statements_total',
    help: 'SQL statements sent to the database by this process (requests and workers).',
    registers: [registry],
  });
  const graphqlRequests = new Histogram({
    name: 'annograph_graphql_request_duration_seconds',
    help: 'GraphQL requests by outcome (ok: no errors; error: at least one error in the response).',
    labelNames: ['outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return { registry, sqlStatements, graphqlRequests };
}

export type Metrics = ReturnType<typeof createMetrics>;
