import type { TaskRow } from '../../src/db/rows';
import { EXPORT_FORMATS } from '../../src/modules/export/formats';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { importedTasks } from './imported-tasks';

// SFT_MESSAGES and PROMPT_COMPLETION against lines written by hand from the rules in docs/data-out-formats.md.
// Task 1, thread t1: turn 1 = system "Be brief.", user "Hi", assistant "Hello!"; turn 2 = user "Price?" and two
// alternative replies (source ids a, b) ranked b over a by a turn annotation; thread quality 5.
// Thread t2: user "Bye", assistant "Goodbye." (text in two chunks), quality 2. Task 2, thread t3: a user message
// with no reply (nothing to learn from).
const annotation = (key: string, type: string, value: unknown, extra: Record<string, unknown> = {}) => ({
  key,
  type,
  value,
  ...extra,
});
const message = (role: string, text: string | null, extra: Record<string, unknown> = {}) => ({
  role,
  content: { text },
  ...extra,
});
const RECORDS = [
  {
    task_id: 'task_chat_1',
    status: 'completed',
    created_at: '2026-12-01T00:00:00Z',
    threads: [
      {
        id: 't1',
        annotations: [annotation('quality', 'integer', 5)],
        turns: [
          {
            id: 'u1',
            messages: [message('system', 'Be brief.'), message('user', 'Hi'), message('assistant', 'Hello!')],
          },
          {
            id: 'u2',
            messages: [
              message('user', 'Price?'),
              message('assistant', 'It is $5.', { source_id: 'a' }),
              message('assistant', 'Five dollars.', { source_id: 'b' }),
            ],
            annotations: [annotation('preference', 'ranked_choices', ['b', 'a'], { possible_values: ['a', 'b'] })],
          },
        ],
      },
      {
        id: 't2',
        annotations: [annotation('quality', 'integer', 2)],
        turns: [
          {
            id: 'u3',
            messages: [
              message('user', 'Bye'),
              {
                role: 'assistant',
                content: {
                  text: null,
                  chunks: [
                    { type: 'text', text: 'Good', annotations: [] },
                    { type: 'text', text: 'bye.', annotations: [] },
                  ],
                },
              },
            ],
          },
        ],
      },
    ],
  },
  {
    task_id: 'task_chat_2',
    status: 'completed',
    created_at: '2026-12-01T00:00:00Z',
    threads: [{ id: 't3', turns: [{ id: 'u4', messages: [message('user', 'Anyone?')] }] }],
  },
];

describe(`${DIALECT}: chat export formats`, () => {
  let t: TestDb;
  let tasks: TaskRow[];

  beforeAll(async () => {
    t = await createTestDb();
    tasks = await importedTasks(t, RECORDS);
  });
  afterAll(() => t.destroy());

  const records = (format: 'SFT_MESSAGES' | 'PROMPT_COMPLETION', options = {}) =>
    EXPORT_FORMATS[format]!.recordsOf(t.db, tasks, options);

  it('SFT_MESSAGES: one line per thread with a reply, the ranked-best alternative, chunks joined', async () => {
    expect(await records('SFT_MESSAGES')).toEqual([
      {
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello!' },
          { role: 'user', content: 'Price?' },
          { role: 'assistant', content: 'Five dollars.' },
        ],
      },
      {
        messages: [
          { role: 'user', content: 'Bye' },
          { role: 'assistant', content: 'Goodbye.' },
        ],
      },
    ]);
  });

  it('SFT_MESSAGES options: a system message where the thread has none, the last turn only, a condition', async () => {
    expect(await records('SFT_MESSAGES', { systemMessage: 'You help.', turns: 'LAST' })).toEqual([
      {
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Price?' },
          { role: 'assistant', content: 'Five dollars.' },
        ],
      },
      {
        messages: [
          { role: 'system', content: 'You help.' },
          { role: 'user', content: 'Bye' },
          { role: 'assistant', content: 'Goodbye.' },
        ],
      },
    ]);
    const good = await records('SFT_MESSAGES', { condition: { key: 'quality', comparison: 'GTE', value: 4 } });
    expect(good.map((r) => (r as { messages: unknown[] }).messages.length)).toEqual([5]);
    expect(await records('SFT_MESSAGES', { condition: { groundTruth: true } })).toEqual([]);
  });

  it('PROMPT_COMPLETION: plain strings for a single user prompt, conversational otherwise', async () => {
    expect(await records('PROMPT_COMPLETION')).toEqual([
      {
        prompt: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello!' },
          { role: 'user', content: 'Price?' },
        ],
        completion: [{ role: 'assistant', content: 'Five dollars.' }],
      },
      { prompt: 'Bye', completion: 'Goodbye.' },
    ]);
    expect(
      await records('PROMPT_COMPLETION', { turns: 'LAST', condition: { key: 'quality', comparison: 'LT', value: 3 } }),
    ).toEqual([{ prompt: 'Bye', completion: 'Goodbye.' }]);
  });

  it('refuses a comparison without a value, for both formats', () => {
    for (const format of ['SFT_MESSAGES', 'PROMPT_COMPLETION'] as const)
      expect(EXPORT_FORMATS[format]!.optionsProblem({ condition: { comparison: 'GT' } })?.field).toBe(
        'condition.value',
      );
  });

  it('reads a page in the same statements whatever its size (no N+1)', async () => {
    const statementsFor = async (page: TaskRow[]) => {
      t.statements.length = 0;
      await EXPORT_FORMATS.SFT_MESSAGES!.recordsOf(t.db, page, {});
      return t.statements.length;
    };
    expect(await statementsFor(tasks.slice(0, 1))).toBe(await statementsFor(tasks));
  });
});
