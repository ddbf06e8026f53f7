// Live-update latency (issue 18: 1,000 concurrent subscribers on one instance receive a change within 200 ms p99).
// Against the benchmark's running server: `subscribers` graphql-ws subscriptions to one project's changes, spread
// over tokens of their own (the caps: 20 per connection, one connection per token), so access is checked per token
// as it would be for many people; then `changes` task creations one after the other, each timed from the moment
// its mutation was sent (an upper bound of the time since its commit) to its arrival at every subscriber.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export type SubscriberFigures = {
  subscribers: number;
  connections: number;
  changes: number;
  received: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
};

const PER_CONNECTION = 20;

async function graphql(url: string, secret: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Token ${secret}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export async function measureSubscribers(
  url: string,
  secret: string,
  projectId: string,
  { subscribers = 1000, changes = 20 }: { subscribers?: number; changes?: number } = {},
): Promise<SubscriberFigures> {
  const connections = Math.ceil(subscribers / PER_CONNECTION);
  const secrets: string[] = [];
  for (let i = 0; i < connections; i++)
    secrets.push(
      (
        await graphql(
          url,
          secret,
          `
            mutation ($n: String!) {
              tokenCreate(input: { name: $n }) {
                secret
              }
            }
          `,
          {
            n: `bench-live-${i}`,
          },
        )
      ).tokenCreate.secret,
    );
  const arrivals = new Map<string, number[]>();
  const clients: Client[] = [];
  for (let c = 0; c < connections; c++) {
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Token ${secrets[c]}` },
      lazy: false,
      retryAttempts: 0,
    });
    clients.push(client);
    for (let s = 0; s < PER_CONNECTION && c * PER_CONNECTION + s < subscribers; s++) {
      client.subscribe<{ changes: { objectId: string } }>(
        {
          query: `subscription($p: ID!) { changes(projectId: $p, types: [TASK_CREATED]) { objectId } }`,
          variables: { p: projectId },
        },
        {
          next: ({ data }) => {
            const at = performance.now();
            const id = data!.changes.objectId;
            const list = arrivals.get(id);
            if (list) list.push(at);
            else arrivals.set(id, [at]);
          },
          error: () => {},
          complete: () => {},
        },
      );
    }
  }
  // Subscriptions register asynchronously: wait until a first creation reaches all of them.
  const create = async () =>
    (
      await graphql(
        url,
        secret,
        `
          mutation ($p: ID!) {
            taskCreate(input: { projectId: $p }) {
              task {
                id
              }
            }
          }
        `,
        {
          p: projectId,
        },
      )
    ).taskCreate.task.id as string;
  for (let tries = 0; ; tries++) {
    const warm = await create();
    await new Promise((r) => setTimeout(r, 500));
    if ((arrivals.get(warm)?.length ?? 0) >= subscribers) break;
    if (tries > 20) throw new Error(`only ${arrivals.get(warm)?.length ?? 0} of ${subscribers} subscriptions answer`);
  }
  const latencies: number[] = [];
  let received = 0;
  for (let i = 0; i < changes; i++) {
    // From the moment the mutation is sent (an upper bound of the time since its commit) to each arrival.
    const sent = performance.now();
    const id = await create();
    const deadline = performance.now() + 5_000;
    while ((arrivals.get(id)?.length ?? 0) < subscribers && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 2));
    for (const at of arrivals.get(id) ?? []) latencies.push(at - sent);
    received += arrivals.get(id)?.length ?? 0;
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const c of clients) void c.dispose();
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    subscribers,
    connections,
    changes,
    received,
    p50Ms: round(quantile(latencies, 0.5)),
    p99Ms: round(quantile(latencies, 0.99)),
    maxMs: round(latencies[latencies.length - 1] ?? NaN),
  };
}
