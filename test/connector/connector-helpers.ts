import { parseOutboundAllowedHosts } from '../../src/outbound/outbound-policy';
import type { Database } from '../../src/db/database';
import { drainConnectors, type ConnectorWorkerOptions } from '../../src/modules/connector/connector-worker';
import { testSecrets, type GraphQLResult } from '../support/server';

// What the connector suites share: the guard that lets 127.0.0.1 through (the fakes listen there), a worker that
// retries without waiting, and the GraphQL of a connector and its runs.
export const LOCAL_OUTBOUND = parseOutboundAllowedHosts('127.0.0.1');

export const workerOptions = (overrides: Partial<ConnectorWorkerOptions> = {}): ConnectorWorkerOptions => ({
  workerId: 'test-worker',
  outbound: LOCAL_OUTBOUND,
  secrets: testSecrets,
  retry: { maxAttempts: 3, baseMs: 1, maxDelayMs: 5, random: () => 0, sleep: async () => {} },
  timeoutMs: 2000,
  ...overrides,
});

export const drain = (db: Database, overrides: Partial<ConnectorWorkerOptions> = {}) =>
  drainConnectors(db, workerOptions(overrides));

export const RUN_FIELDS =
  'id status trigger pages created updated unchanged failed failures { type externalId reason } error startedAt finishedAt jobStatus jobProgress { done failed total fraction }';

type Execute = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult>;

/** The GraphQL calls of the connector suites, as the server's current viewer. */
export function connectorApi(execute: Execute) {
  const data = async (query: string, variables?: Record<string, unknown>) => {
    const result = await execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as any;
  };
  return {
    data,
    create: async (input: Record<string, unknown>) =>
      (
        await data(
          'mutation($i: ConnectorCreateInput!) { connectorCreate(input: $i) { connector { id kind baseUrl hasCredentials options intervalMinutes nextRunAt } userErrors { field message code } } }',
          { i: input },
        )
      ).connectorCreate,
    run: async (id: string) =>
      (
        await data(
          `mutation($id: ID!) { connectorRun(id: $id) { run { ${RUN_FIELDS} } userErrors { field message code } } }`,
          { id },
        )
      ).connectorRun,
    runOf: async (id: string) =>
      (await data(`query($id: ID!) { node(id: $id) { ... on ConnectorRun { ${RUN_FIELDS} } } }`, { id })).node,
  };
}
