import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { insertLabelingTask } from '../support/factories';
import { claimInferenceRun, drainInferenceRuns, runInference } from '../../src/modules/inference-run/inference-worker';
import { classifyOffline } from '../../src/modules/inference-run/offline-provider';
import { newId } from '../../src/ids';
import { DIALECT, type TestDb } from '../support/db';
import { parseOutboundAllowedHosts } from '../../src/outbound/outbound-policy';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';
import { testSecrets } from '../support/server';
import { contributorAuthor } from '../../src/modules/annotation/annotation-author';

// The provider stubs listen on 127.0.0.1, which the outbound guard refuses unless allowed (OUTBOUND_ALLOWED_HOSTS).
const outbound = parseOutboundAllowedHosts('127.0.0.1');

// 12 reviews with known sentiment; 8 of them carry ground truth. Word overlap separates them.
const REVIEWS: [string, 'pos' | 'neg', boolean][] = [
  ['great product works well', 'pos', true],
  ['terrible product broke fast', 'neg', true],
  ['great quality works great', 'pos', true],
  ['broke after a week terrible', 'neg', true],
  ['works well great value', 'pos', true],
  ['terrible support broke twice', 'neg', true],
  ['great works', 'pos', true],
  ['broke terrible', 'neg', true],
  ['great value works well', 'pos', false],
  ['terrible it broke', 'neg', false],
  ['works great', 'pos', false],
  ['broke terrible again', 'neg', false],
];

describe('offline provider', () => {
  it('answers the label of the most similar example, the first class without examples', () => {
    const examples = [
      { text: 'great works', label: 'pos' },
      { text: 'terrible broke', label: 'neg' },
    ];
    expect(classifyOffline('it broke, terrible', examples, ['pos', 'neg'])).toBe('neg');
    expect(classifyOffline('works great', examples, ['pos', 'neg'])).toBe('pos');
    expect(classifyOffline('anything', [], ['pos', 'neg'])).toBe('pos');
  });
});

