import type { Viewer } from '../../src/auth/viewer';
import { newId } from '../../src/ids';
import { drainInferenceRuns } from '../../src/modules/inference-run/inference-worker';
import { insertAccount, type Account } from '../support/accounts';
import { DIALECT } from '../support/db';
import { startProjectServer, stopProjectServer, type ProjectServer } from '../support/project-server';
import { changeReader, type ChangeNode } from './change-reader';

// Issue 18, part 2: prompts, versions and provider connections (organization-wide) and inference runs record their
// changes; the inference worker records its runs' moves and progress as a WORKER. Never a provider's key.
const ERRORS = 'userErrors { code }';
const API_KEY = 'sk-live-0123456789abcdefghij';
const essentials = (changes: ChangeNode[]) => changes.map((c) => [c.type, c.objectId, c.payload]);
// Predictions made within this many ms wait for the end of their batch: one write per batch, whatever the speed.
const ONE_WRITE_PER_BATCH = 3_600_000;

describe(`${DIALECT}: changes of prompts, versions, connections and inference runs`, () => {
  let s: ProjectServer;
  let read: ReturnType<typeof changeReader>;
  let org: { organizationId: string };
  let project: { projectId: string };
  let member: Account;

  beforeAll(async () => {
    s = await startProjectServer();
    read = changeReader(s.server, s.owner.viewer);
    org = { organizationId: s.organizationId };
    project = { projectId: s.projectId };
    member = await insertAccount(s.t.db, {
      organizationId: s.organizationId,
      organizationRole: 'MEMBER',
      projectId: s.projectId,
      projectRole: 'VIEWER',
    });
    const now = new Date().toISOString();
    for (const text of ['great works', 'terrible broke', 'works great']) {
      await s.t.db
        .insertInto('task')
        .values({
          id: newId('task'),
          projectId: s.projectId,
          kind: 'LABELING',
          status: 'PENDING',
          source: 'ANNOGRAPH',
          dataJson: JSON.stringify({ text }),
          createdAt: now,
          updatedAt: now,
        })
        .execute();
    }
  });
  afterAll(() => stopProjectServer(s));

  const ok = async (query: string, variables: Record<string, unknown>, viewer: Viewer = s.owner.viewer) => {
    const result = await s.server.execute(query, variables, viewer);
    expect(result.errors).toBeUndefined();
    const payload = Object.values(result.data!)[0] as { userErrors: unknown[] } & Record<string, any>;
    expect(payload.userErrors).toEqual([]);
    return payload;
  };
  const createVersion = async (promptId: string, extra = '', variables: Record<string, unknown> = {}) =>
    (
      await ok(
        `mutation($p: ID!, $c: ID) { promptVersionCreate(input: { promptId: $p, title: "v1", promptText: "Classify", providerModelId: "m", connectionId: $c ${extra} }) { version { id } ${ERRORS} } }`,
        { p: promptId, ...variables },
      )
    ).version.id as string;
  const createRun = async (versionId: string) =>
    (
      await ok(
        `mutation($v: ID!, $p: ID!) { inferenceRunCreate(input: { versionId: $v, projectId: $p }) { run { id } ${ERRORS} } }`,
        { v: versionId, p: s.projectId },
      )
    ).run.id as string;

  let promptId = '';
  let versionId = '';

  it('records prompts, versions and connections organization-wide, for every member, without the key', async () => {
    const memberMark = await read.end(org, member.viewer);
    let connectionId = '';
    const made = await read.during(org, async () => {
      promptId = (
        await ok(
          `mutation($o: ID!) { promptCreate(input: { organizationId: $o, title: "Sentiment", inputFields: ["text"], outputClasses: ["pos", "neg"] }) { prompt { id } ${ERRORS} } }`,
          { o: s.organizationId },
        )
      ).prompt.id;
      await ok(
        `mutation($id: ID!, $p: ID!) { promptUpdate(id: $id, input: { title: "Sentiment 2", associatedProjectIds: [$p] }) { prompt { id } ${ERRORS} } }`,
        { id: promptId, p: s.projectId },
      );
      connectionId = (
        await ok(
          `mutation($o: ID!, $k: String) { providerConnectionCreate(input: { organizationId: $o, name: "Keyed", provider: CUSTOM, apiKey: $k }) { connection { id } ${ERRORS} } }`,
          { o: s.organizationId, k: API_KEY },
        )
      ).connection.id;
      versionId = await createVersion(promptId);
      await ok(
        `mutation($id: ID!) { promptVersionUpdate(id: $id, input: { title: "v2", maxFewShotExamples: 2 }) { version { id } ${ERRORS} } }`,
        { id: versionId },
      );
    });
    expect(essentials(made)).toEqual([
      ['PROMPT_CREATED', promptId, { title: 'Sentiment' }],
      ['PROMPT_UPDATED', promptId, { changed: ['title', 'associatedProjectIds'] }],
      ['PROVIDER_CONNECTION_CREATED', connectionId, { name: 'Keyed', provider: 'CUSTOM' }],
      ['PROMPT_VERSION_CREATED', versionId, { promptId, title: 'v1', provider: 'OFFLINE' }],
      ['PROMPT_VERSION_UPDATED', versionId, { promptId, changed: ['title', 'maxFewShotExamples'] }],
    ]);
    expect(made.map((c) => c.objectType)).toEqual([
      'Prompt',
      'Prompt',
      'ProviderConnection',
      'PromptVersion',
      'PromptVersion',
    ]);
    expect(made.every((c) => c.projectId === null && c.organizationId === s.organizationId)).toBe(true);
    expect(made.every((c) => c.actor.kind === 'USER' && c.actor.id === s.owner.userId)).toBe(true);
    // Organization-wide changes are for every member of the organization.
    expect((await read.after(org, memberMark, member.viewer)).map((c) => c.id)).toEqual(made.map((c) => c.id));
    expect(JSON.stringify(await read.after(org, null))).not.toContain(API_KEY);
  });

  it('records nothing for a refused change of a prompt', async () => {
    const refused = await read.during(org, async () => {
      const viewerTry = await s.server.execute(
        `mutation($id: ID!) { promptUpdate(id: $id, input: { title: "No" }) { ${ERRORS} } }`,
        { id: promptId },
        member.viewer,
      );
      expect(viewerTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const unknownProject = await s.server.execute(
        `mutation($id: ID!) { promptUpdate(id: $id, input: { associatedProjectIds: ["proj_01ARZ3NDEKTSV4RRFFQ69G5FAV"] }) { ${ERRORS} } }`,
        { id: promptId },
      );
      expect(unknownProject.data!.promptUpdate.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    });
    expect(refused).toEqual([]);
  });

  it("records a run's creation, and its worker's claim, progress per batch and end as a WORKER", async () => {
    let runId = '';
    const created = await read.during(project, async () => {
      runId = await createRun(versionId);
    });
    expect(essentials(created)).toEqual([
      ['INFERENCE_RUN_CREATED', runId, { versionId, promptId, status: 'PENDING', totalTasks: 3 }],
    ]);
    expect(created[0]).toMatchObject({ objectType: 'InferenceRun', projectId: s.projectId });
    const worked = await read.during(project, () =>
      drainInferenceRuns(s.t.db, { workerId: 'inference-1', batchSize: 2, writeEveryMs: ONE_WRITE_PER_BATCH }),
    );
    expect(essentials(worked)).toEqual([
      ['INFERENCE_RUN_STATUS_CHANGED', runId, { from: 'PENDING', to: 'IN_PROGRESS' }],
      ['JOB_PROGRESS', runId, { progress: { done: 2, total: 3 } }],
      ['JOB_PROGRESS', runId, { progress: { done: 3, total: 3 } }],
      ['INFERENCE_RUN_STATUS_CHANGED', runId, { from: 'IN_PROGRESS', to: 'COMPLETED' }],
    ]);
    expect(worked.every((c) => c.actor.kind === 'WORKER' && c.actor.id === 'inference-1')).toBe(true);
  });

  it('records a run the worker cannot start as FAILED, and a cancel by its person', async () => {
    const keyless = (
      await ok(
        `mutation($o: ID!) { providerConnectionCreate(input: { organizationId: $o, name: "No URL", provider: CUSTOM }) { connection { id } ${ERRORS} } }`,
        { o: s.organizationId },
      )
    ).connection.id;
    const failing = await createRun(await createVersion(promptId, ', provider: CUSTOM', { c: keyless }));
    const failed = await read.during(project, () => drainInferenceRuns(s.t.db, { workerId: 'inference-2' }));
    expect(essentials(failed)).toEqual([
      ['INFERENCE_RUN_STATUS_CHANGED', failing, { from: 'PENDING', to: 'IN_PROGRESS' }],
      ['INFERENCE_RUN_STATUS_CHANGED', failing, { from: 'IN_PROGRESS', to: 'FAILED' }],
    ]);
    expect(failed.every((c) => c.actor.kind === 'WORKER' && c.actor.id === 'inference-2')).toBe(true);
    const canceled = await createRun(versionId);
    const cancel = `mutation($id: ID!) { inferenceRunCancel(id: $id) { run { id } ${ERRORS} } }`;
    const changes = await read.during(project, async () => {
      await ok(cancel, { id: canceled });
      const again = await s.server.execute(cancel, { id: canceled });
      expect(again.data!.inferenceRunCancel.userErrors).toEqual([{ code: 'INVALID_STATE_TRANSITION' }]);
    });
    expect(changes).toEqual([
      expect.objectContaining({
        type: 'INFERENCE_RUN_STATUS_CHANGED',
        objectId: canceled,
        actor: { kind: 'USER', id: s.owner.userId },
        payload: { from: 'PENDING', to: 'CANCELED' },
      }),
    ]);
  });

  it('records the deletion of a version and of its prompt', async () => {
    const deleted = await read.during(org, async () => {
      await ok(`mutation($id: ID!) { promptVersionDelete(id: $id) { deletedId ${ERRORS} } }`, { id: versionId });
      await ok(`mutation($id: ID!) { promptDelete(id: $id) { deletedId ${ERRORS} } }`, { id: promptId });
    });
    expect(essentials(deleted)).toEqual([
      ['PROMPT_VERSION_DELETED', versionId, { promptId }],
      ['PROMPT_DELETED', promptId, { title: 'Sentiment 2' }],
    ]);
  });
});
