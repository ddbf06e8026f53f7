import { importScaleTasks } from '../../src/modules/scale/scale-import';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// One Scale annotation of each of the 12 kinds (and an unknown one), with what a client reads back typed.
const file = { content: 'aGk=', mime_type: 'text/plain', scale_url: 'https://s/f', url: 'https://u/f', name: 'f.txt' };
const KINDS = [
  {
    type: 'integer',
    value: 3,
    possible_values: [[1, 2, 3]],
    expect: { __typename: 'IntegerAnnotationValue', integer: 3, possibleIntegers: [1, 2, 3] },
  },
  {
    type: 'boolean',
    value: false,
    possible_values: [true, false],
    expect: { __typename: 'BooleanAnnotationValue', boolean: false, possibleBooleans: [true, false] },
  },
  { type: 'text', value: 'Shorter, please.', expect: { __typename: 'TextAnnotationValue', text: 'Shorter, please.' } },
  {
    type: 'category',
    value: 'good',
    possible_values: ['bad', 'good'],
    expect: { __typename: 'CategoryAnnotationValue', category: 'good', possibleCategories: ['bad', 'good'] },
  },
  {
    type: 'category_multiple',
    value: ['a', 'c'],
    possible_values: ['a', 'b', 'c'],
    expect: {
      __typename: 'CategoryMultipleAnnotationValue',
      categories: ['a', 'c'],
      possibleCategories: ['a', 'b', 'c'],
    },
  },
  {
    type: 'file',
    value: file,
    expect: {
      __typename: 'FileAnnotationValue',
      file: { content: 'aGk=', mimeType: 'text/plain', scaleUrl: 'https://s/f', url: 'https://u/f', name: 'f.txt' },
    },
  },
  {
    type: 'labeled_text',
    value: [{ label: 'PII', text: 'Ada' }],
    expect: { __typename: 'LabeledTextAnnotationValue', spans: [{ label: 'PII', text: 'Ada' }] },
  },
  {
    type: 'ranked_choices',
    value: ['b', 'a'],
    possible_values: ['a', 'b'],
    expect: { __typename: 'RankedChoicesAnnotationValue', ranking: ['b', 'a'], possibleChoices: ['a', 'b'] },
  },
  {
    type: 'ranked_groups',
    value: [['b', 'c'], ['a']],
    possible_values: ['a', 'b', 'c'],
    expect: {
      __typename: 'RankedGroupsAnnotationValue',
      groups: [['b', 'c'], ['a']],
      possibleChoices: ['a', 'b', 'c'],
    },
  },
  {
    type: 'rubric_criteria',
    value: { weight: 0.5, extra: 1 },
    expect: { __typename: 'RubricCriteriaAnnotationValue', weight: 0.5, criteria: { weight: 0.5, extra: 1 } },
  },
  {
    type: 'rubric_rating',
    value: { score: 4, color: 'green', justification: 'clear' },
    expect: { __typename: 'RubricRatingAnnotationValue', score: 4, color: 'green', justification: 'clear' },
  },
  {
    type: 'workspace_container',
    value: {
      workspace_id: 'ws1',
      workspace_config: { workspace_id: 'ws1', workspace_url: 'https://ws', force_enable_workspace_access: true },
      output_files: [{ file_name: 'a.py', scale_url: 'https://s/a' }],
      stdout_output: { content: 'ok' },
    },
    expect: {
      __typename: 'WorkspaceContainerAnnotationValue',
      workspaceId: 'ws1',
      workspaceConfig: { workspaceId: 'ws1', workspaceUrl: 'https://ws', forceEnableWorkspaceAccess: true },
      outputFiles: [{ fileName: 'a.py', scaleUrl: 'https://s/a' }],
      stdoutOutput: { content: 'ok' },
    },
  },
  {
    type: 'star_rating',
    value: { stars: 5 },
    expect: { __typename: 'OtherAnnotationValue', sourceType: 'star_rating', raw: { stars: 5 } },
  },
];

const SELECTION = `__typename
  ... on IntegerAnnotationValue { integer possibleIntegers }
  ... on BooleanAnnotationValue { boolean possibleBooleans }
  ... on TextAnnotationValue { text }
  ... on CategoryAnnotationValue { category possibleCategories }
  ... on CategoryMultipleAnnotationValue { categories possibleCategories }
  ... on FileAnnotationValue { file { content mimeType scaleUrl url name } }
  ... on LabeledTextAnnotationValue { spans { label text } }
  ... on RankedChoicesAnnotationValue { ranking possibleChoices }
  ... on RankedGroupsAnnotationValue { groups possibleChoices }
  ... on RubricCriteriaAnnotationValue { weight criteria }
  ... on RubricRatingAnnotationValue { score color justification }
  ... on WorkspaceContainerAnnotationValue { workspaceId workspaceConfig { workspaceId workspaceUrl forceEnableWorkspaceAccess } outputFiles { fileName scaleUrl } stdoutOutput { content } }
  ... on OtherAnnotationValue { sourceType raw }`;

describe(`${DIALECT}: typed annotation values`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
    const annotations = KINDS.map(({ expect: _e, ...a }, i) => ({
      id: `an_${i}`,
      key: `k${i}`,
      title: a.type,
      not_applicable: i === 0,
      cannot_assess: i === 1,
      justification: i === 2 ? 'because' : undefined,
      ...a,
    }));
    const task = {
      task_id: 'task_kinds',
      status: 'completed',
      created_at: '2026-03-01T00:00:00Z',
      completed_at: '2026-03-02T00:00:00Z',
      metadata: {},
      threads: [
        {
          id: 'th',
          annotations: [],
          turns: [
            { id: 'tu', annotations: [], messages: [{ role: 'assistant', content: { text: 'x' }, annotations }] },
          ],
        },
      ],
    };
    const summary = await importScaleTasks(t.db, projectId, [{ line: 1, value: task }]);
    expect(summary.created).toBe(1);
  });
  afterAll(() => stopProjectServer({ t, server }));

  it('reads each kind as its typed member, with flags, justification and the raw value kept', async () => {
    const { data, errors } = await server.execute(
      `query($p: ID!) { project(id: $p) { tasks(first: 1) { nodes { threads(first: 1) { nodes { turns(first: 1) { nodes { messages(first: 1) { nodes {
        annotations(first: 20) { nodes { key type sourceType notApplicable cannotAssess justification value typedValue { ${SELECTION} } } }
      } } } } } } } } } }`,
      { p: projectId },
    );
    expect(errors).toBeUndefined();
    const nodes = data!.project.tasks.nodes[0].threads.nodes[0].turns.nodes[0].messages.nodes[0].annotations.nodes;
    expect(nodes).toHaveLength(KINDS.length);
    KINDS.forEach((kind, i) => {
      expect(nodes[i].sourceType).toBe(kind.type);
      expect(nodes[i].type).toBe(i === KINDS.length - 1 ? 'OTHER' : kind.type.toUpperCase());
      expect(nodes[i].value).toEqual(kind.value);
      expect(nodes[i].typedValue).toMatchObject(kind.expect);
    });
    expect(nodes.slice(0, 3).map((n: any) => [n.notApplicable, n.cannotAssess, n.justification])).toEqual([
      [true, false, null],
      [false, true, null],
      [false, false, 'because'],
    ]);
  });
});
