import type { TaskRow } from '../../src/db/rows';
import { EXPORT_FORMATS } from '../../src/modules/export/formats';
import { createTestDb, DIALECT, type TestDb } from '../support/db';
import { importedTasks } from './imported-tasks';

// PREFERENCE_PAIRS against lines written by hand from the rules in docs/data-out-formats.md. Task 1: turn 1 is
// user "Hi" / assistant "Hello!"; turn 2 is user "Price?" with three alternatives a, b, c judged three times:
// annotator 1 ranks b > a > c (RANKED_CHOICES), annotator 2 ties a and b above c (RANKED_GROUPS), annotator 3
// prefers a (a pairwise CATEGORY naming it). Task 2: one turn, user "Which?", alternatives x and y, ranked y > x.
const reply = (id: string, text: string) => ({ role: 'assistant', content: { text }, source_id: id });
const user = (text: string) => ({ role: 'user', content: { text } });
const RECORDS = [
  {
    task_id: 'task_pref_1',
    status: 'completed',
    created_at: '2026-12-01T00:00:00Z',
    threads: [
      {
        id: 't1',
        turns: [
          { id: 'u1', messages: [user('Hi'), { role: 'assistant', content: { text: 'Hello!' } }] },
          {
            id: 'u2',
            messages: [user('Price?'), reply('a', 'It is $5.'), reply('b', 'Five dollars.'), reply('c', 'No idea.')],
            annotations: [
              { key: 'preference', type: 'ranked_choices', value: ['b', 'a', 'c'] },
              { key: 'preference', type: 'ranked_groups', value: [['a', 'b'], ['c']] },
              { key: 'better', type: 'category', value: 'a' },
            ],
          },
        ],
      },
    ],
  },
  {
    task_id: 'task_pref_2',
    status: 'completed',
    created_at: '2026-12-01T00:00:00Z',
    threads: [
      {
        id: 't2',
        turns: [
          {
            id: 'u3',
            messages: [user('Which?'), reply('x', 'X'), reply('y', 'Y')],
            annotations: [{ key: 'preference', type: 'ranked_choices', value: ['y', 'x'] }],
          },
        ],
      },
    ],
  },
];
const PROMPT = [
  { role: 'user', content: 'Hi' },
  { role: 'assistant', content: 'Hello!' },
  { role: 'user', content: 'Price?' },
];
const TEXT: Record<string, string> = { a: 'It is $5.', b: 'Five dollars.', c: 'No idea.' };
const pair = (chosen: string, rejected: string) => ({
  prompt: PROMPT,
  chosen: [{ role: 'assistant', content: TEXT[chosen] }],
  rejected: [{ role: 'assistant', content: TEXT[rejected] }],
});

describe(`${DIALECT}: PREFERENCE_PAIRS export format`, () => {
  let t: TestDb;
  let tasks: TaskRow[];

  beforeAll(async () => {
    t = await createTestDb();
    tasks = await importedTasks(t, RECORDS);
  });
  afterAll(() => t.destroy());

  const records = (options = {}) => EXPORT_FORMATS.PREFERENCE_PAIRS!.recordsOf(t.db, tasks, options);

  it('ALL_PAIRS: every ordered pair of every judgement, conversational prompts, plain strings for one user message', async () => {
    expect(await records()).toEqual([
      pair('b', 'a'),
      pair('b', 'c'),
      pair('a', 'c'),
      pair('a', 'c'),
      pair('b', 'c'),
      pair('a', 'b'),
      pair('a', 'c'),
      { prompt: 'Which?', chosen: 'Y', rejected: 'X' },
    ]);
  });

  it('BEST_VS_REST: the best (or tied best) against each of the others', async () => {
    expect(await records({ pairs: 'BEST_VS_REST' })).toEqual([
      pair('b', 'a'),
      pair('b', 'c'),
      pair('a', 'c'),
      pair('b', 'c'),
      pair('a', 'b'),
      pair('a', 'c'),
      { prompt: 'Which?', chosen: 'Y', rejected: 'X' },
    ]);
  });

  it('a system message makes a one-message prompt conversational', async () => {
    const last = (await records({ systemMessage: 'Be fair.' })).at(-1);
    expect(last).toEqual({
      prompt: [
        { role: 'system', content: 'Be fair.' },
        { role: 'user', content: 'Which?' },
      ],
      chosen: [{ role: 'assistant', content: 'Y' }],
      rejected: [{ role: 'assistant', content: 'X' }],
    });
  });
});
