import { DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';
import { batchCalls } from './batch-calls';

// Batches through GraphQL: what batchCreate stores and refuses, and batchSetMetadata's replace and deep merge.

describe(`${DIALECT}: batches`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;

  beforeAll(async () => {
    ({ t, server, projectId } = await startProjectServer());
  });
  afterAll(() => stopProjectServer({ t, server }));

  const { run, createBatch } = batchCalls(() => ({ t, server, projectId }));

  it('validates batchCreate: CONFLICT for a duplicate name (trimmed), BAD_USER_INPUT for an empty one, NOT_FOUND for a foreign project', async () => {
    await run(`mutation($p: ID!) { batchCreate(input: { projectId: $p, name: "dup" }) { batch { id } } }`, {
      p: projectId,
    });
    const dup = await run(
      `mutation($p: ID!) { batchCreate(input: { projectId: $p, name: " dup " }) { userErrors { code field } } }`,
      { p: projectId },
    );
    expect(dup.batchCreate.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'name'] }]);
    const other = await insertProject(t.db, 'Not mine');
    const bad = await run(
      `mutation($p: ID!, $o: ID!) {
        empty: batchCreate(input: { projectId: $p, name: "  " }) { batch { id } userErrors { code field } }
        foreign: batchCreate(input: { projectId: $o, name: "x" }) { batch { id } userErrors { code field } }
      }`,
      { p: projectId, o: other.projectId },
    );
    expect(bad.empty).toEqual({ batch: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'name'] }] });
    expect(bad.foreign).toEqual({ batch: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'projectId'] }] });
    const created = await run(
      `mutation($p: ID!) { batchCreate(input: { projectId: $p, name: "  kept  ", callback: "ops@example.com", metadata: { team: "a" } }) {
        batch { name kind status source callback metadata project { id } } userErrors { code } } }`,
      { p: projectId },
    );
    expect(created.batchCreate).toEqual({
      batch: {
        name: 'kept',
        kind: 'TASKS',
        status: 'IN_PROGRESS',
        source: 'ANNOGRAPH',
        callback: 'ops@example.com',
        metadata: { team: 'a' },
        project: { id: projectId },
      },
      userErrors: [],
    });
  });

  it('replaces or deep-merges batch metadata, refuses a non-object, and lands concurrent merges', async () => {
    const { id } = await createBatch('meta', ', metadata: { a: { x: 1, y: 2 }, keep: true }');
    const write = async (metadata: string, merge = '') =>
      (
        await run(
          `mutation($id: ID!) { batchSetMetadata(id: $id, metadata: ${metadata}${merge}) { batch { metadata } userErrors { code field } } }`,
          { id },
        )
      ).batchSetMetadata;
    expect(await write('{ a: { y: 3, z: [1] } }', ', merge: true')).toEqual({
      batch: { metadata: { a: { x: 1, y: 3, z: [1] }, keep: true } },
      userErrors: [],
    });
    expect(await write('{ a: { z: [2] } }', ', merge: true')).toEqual({
      batch: { metadata: { a: { x: 1, y: 3, z: [2] }, keep: true } },
      userErrors: [],
    });
    expect(await write('{ only: 1 }')).toEqual({ batch: { metadata: { only: 1 } }, userErrors: [] });
    expect(await write('[1, 2]', ', merge: true')).toEqual({
      batch: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['metadata'] }],
    });
    await Promise.all(
      Array.from({ length: 10 }, (_v, i) =>
        run(`mutation($id: ID!, $m: JSON!) { batchSetMetadata(id: $id, metadata: $m, merge: true) { batch { id } } }`, {
          id,
          m: { [`k${i}`]: i },
        }),
      ),
    );
    const all = (await run(`query($id: ID!) { batch(id: $id) { metadata } }`, { id })).batch.metadata;
    expect(all).toEqual({ only: 1, ...Object.fromEntries(Array.from({ length: 10 }, (_v, i) => [`k${i}`, i])) });
  });
});
