import type { OutboundPolicy, ResolvedAddress } from '../../src/outbound/outbound-policy';
import { scaleTasks, startFakeScale, type FakeScale } from '../support/fake-upstreams/scale';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { connectorApi, drain, LOCAL_OUTBOUND, type workerOptions } from './connector-helpers';
import { clientOf, readAll } from './pager-helpers';

// What the hostile suites share: a key an upstream may echo, host names that resolve where an attacker wants, raw
// pages of Scale tasks, and a server whose guard lets 127.0.0.1 (the fakes) through and resolves by the stub.
export const KEY = 'live_Secret_9f3a77';
export const BASIC = Buffer.from(`${KEY}:`).toString('base64');
export const OPTIONS = { projectName: 'Support RLHF' };

/** Names the tests resolve: one to a private address, one to a public and a loopback one, one that rebinds. */
export function stubResolver() {
  let rebindCalls = 0;
  return async (host: string): Promise<ResolvedAddress[]> => {
    if (host === 'internal.example') return [{ address: '10.0.0.5', family: 4 }];
    if (host === 'mixed.example')
      return [
        { address: '93.184.216.34', family: 4 },
        { address: '127.0.0.2', family: 4 },
      ];
    // Allowed (127.0.0.1) when the URL is stored, the metadata address when it is called.
    if (host === 'rebind.example')
      return [{ address: rebindCalls++ === 0 ? '127.0.0.1' : '169.254.169.254', family: 4 }];
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  };
}

/** A page of Scale tasks as raw text (the fake answers it as it is): JSON.stringify could not write some of them. */
export const tasksPage = (...tasks: string[]) => `{"tasks":[${tasks.join(',')}]}`;
const VALID = scaleTasks(9);
/** The i-th of nine distinct valid tasks (each test its own) as JSON text, with `extra` (`,"key":value`) added. */
export const task = (i: number, extra = '') => `${JSON.stringify(VALID[i]).slice(0, -1)}${extra}}`;
export const idOf = (i: number) => VALID[i].task_id as string;

type Hostile = {
  s: ProjectServer;
  fake: FakeScale;
  outbound: OutboundPolicy;
  api: ReturnType<typeof connectorApi>;
};

/** Registers the suite's hooks (one server, a fresh fake Scale per test) and answers what the tests use. */
export function hostileSetup() {
  const h = {} as Hostile;
  const scale = (change: Record<string, unknown> = {}) => ({
    projectId: h.s.projectId,
    kind: 'SCALE',
    baseUrl: h.fake.url,
    credentials: KEY,
    options: OPTIONS,
    ...change,
  });
  beforeAll(async () => {
    h.outbound = { ...LOCAL_OUTBOUND, resolve: stubResolver() };
    h.s = await startProjectServer('Hostile', {}, { outbound: h.outbound });
    h.api = connectorApi((q, v) => h.s.server.execute(q, v));
  });
  beforeEach(async () => (h.fake = await startFakeScale(KEY)));
  afterEach(() => h.fake.close());
  afterAll(() => stopProjectServer(h.s));
  return Object.assign(h, {
    scale,
    rows: () => h.s.t.db.selectFrom('connector').selectAll().orderBy('id').execute(),
    changes: () => h.s.t.db.selectFrom('change').select(['type', 'payloadJson']).execute(),
    /** Creates a Scale connector (with `change`), runs it through the worker, answers the connector and the run. */
    runOnce: async (
      change: Record<string, unknown> = {},
      worker: Partial<Parameters<typeof workerOptions>[0]> = {},
    ) => {
      const created = await h.api.create(scale(change));
      expect(created.userErrors).toEqual([]);
      const { run } = await h.api.run(created.connector.id);
      await drain(h.s.t.db, { outbound: h.outbound, ...worker });
      return { connector: created.connector, run: await h.api.runOf(run.id) };
    },
    /** The Scale pager read to the end by a client of the fake (overrides: its retry policy, deadline, guard). */
    read: (overrides = {}) => {
      const { client, waits } = clientOf('SCALE', h.fake.url, KEY, overrides);
      return { pages: readAll('SCALE', client, OPTIONS), waits };
    },
  });
}
