import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportFormat } from '../../src/cli/export-command';
import { importScaleFile } from '../../src/cli/scale-commands';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';

const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));

// `annograph export <format>`: the export jobs' exporter in the CLI's process, to standard output or --out.
describe(`${DIALECT}: annograph export <format>`, () => {
  let t: TestDb;
  let dir: string;

  beforeAll(async () => {
    t = await createTestDb();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-export-cli-'));
    await insertProject(t.db, 'CLI export');
    const file = path.join(dir, 'seed.jsonl');
    fs.writeFileSync(
      file,
      [0, 1, 2, 3, 4].map((i) => JSON.stringify({ ...SEED, task_id: `task_cli_${i}` })).join('\n'),
    );
    expect(await importScaleFile(t.db, file, { project: 'CLI export' }, () => {})).toBe(0);
  });
  afterAll(async () => {
    await t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes SCALE_JSONL to standard output page by page, with progress: the imported records back', async () => {
    const out: string[] = [];
    const progress: [number, number][] = [];
    const done = await exportFormat(
      t.db,
      'scale_jsonl',
      { project: 'CLI export', pageSize: 2 },
      (text) => void out.push(text),
      (d, n) => progress.push([d, n]),
    );
    expect(done).toEqual({ tasks: 5, records: 5 });
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    const lines = out.join('').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(
      [0, 1, 2, 3, 4].map((i) => ({ ...SEED, task_id: `task_cli_${i}` })),
    );
  });

  it('writes --out with a --filter, and refuses an unknown format or bad JSON', async () => {
    const file = path.join(dir, 'out.jsonl');
    const done = await exportFormat(
      t.db,
      'SCALE_JSONL',
      { project: 'CLI export', filter: '{"externalId":"task_cli_2"}', out: file },
      () => {},
    );
    expect(done).toEqual({ tasks: 1, records: 1 });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ ...SEED, task_id: 'task_cli_2' });
    await expect(exportFormat(t.db, 'csv', { project: 'CLI export' }, () => {})).rejects.toThrow(
      /unknown export format "csv": one of SCALE_JSONL/,
    );
    await expect(exportFormat(t.db, 'SCALE_JSONL', { project: 'CLI export', filter: '[' }, () => {})).rejects.toThrow(
      "--filter must be a JSON object, e.g. --filter '{}'",
    );
  });
});
