import { spawn } from 'node:child_process';
import path from 'node:path';
import { CliError } from '../../src/cli/commands';
import { syncUpstream, type SyncDeps } from '../../src/cli/sync-command';
import { sharedDatabase } from '../support/child-server';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { startFakeIqb } from '../support/fake-upstreams/iqb';
import { startFakeScale, type FakeScale } from '../support/fake-upstreams/scale';
import { testSecrets } from '../support/server';
import { LOCAL_OUTBOUND } from '../connector/connector-helpers';

// `annograph sync <kind> --base-url --project --key-env` (issue 21, section 5): one run of the project's connector in
// the CLI's process, its summary, exit 1 when a record failed, clear errors; and the command through the real CLI.
const ROOT = path.resolve(__dirname, '../..');

/** The shared database as the CLI's one setting: on PostgreSQL, libpq's `options` puts it in the test's schema. */
function cliUrl(env = shared.env): string {
  if (!env.SEARCH_PATH) return env.DATABASE_URL;
  const url = new URL(env.DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${env.SEARCH_PATH}`);
  return url.toString();
}
let shared: Awaited<ReturnType<typeof sharedDatabase>>;

describe(`${DIALECT}: annograph sync`, () => {
  let fake: FakeScale;
  let projectName: string;
  const deps: SyncDeps = { outbound: LOCAL_OUTBOUND, secrets: testSecrets, env: { SCALE_KEY: 'live_k' } };
  const sync = (kind: string, opts: Record<string, string>, env = deps) => {
    const lines: string[] = [];
    return syncUpstream(shared.db, kind, opts, env, (l) => lines.push(l)).then((code) => ({ code, lines }));
  };

  beforeAll(async () => {
    shared = await sharedDatabase('clisync');
    fake = await startFakeScale('live_k');
    projectName = 'CLI sync';
    await insertProject(shared.db, projectName);
  });
  afterAll(async () => {
    await fake.close();
    await shared.cleanup();
  });

  it('syncs into the project, and again (reusing its connector) writes nothing', async () => {
    const opts = {
      project: projectName,
      'base-url': fake.url,
      'key-env': 'SCALE_KEY',
      'upstream-project': 'Support RLHF',
    };
    const first = await sync('scale', opts);
    expect(first.code).toBe(0);
    expect(first.lines[0]).toMatch(
      /^SCALE http:\/\/127\.0\.0\.1:\d+ -> "CLI sync" \(conn_\w+\): COMPLETED, 7 pages, 239 created, 0 updated, 0 unchanged, 0 failed$/,
    );
    const second = await sync('scale', opts);
    expect(second.lines[0]).toMatch(/COMPLETED, .* 0 created, 0 updated, \d+ unchanged, 0 failed$/);
    const connectors = await shared.db.selectFrom('connector').select(['id', 'credentials']).execute();
    expect(connectors).toHaveLength(1);
    expect(connectors[0].credentials).not.toContain('live_k');

    // Without --key-env, the connector keeps its credentials (the fake refuses any other): a run, not a reset.
    const { 'key-env': _key, ...withoutKey } = opts;
    const third = await sync('scale', withoutKey);
    expect(third.code).toBe(0);
    expect(third.lines[0]).toMatch(/COMPLETED, .* 0 failed$/);
    const after = await shared.db.selectFrom('connector').select(['id', 'credentials']).execute();
    expect(after).toEqual(connectors);
  });

  it('exits 1 and lists the records that failed, with their external ids', async () => {
    fake.data.tasks.push({
      ...fake.data.tasks[0],
      task_id: 'scale_task_bad',
      status: 'weird',
      completed_at: new Date(Date.now() + 3600_000).toISOString(),
    });
    const { code, lines } = await sync('scale', {
      project: projectName,
      'base-url': fake.url,
      'key-env': 'SCALE_KEY',
      options: '{"projectName": "Support RLHF"}',
    });
    expect(code).toBe(1);
    expect(lines[1]).toMatch(/^ {2}task scale_task_bad: .*status/);
    fake.data.tasks.pop();
  });

  it.each([
    [
      'an unknown upstream',
      'jira',
      {},
      /unknown upstream "jira": one of SCALE, LABEL_STUDIO, EMBEDDING_STUDIO, DEEPOPINION, IQB/,
    ],
    ['no --base-url', 'scale', { project: 'CLI sync' }, /--base-url <url> is required/],
    [
      'an unset key variable',
      'scale',
      { project: 'CLI sync', 'base-url': 'http://127.0.0.1:1', 'key-env': 'NOPE' },
      /NOPE is not set/,
    ],
    [
      'a kind needing a key without one',
      'scale',
      { project: 'CLI sync', 'base-url': 'http://127.0.0.1:1' },
      /credentials: A SCALE connector needs credentials/,
    ],
    [
      'options the kind refuses',
      'embedding-studio',
      { project: 'CLI sync', 'base-url': 'http://127.0.0.1:1' },
      /options\.batchIds: Required/,
    ],
  ])('refuses %s with a clear message', async (_what, kind, opts, message) => {
    await expect(sync(kind, opts as Record<string, string>)).rejects.toThrow(CliError);
    await expect(sync(kind, opts as Record<string, string>)).rejects.toThrow(message);
  });

  it('fails with the upstream words when the credentials are revoked', async () => {
    await expect(
      sync(
        'scale',
        { project: projectName, 'base-url': fake.url, 'key-env': 'SCALE_KEY' },
        { ...deps, env: { SCALE_KEY: 'revoked' } },
      ),
    ).rejects.toThrow(/refused the connector's credentials \(HTTP 401: Invalid API key\)/);
  });

  it('runs as `annograph sync iqb` in a process of its own', async () => {
    const iqb = await startFakeIqb();
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/index.ts', 'sync', 'iqb', '--base-url', iqb.url, '--project', projectName],
        {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: cliUrl(), OUTBOUND_ALLOWED_HOSTS: '127.0.0.1', LOG_LEVEL: 'warn' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(out).toMatch(/IQB http:\/\/127\.0\.0\.1:\d+ -> "CLI sync" \(conn_\w+\): COMPLETED, 2 pages, 7 created/);
      expect(code).toBe(0);
    } finally {
      await iqb.close();
    }
  }, 30_000);
});
