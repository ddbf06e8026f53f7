import { abortableSleep } from '../../src/cli/await-run';
import { CliError } from '../../src/cli/commands';
import { INTERRUPTED, syncUpstream, type SyncDeps } from '../../src/cli/sync-command';
import type { ConnectorRunRow } from '../../src/db/rows';
import { runConnectorRun } from '../../src/modules/connector/connector-worker';
import { claimRunById, findConnectorRunById, updateHeldRun } from '../../src/modules/connector/connector.repository';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { startFakeIqb } from '../support/fake-upstreams/iqb';
import type { FakeUpstream } from '../support/fake-upstreams/fake-server';
import { testSecrets } from '../support/server';
import { LOCAL_OUTBOUND } from '../connector/connector-helpers';

// `annograph sync` when a server's connector worker claims the queued run before the CLI does: the command waits
// for the run there (reading its row every pollMs), prints its progress, the summary once it is finished, fails
// when the run FAILED, and Ctrl-C stops the waiting (not the run). The server's worker is the test: it claims the
// run as the command queues it, and moves it on between the command's reads (the command's sleep).
const SERVER = 'server:host-1:42';

describe(`${DIALECT}: annograph sync waits for a run a server's worker holds`, () => {
  let t: TestDb;
  let iqb: FakeUpstream;
  beforeAll(async () => {
    t = await createTestDb();
    iqb = await startFakeIqb();
  });
  afterAll(async () => {
    await iqb.close();
    await t.destroy();
  });

  /** A fresh project, and the command's deps with the server's worker claiming its run once queued. */
  const setUp = async (deps: Partial<SyncDeps> = {}) => {
    const name = `Wait ${Math.random().toString(36).slice(2, 8)}`;
    await insertProject(t.db, name);
    const held: { run?: ConnectorRunRow } = {};
    const lines: string[] = [];
    const all: SyncDeps = {
      outbound: LOCAL_OUTBOUND,
      secrets: testSecrets,
      env: {},
      onQueued: async (queued) => {
        const lease = new Date(Date.now() + 60_000).toISOString();
        held.run = await claimRunById(t.db, queued.id, new Date().toISOString(), SERVER, lease);
        expect(held.run).toMatchObject({ status: 'IN_PROGRESS', claimedBy: SERVER });
      },
      ...deps,
    };
    const sync = () => syncUpstream(t.db, 'iqb', { project: name, 'base-url': iqb.url }, all, (l) => lines.push(l));
    return { held, lines, sync };
  };
  const serverWrites = (held: { run?: ConnectorRunRow }, set: Partial<ConnectorRunRow>) =>
    updateHeldRun(t.db, held.run!.id, SERVER, set);

  it('waits, printing progress when it moved, then prints the summary of the finished run', async () => {
    const waits: number[] = [];
    const { held, lines, sync } = await setUp({
      pollMs: 250,
      sleep: async (ms) => {
        waits.push(ms);
        if (waits.length === 1) await serverWrites(held, { pages: 1, recordsCreated: 3 });
        if (waits.length === 2) await serverWrites(held, { pages: 2, recordsCreated: 6, recordsFailed: 1 });
        // Read 4 finds what read 3 found: no line.
        if (waits.length === 4)
          await serverWrites(held, { status: 'COMPLETED', finishedAt: new Date().toISOString(), leaseUntil: null });
      },
    });
    const code = await sync();
    expect(lines).toEqual([
      `run ${held.run!.id} is running on ${SERVER}; waiting for it to finish (Ctrl-C stops waiting)`,
      '  IN_PROGRESS: 0 pages, 0 records so far',
      '  IN_PROGRESS: 1 pages, 3 records so far',
      '  IN_PROGRESS: 2 pages, 7 records so far',
      expect.stringMatching(
        / -> "Wait \w+" \(conn_\w+\): COMPLETED, 2 pages, 6 created, 0 updated, 0 unchanged, 1 failed$/,
      ),
    ]);
    expect(waits).toEqual([250, 250, 250, 250]);
    // A record failed on the server: exit 1, as when the command runs the run itself.
    expect(code).toBe(1);
  });

  it("waits for the real worker's run in the same database and reports what that run wrote", async () => {
    const { held, lines, sync } = await setUp({ pollMs: 5 });
    let server: Promise<void> | undefined;
    const waited = sync();
    // The server's worker runs the run it claimed, as `drainConnectors` would, while the command polls.
    await new Promise<void>((resolve) => {
      const started = setInterval(() => {
        if (!held.run) return;
        clearInterval(started);
        server = runConnectorRun(t.db, held.run, { workerId: SERVER, outbound: LOCAL_OUTBOUND, secrets: testSecrets });
        resolve();
      }, 1);
    });
    expect(await waited).toBe(0);
    await server;
    const run = await findConnectorRunById(t.db, held.run!.id);
    expect(run).toMatchObject({ status: 'COMPLETED', pages: 2, recordsCreated: 7 });
    expect(lines[0]).toMatch(/is running on server:host-1:42; waiting/);
    expect(lines[lines.length - 1]).toMatch(/: COMPLETED, 2 pages, 7 created, 0 updated, 0 unchanged, 0 failed$/);
  });

  it('fails with the run error when the run FAILED on the server', async () => {
    const { held, lines, sync } = await setUp({
      sleep: async () => {
        await serverWrites(held, {
          status: 'FAILED',
          error: "The upstream refused the connector's credentials (HTTP 401: Unauthorized)",
          finishedAt: new Date().toISOString(),
        });
      },
    });
    await expect(sync()).rejects.toThrow(CliError);
    expect(lines[lines.length - 1]).toMatch(/: FAILED, 0 pages/);
    const again = await setUp({ sleep: async () => void (await serverWrites(again.held, { status: 'FAILED' })) });
    await expect(again.sync()).rejects.toThrow('the run failed');
  });

  it('Ctrl-C stops the waiting, exits 130 and leaves the run to the server', async () => {
    const stop = new AbortController();
    let released = 0;
    const { held, lines, sync } = await setUp({
      catchInterrupts: () => ({ signal: stop.signal, release: () => void released++ }),
      sleep: async () => stop.abort(),
    });
    expect(await sync()).toBe(INTERRUPTED);
    expect(released).toBe(1);
    expect(lines[lines.length - 1]).toBe(
      `stopped waiting; run ${held.run!.id} goes on on ${SERVER} (see connector ${held.run!.connectorId}'s runs)`,
    );
    expect(await findConnectorRunById(t.db, held.run!.id)).toMatchObject({ status: 'IN_PROGRESS', claimedBy: SERVER });
  });

  it('the default sleep ends when the signal aborts, however long it was asked to wait', async () => {
    const stop = new AbortController();
    const slept = abortableSleep(3_600_000, stop.signal);
    stop.abort();
    await expect(slept).resolves.toBeUndefined();
    await expect(abortableSleep(3_600_000, stop.signal)).resolves.toBeUndefined();
  });
});