describe(`${DIALECT}: inference runs`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let organizationId: string;
  let promptId: string;
  let versionId: string;
  let taskIds: string[];

  beforeAll(async () => {
    ({ t, server, projectId, organizationId } = await startProjectServer('Project', {}, { outbound }));
    const now = new Date().toISOString();
    taskIds = [];
    for (const [text, label, hasGt] of REVIEWS) {
      const id = await insertLabelingTask(t.db, projectId, now, { text });
      taskIds.push(id);
      if (hasGt) {
        await t.db
          .insertInto('annotation')
          .values({
            id: newId('annotation'),
            projectId,
            taskId: id,
            level: 'TASK',
            source: 'ANNOGRAPH',
            ...contributorAuthor('ANNOGRAPH', null),
            key: 'sentiment',
            type: 'CATEGORY',
            sourceType: 'category',
            valueJson: JSON.stringify(label),
            groundTruth: 1,
            createdAt: now,
            updatedAt: now,
          })
          .execute();
      }
    }
    const prompt = await server.execute(
      `mutation($o: ID!, $p: ID!) { promptCreate(input: { organizationId: $o, title: "Sentiment", inputFields: ["text"], outputClasses: ["pos", "neg"], associatedProjectIds: [$p] }) { prompt { id associatedProjects { id } } userErrors { code } } }`,
      { o: organizationId, p: projectId },
    );
    promptId = prompt.data!.promptCreate.prompt.id;
    expect(prompt.data!.promptCreate.prompt.associatedProjects).toEqual([{ id: projectId }]);
    const version = await server.execute(
      `mutation($p: ID!) { promptVersionCreate(input: { promptId: $p, title: "v1", promptText: "Classify the sentiment", providerModelId: "offline-jaccard", maxFewShotExamples: 6 }) { version { id } userErrors { code } } }`,
      { p: promptId },
    );
    versionId = version.data!.promptVersionCreate.version.id;
  });
  afterAll(() => stopProjectServer({ t, server }));

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const create = async (input: string) =>
    (
      await run(
        `mutation($v: ID!, $p: ID!) { inferenceRunCreate(input: { versionId: $v, projectId: $p, ${input} }) { run { id status totalTasks projectSubset } userErrors { code field } } }`,
        { v: versionId, p: projectId },
      )
    ).inferenceRunCreate;
  const RUN =
    'id status sourceStatus totalTasks totalPredictions totalCorrectPredictions progress accuracy predictionsUpdatedAt completedAt triggeredAt parentModel { id } version { id score } sourceModelRun { id } failureReason';
  const get = async (id: string) =>
    (await run(`query($id: ID!) { inferenceRun(id: $id) { ${RUN} } }`, { id })).inferenceRun;

  it('fixes the tasks of each subset at creation', async () => {
    expect((await create('projectSubset: ALL')).run.totalTasks).toBe(12);
    expect((await create('projectSubset: HAS_GT')).run.totalTasks).toBe(8);
    expect((await create('projectSubset: SAMPLE, sampleSubsetSize: 5')).run.totalTasks).toBe(5);
    expect((await create(`projectSubset: CUSTOM, taskIds: ["${taskIds[0]}", "${taskIds[3]}"]`)).run.totalTasks).toBe(2);
    expect((await create('projectSubset: CUSTOM, filtersJson: { status: ["PENDING"] }')).run.totalTasks).toBe(12);
    // A re-run without a subset takes its source's subset and sample size; one given in the input wins.
    const sample = (await create('projectSubset: SAMPLE, sampleSubsetSize: 3')).run;
    expect((await create(`sourceRunId: "${sample.id}"`)).run).toMatchObject({ projectSubset: 'SAMPLE', totalTasks: 3 });
    expect((await create(`sourceRunId: "${sample.id}", projectSubset: HAS_GT`)).run).toMatchObject({
      projectSubset: 'HAS_GT',
      totalTasks: 8,
    });
    expect((await create('')).run).toMatchObject({ projectSubset: 'ALL', totalTasks: 12 });
    expect((await create('projectSubset: SAMPLE')).userErrors[0]).toEqual({
      code: 'BAD_USER_INPUT',
      field: ['input', 'sampleSubsetSize'],
    });
    expect((await create('projectSubset: CUSTOM')).userErrors[0].code).toBe('BAD_USER_INPUT');
    expect((await create('projectSubset: CUSTOM, filtersJson: { status: "COMPLETED" }')).userErrors[0]).toEqual({
      code: 'BAD_USER_INPUT',
      field: ['input', 'filtersJson'],
    });
    await t.db.deleteFrom('inferenceRun').execute();
  });

  it('runs with the offline provider: predictions as annotations with provenance, totals and accuracy', async () => {
    const created = (await create('projectSubset: ALL')).run;
    expect(created.status).toBe('PENDING');
    expect(await drainInferenceRuns(t.db, { workerId: 'w1', batchSize: 5 })).toBe(1);
    const done = await get(created.id);
    // 6 few-shot examples (the first 6 with ground truth); each review has a same-label neighbour.
    expect(done).toMatchObject({
      status: 'COMPLETED',
      sourceStatus: 'Completed',
      totalTasks: 12,
      totalPredictions: 12,
      progress: 1,
      parentModel: { id: promptId },
    });
    const predictions = await t.db
      .selectFrom('annotation')
      .select(['taskId', 'valueJson', 'inferenceRunId', 'promptVersionId'])
      .where('inferenceRunId', '=', created.id)
      .execute();
    expect(predictions).toHaveLength(12);
    expect(predictions.every((p) => p.promptVersionId === versionId)).toBe(true);
    const truth = new Map(taskIds.map((id, i) => [id, REVIEWS[i][1]]));
    const correctOverall = predictions.filter((p) => JSON.parse(p.valueJson!) === truth.get(p.taskId)).length;
    expect(correctOverall).toBe(12);
    expect(done.totalCorrectPredictions).toBe(8);
    expect(done.accuracy).toBe(1);
    expect(done.version.score).toBe(1);
    // A re-run records its source and takes its subset.
    const rerun = (
      await run(
        `mutation($v: ID!, $p: ID!, $s: ID!) { inferenceRunCreate(input: { versionId: $v, projectId: $p, sourceRunId: $s }) { run { id projectSubset sourceModelRun { id } } } }`,
        { v: versionId, p: projectId, s: created.id },
      )
    ).inferenceRunCreate.run;
    expect(rerun).toMatchObject({ projectSubset: 'ALL', sourceModelRun: { id: created.id } });
    await run(`mutation($id: ID!) { inferenceRunCancel(id: $id) { run { status } } }`, { id: rerun.id });
  });

  it('cancels only PENDING or IN_PROGRESS runs; the worker stops at its next batch and keeps what it made', async () => {
    for (const status of ['COMPLETED', 'FAILED', 'CANCELED'] as const) {
      const id = (await create('projectSubset: ALL')).run.id;
      await t.db.updateTable('inferenceRun').set({ status }).where('id', '=', id).execute();
      const refused = (
        await run(`mutation($id: ID!) { inferenceRunCancel(id: $id) { run { id } userErrors { code message } } }`, {
          id,
        })
      ).inferenceRunCancel;
      expect(refused.userErrors[0]).toMatchObject({
        code: 'INVALID_STATE_TRANSITION',
        message: expect.stringContaining(status),
      });
    }
    const pending = (await create('projectSubset: ALL')).run.id;
    expect(
      (await run(`mutation($id: ID!) { inferenceRunCancel(id: $id) { run { status sourceStatus } } }`, { id: pending }))
        .inferenceRunCancel.run,
    ).toEqual({ status: 'CANCELED', sourceStatus: 'Canceled' });
    const running = (await create('projectSubset: ALL')).run.id;
    const claimed = await claimInferenceRun(t.db, { workerId: 'w2' });
    expect(claimed?.id).toBe(running);
    await t.db.updateTable('inferenceRun').set({ status: 'CANCELED' }).where('id', '=', running).execute();
    expect(await runInference(t.db, claimed!, { workerId: 'w2', batchSize: 4 })).toBe('stopped');
    expect((await get(running)).status).toBe('CANCELED');
    await t.db.deleteFrom('inferenceRun').where('status', 'in', ['PENDING', 'CANCELED', 'FAILED']).execute();
  });

  it('records a failing or slow HTTP provider on the predictions, not as a crashed run', async () => {
    let calls = 0;
    const provider = http.createServer((req, res) => {
      calls++;
      if (req.headers.authorization !== 'Bearer secret-key') res.writeHead(401).end();
      else if (calls % 3 === 0)
        setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 500);
      else res.writeHead(503).end();
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    try {
      const connection = (
        await run(
          `mutation($o: ID!, $u: String!) { providerConnectionCreate(input: { organizationId: $o, name: "local", provider: CUSTOM, baseUrl: $u, apiKey: "secret-key", timeoutMs: 200, maxRetries: 1 }) { connection { id hasApiKey baseUrl } } }`,
          { o: organizationId, u: url },
        )
      ).providerConnectionCreate.connection;
      expect(connection).toMatchObject({ hasApiKey: true, baseUrl: url });
      expect(
        JSON.stringify(
          await server.execute(`query($id: ID!) { node(id: $id) { ... on ProviderConnection { id } } }`, {
            id: connection.id,
          }),
        ),
      ).not.toContain('secret-key');
      const version = (
        await run(
          `mutation($p: ID!, $c: ID!) { promptVersionCreate(input: { promptId: $p, title: "remote", promptText: "Classify", provider: CUSTOM, providerModelId: "m", connectionId: $c }) { version { id } } }`,
          { p: promptId, c: connection.id },
        )
      ).promptVersionCreate.version;
      const id = (
        await run(
          `mutation($v: ID!, $p: ID!, $t: [ID!]) { inferenceRunCreate(input: { versionId: $v, projectId: $p, projectSubset: CUSTOM, taskIds: $t }) { run { id } } }`,
          { v: version.id, p: projectId, t: taskIds.slice(0, 2) },
        )
      ).inferenceRunCreate.run.id;
      await drainInferenceRuns(t.db, { workerId: 'w3', outbound, secrets: testSecrets });
      const done = await get(id);
      expect(done).toMatchObject({ status: 'COMPLETED', totalTasks: 2, totalPredictions: 0 });
      const recorded = await t.db
        .selectFrom('annotation')
        .select(['valueJson', 'justification'])
        .where('inferenceRunId', '=', id)
        .execute();
      expect(recorded).toHaveLength(2);
      for (const r of recorded) {
        expect(r.valueJson).toBeNull();
        expect(r.justification).toMatch(/503|timed out/);
      }
    } finally {
      provider.close();
    }
  });

  it('never predicts a task twice when two workers share the run', async () => {
    const id = (await create('projectSubset: ALL')).run.id;
    const first = await claimInferenceRun(t.db, { workerId: 'a', leaseMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = await claimInferenceRun(t.db, { workerId: 'b' });
    expect(second?.id).toBe(id);
    const outcomes = await Promise.all([
      runInference(t.db, first!, { workerId: 'a', batchSize: 3 }),
      runInference(t.db, second!, { workerId: 'b', batchSize: 3 }),
    ]);
    expect(outcomes.sort()).toEqual(['completed', 'stopped']);
    const predictions = await t.db.selectFrom('annotation').select('taskId').where('inferenceRunId', '=', id).execute();
    expect(predictions).toHaveLength(12);
    expect(new Set(predictions.map((p) => p.taskId)).size).toBe(12);
    expect((await get(id)).totalPredictions).toBe(12);
  });

  it('lists runs by every filter and order, and prompts by search', async () => {
    const runs = await t.db
      .selectFrom('inferenceRun')
      .select(['id', 'status', 'projectSubset', 'versionId', 'createdAt'])
      .where('projectId', '=', projectId)
      .orderBy('id')
      .execute();
    expect(runs.length).toBeGreaterThan(1);
    const list = async (filter: object, orderBy?: object) =>
      (
        await run(
          `query($v: ID!, $f: InferenceRunFilter, $o: InferenceRunOrder) { node(id: $v) { ... on PromptVersion { inferenceRuns(filter: $f, orderBy: $o) { totalCount nodes { id } } } } }`,
          { v: versionId, f: filter, o: orderBy },
        )
      ).node.inferenceRuns;
    const mine = runs.filter((r) => r.versionId === versionId);
    expect((await list({})).totalCount).toBe(mine.length);
    expect((await list({ parentModelId: promptId })).totalCount).toBe(mine.length);
    expect((await list({ projectId })).totalCount).toBe(mine.length);
    expect((await list({ projectSubset: 'ALL' })).totalCount).toBe(
      mine.filter((r) => r.projectSubset === 'ALL').length,
    );
    expect((await list({ status: ['COMPLETED'] })).totalCount).toBe(
      mine.filter((r) => r.status === 'COMPLETED').length,
    );
    const desc = (await list({}, { field: 'CREATED_AT', direction: 'DESC' })).nodes.map((n: any) => n.id);
    expect(desc).toEqual(
      [...mine].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)).map((r) => r.id),
    );
    const onProject = (
      await run(
        `query($p: ID!) { project(id: $p) { inferenceRuns(filter: { status: [COMPLETED] }) { totalCount } } }`,
        { p: projectId },
      )
    ).project.inferenceRuns;
    expect(onProject.totalCount).toBe(runs.filter((r) => r.status === 'COMPLETED').length);
    const prompts = (
      await run(
        `query($o: ID!) { organization(id: $o) { hit: prompts(search: "senti") { totalCount nodes { title versionsCount runsCount bestScore } } miss: prompts(search: "zzz") { totalCount } } }`,
        { o: organizationId },
      )
    ).organization;
    expect(prompts.hit).toEqual({
      totalCount: 1,
      nodes: [{ title: 'Sentiment', versionsCount: 2, runsCount: runs.length, bestScore: 1 }],
    });
    expect(prompts.miss.totalCount).toBe(0);
    await run(
      `mutation($o: ID!) { promptCreate(input: { organizationId: $o, title: "Aardvark", inputFields: ["text"], outputClasses: ["x"] }) { prompt { id } } }`,
      { o: organizationId },
    );
    const ordered = (
      await run(
        `query($o: ID!) { organization(id: $o) { asc: prompts(orderBy: { field: TITLE }) { nodes { title } } desc: prompts(orderBy: { field: TITLE, direction: DESC }) { nodes { title } } } }`,
        { o: organizationId },
      )
    ).organization;
    expect(ordered.asc.nodes.map((n: any) => n.title)).toEqual(['Aardvark', 'Sentiment']);
    expect(ordered.desc.nodes.map((n: any) => n.title)).toEqual(['Sentiment', 'Aardvark']);
  });
});
