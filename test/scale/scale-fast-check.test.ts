import fs from 'node:fs';
import path from 'node:path';
import { emptyBundle } from '../../src/db/row-bundle';
import type { NodeTable } from '../../src/ids';
import { addScaleTask } from '../../src/modules/scale/scale-to-rows';
import { knownValidScaleTask } from '../../src/modules/scale/scale-task.fast';
import { ScaleTask } from '../../src/modules/scale/scale-task.schema';

// The import's fast check (scale-task.fast.ts) may only accept what ScaleTask accepts, and a record it accepts must
// map to the rows its parsed form maps to. Held to that over every field of the seed task and a generated one,
// each replaced by values of other types, lengths and bounds, removed, and given a key validation drops.
const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));
const annotation = (key: string) => ({
  id: `an_${key}`,
  key,
  type: 'integer',
  labels: ['Major Issues', 'Minor Issues', 'No Issues'],
  metadata: { criteria: 'overall' },
  value: 2,
  possible_values: [[1, 2, 3]],
});
const GENERATED = {
  task_id: 'task_g',
  project: { id: 'project_g', name: 'G' },
  batch: 'batch_g',
  status: 'completed',
  created_at: '2026-01-01T00:00:00Z',
  completed_at: '2026-01-02T00:00:00.000Z',
  metadata: { index: 1 },
  annotations: [annotation('task_level')],
  errors: [{ type: 'timeout', message: 'late' }],
  sensitive_content_reports: [{ type: 'pii', message: null }],
  threads: [
    {
      id: 'thread_g',
      submissions: [{ submitted_at: '2026-01-01T00:00:00Z', contributor_id: 'c1' }],
      annotations: [{ ...annotation('thread_quality'), contributor_id: 'c2' }],
      turns: [
        {
          id: 'turn_g',
          rubrics: [{ any: 'thing' }],
          annotations: [{ key: 'ranking', type: 'ranked_choices', value: ['a', 'b'], possible_values: ['a', 'b'] }],
          messages: [
            {
              role: 'assistant',
              source_id: 'source_a',
              model_parameters: { model: 'm', temperature: 0.7, max_completion_tokens: 5, top_p: 1, top_k: 0 },
              rubric_evaluations: [{ score: 1 }],
              content: {
                text: 'Hello.',
                reference_texts: [{ content: 'c', category: null, url: 'u' }],
                attachments: [{ mime_type: 'text/plain', name: 'n' }],
                reasoning: [{ content: 'why' }],
                chunks: [{ type: 'text', text: 'Hello.', annotations: [annotation('chunk_ok')] }],
              },
              annotations: [{ key: 'ok', type: 'boolean', value: true, possible_values: [true, false] }],
            },
          ],
        },
      ],
    },
  ],
};

type Json = unknown;
const clone = <T>(v: T): T => structuredClone(v);
const REPLACEMENTS: Json[] = [
  null,
  '',
  ' ',
  'x',
  'x'.repeat(255),
  'x'.repeat(256),
  // 128 surrogate pairs: 256 UTF-16 code units (what zod counts), 128 code points.
  '😀'.repeat(128),
  'not a date',
  '2026-13-45T00:00:00Z',
  0,
  -1,
  0.5,
  1.5,
  2,
  true,
  [],
  [null],
  ['x'],
  [[1, 2, 3]],
  {},
  { id: '' },
];

/** Every variant of `record`: each field (at any depth) replaced, removed, or its object given an unknown key. */
function* variants(record: Json): Generator<Json> {
  function* at(value: Json, set: (v: Json) => Json): Generator<Json> {
    for (const r of REPLACEMENTS) yield set(r);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) yield* at(value[i], (v) => set(value.map((x, j) => (j === i ? v : x))));
    } else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, Json>;
      yield set({ ...o, unknown_key: { nested: 1 } });
      for (const key of Object.keys(o)) {
        const { [key]: _gone, ...rest } = o;
        yield set(rest);
        yield* at(o[key], (v) => set({ ...o, [key]: v }));
      }
    }
  }
  yield* at(record, (v) => v);
}

function rowsOf(record: Json) {
  let n = 0;
  const ids = (table: NodeTable) => `${table}_${++n}`;
  const bundle = emptyBundle();
  addScaleTask(bundle, ids, record as never, { taskId: 't', projectId: 'p', batchId: null, hash: 'h', now: 'now' });
  return bundle;
}

describe('the Scale import fast check', () => {
  it.each([
    ['the seed task', SEED],
    ['a generated task with every kind of field', GENERATED],
  ])('accepts %s, which ScaleTask accepts, and maps it as its parsed form', (_name, record) => {
    expect(ScaleTask.safeParse(record).success).toBe(true);
    expect(knownValidScaleTask(clone(record))).toBe(true);
    expect(rowsOf(record)).toEqual(rowsOf(ScaleTask.parse(record)));
  });

  it.each([
    ['the seed task', SEED],
    ['a generated task', GENERATED],
  ])('accepts no variant of %s that ScaleTask refuses, and maps those it accepts alike', (_name, record) => {
    let accepted = 0;
    let refused = 0;
    for (const variant of variants(record)) {
      const parsed = ScaleTask.safeParse(variant);
      const fast = knownValidScaleTask(variant);
      if (!parsed.success) {
        if (fast) throw new Error(`accepted what ScaleTask refuses: ${JSON.stringify(variant).slice(0, 2000)}`);
        refused++;
      } else if (fast) {
        expect(rowsOf(variant)).toEqual(rowsOf(parsed.data));
        accepted++;
      }
    }
    // Both sides are exercised: many variants are refused, many still pass the fast check.
    expect(refused).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(100);
  });
});
