import fs from 'node:fs';
import path from 'node:path';
import { exportScale } from '../../src/cli/scale-commands';
import { insertAccount } from '../support/accounts';
import { DIALECT, type TestDb } from '../support/db';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';

// Explicit authors (issue 19): an imported annotation's own `contributor_id` wins over its thread's last
// submission and is exported back; a derived author is not (the submissions carry it). annotationCreate's
// `author` names an external contributor, for a MANAGER only.
const SEED = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));

const IMPORT = `mutation($p: ID!, $t: [JSON!]!) {
  taskImportScale(input: { projectId: $p, tasks: $t }) { summary { created failed failures { line reason } } userErrors { code } } }`;
const AUTHORS = `query($p: ID!, $e: String!) { project(id: $p) { tasks(filter: { externalId: $e }) { nodes { threads(first: 1) {
  nodes { annotations { nodes { key authorKind author { ... on ExternalContributor { source externalId } } } }
    turns(first: 1) { nodes { annotations { nodes { key authorKind author { ... on ExternalContributor { source externalId } } } } } } } } } } } }`;
const CREATE = `mutation($input: AnnotationCreateInput!) { annotationCreate(input: $input) {
  annotation { authorKind author { __typename ... on ExternalContributor { source externalId } } } userErrors { code field } } }`;

/** The seed task with a submission on its thread and an explicit contributor on its first turn annotation. */
function taskWith(externalId: string, explicit: string | null) {
  const task = structuredClone(SEED);
  task.task_id = externalId;
  const thread = task.threads[0];
  thread.submissions = [{ contributor_id: 'early' }, { contributor_id: 'sub_last' }];
  if (explicit) thread.turns[0].annotations[0].contributor_id = explicit;
  return task;
}

describe(`${DIALECT}: explicit annotation authors`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let organizationId: string;

  const exported = async (externalId: string) => {
    const lines: string[] = [];
    await exportScale(t.db, { project: projectId }, (l) => lines.push(l));
    return lines.map((l) => JSON.parse(l)).find((x) => x.task_id === externalId);
  };
  const authors = async (externalId: string) => {
    const { data, errors } = await server.execute(AUTHORS, { p: projectId, e: externalId });
    expect(errors).toBeUndefined();
    const thread = data!.project.tasks.nodes[0].threads.nodes[0];
    return { thread: thread.annotations.nodes, turn: thread.turns.nodes[0].annotations.nodes };
  };

  beforeAll(async () => {
    ({ t, server, projectId, organizationId } = await startProjectServer());
    expect(SEED.threads[0].turns[0].annotations.length).toBeGreaterThan(0);
    const { data } = await server.execute(IMPORT, {
      p: projectId,
      t: [taskWith('derived', null), taskWith('explicit', 'labeler_42')],
    });
    expect(data!.taskImportScale.summary).toMatchObject({ created: 2, failed: 0 });
  });
  afterAll(() => stopProjectServer({ t, server }));

  it("derives the author from the thread's last submission, and round-trips the file exactly", async () => {
    const { thread, turn } = await authors('derived');
    const sub = { authorKind: 'CONTRIBUTOR', author: { source: 'SCALE', externalId: 'sub_last' } };
    for (const a of [...thread, ...turn]) expect(a).toMatchObject(sub);
    expect(await exported('derived')).toEqual(taskWith('derived', null));
  });

  it('an explicit contributor_id wins over the submission and is exported back, field for field', async () => {
    const { thread, turn } = await authors('explicit');
    expect(turn[0]).toMatchObject({ authorKind: 'CONTRIBUTOR', author: { source: 'SCALE', externalId: 'labeler_42' } });
    for (const a of [...thread, ...turn.slice(1)])
      expect(a.author).toEqual({ source: 'SCALE', externalId: 'sub_last' });
    const back = await exported('explicit');
    expect(back.threads[0].turns[0].annotations[0].contributor_id).toBe('labeler_42');
    expect(back).toEqual(taskWith('explicit', 'labeler_42'));
  });

  it('annotationCreate records a named contributor for a MANAGER, and refuses an ANNOTATOR with FORBIDDEN', async () => {
    const { data } = await server.execute(
      `mutation($p: ID!) { taskCreate(input: { projectId: $p, kind: GENAI }) { task { id } userErrors { code } } }`,
      { p: projectId },
    );
    const targetId = data!.taskCreate.task.id;
    const input = {
      targetId,
      key: 'quality',
      type: 'INTEGER',
      value: 3,
      author: { source: 'LABEL_STUDIO', externalId: 'ls_7' },
    };
    const made = await server.execute(CREATE, { input });
    expect(made.data!.annotationCreate).toEqual({
      annotation: {
        authorKind: 'CONTRIBUTOR',
        author: { __typename: 'ExternalContributor', source: 'LABEL_STUDIO', externalId: 'ls_7' },
      },
      userErrors: [],
    });
    const annotator = await insertAccount(t.db, {
      organizationId,
      organizationRole: 'MEMBER',
      projectId,
      projectRole: 'ANNOTATOR',
    });
    const refused = await server.execute(CREATE, { input }, annotator.viewer);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await server.execute(CREATE, { input: { ...input, author: undefined } }, annotator.viewer);
    expect(own.data!.annotationCreate.annotation.authorKind).toBe('USER');
  });
});
