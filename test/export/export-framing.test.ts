import { exportChunks } from '../../src/modules/export/export-pages';
import { EXPORT_FORMATS } from '../../src/modules/export/formats';
import type { ExportFormatWriter } from '../../src/modules/export/formats/export-format';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { insertGenAiTasks, insertProject } from '../support/factories';

// The exporter's framing for any writer: JSONL is one record per line; a JSON_ARRAY writer (Label Studio's) gets
// one array across pages, `[`, records separated by `,\n`, and `]`; a task may give none or several records. A
// stand-in writer (two records for every other task) takes LABEL_STUDIO_JSON's place for the test.
describe(`${DIALECT}: export framing`, () => {
  let t: TestDb;
  let projectId: string;
  let taskIds: string[];
  const saved = EXPORT_FORMATS.LABEL_STUDIO_JSON;
  const standIn = (framing: 'JSONL' | 'JSON_ARRAY'): ExportFormatWriter => ({
    format: 'LABEL_STUDIO_JSON',
    framing,
    extension: 'json',
    optionsProblem: () => null,
    recordsOf: async (_db, tasks) =>
      tasks.flatMap((task) =>
        taskIds.indexOf(task.id) % 2 === 0
          ? [
              { id: task.id, n: 1 },
              { id: task.id, n: 2 },
            ]
          : [],
      ),
  });

  beforeAll(async () => {
    t = await createTestDb();
    ({ projectId } = await insertProject(t.db, 'Framing'));
    await insertGenAiTasks(t.db, projectId, 5, { threads: 1, turns: 1, annotationsPerLevel: 0, chunks: 1 });
    taskIds = (await t.db.selectFrom('task').select('id').orderBy('id').execute()).map((r) => r.id);
  });
  afterAll(async () => {
    EXPORT_FORMATS.LABEL_STUDIO_JSON = saved;
    await t.destroy();
  });

  const text = async (pageSize: number, externalId?: string) => {
    const spec = { projectId, format: 'LABEL_STUDIO_JSON' as const, filter: { externalId }, options: {} };
    let out = '';
    for await (const c of exportChunks(t.db, spec, { cursor: null, objectCount: 0, rootObjectCount: 0 }, pageSize))
      out += c.text;
    return out;
  };

  it('writes one JSON array across pages, and [] for nothing', async () => {
    EXPORT_FORMATS.LABEL_STUDIO_JSON = standIn('JSON_ARRAY');
    const [a, , c, , e] = taskIds;
    const r = (id: string, n: number) => `{"id":"${id}","n":${n}}`;
    const expected = `[\n${[r(a, 1), r(a, 2), r(c, 1), r(c, 2), r(e, 1), r(e, 2)].join(',\n')}\n]\n`;
    expect(await text(2)).toBe(expected);
    expect(await text(5)).toBe(expected);
    expect(JSON.parse(expected)).toHaveLength(6);
    expect(await text(2, 'no such task')).toBe('[]\n');
  });

  it('writes JSONL lines, none for a task without records', async () => {
    EXPORT_FORMATS.LABEL_STUDIO_JSON = standIn('JSONL');
    const [a, , c, , e] = taskIds;
    expect(await text(2)).toBe([a, a, c, c, e, e].map((id, i) => `{"id":"${id}","n":${(i % 2) + 1}}\n`).join(''));
  });
});
