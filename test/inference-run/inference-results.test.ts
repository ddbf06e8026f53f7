import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { drainInferenceRuns } from '../../src/modules/inference-run/inference-worker';
import { newId } from '../../src/ids';
import { DIALECT, type TestDb } from '../support/db';
import { insertProject } from '../support/factories';
import { parseOutboundAllowedHosts } from '../../src/outbound/outbound-policy';
import { startProjectServer, stopProjectServer, type TestServer } from '../support/project-server';
import { testSecrets } from '../support/server';
import { contributorAuthor } from '../../src/modules/annotation/annotation-author';

// The provider stubs listen on 127.0.0.1, which the outbound guard refuses unless allowed (OUTBOUND_ALLOWED_HOSTS).
const outbound = parseOutboundAllowedHosts('127.0.0.1');

// Issue 16, inference runs: a prediction names its run and version; a run lists what it made of each task (and what
// it got wrong), page by page without N+1; CUSTOM task ids are checked; progress moves with every prediction;
// the prompt-side validation holes.
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

describe(`${DIALECT}: inference run results and provenance`, () => {
  let t: TestDb;
  let server: TestServer;
  let projectId: string;
  let organizationId: string;
  let promptId: string;
  let fewShot: string; // 6 examples: every prediction right
  let zeroShot: string; // no example: always `pos`, so the 4 `neg` tasks with ground truth are wrong
  let taskIds: string[];
  const truthOf = new Map<string, string>();

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const result = await server.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const createRun = async (versionId: string, input: string, variables: Record<string, unknown> = {}) =>
    (
      await run(
        `mutation($v: ID!, $p: ID!${input.includes('$t') ? ', $t: [ID!]' : ''}${input.includes('$j') ? ', $j: String' : ''}) { inferenceRunCreate(input: { versionId: $v, projectId: $p, ${input} }) { run { id totalTasks taskIds filtersJson projectSubset } userErrors { code field message } } }`,
        { v: versionId, p: projectId, ...variables },
      )
    ).inferenceRunCreate;
  const version = async (title: string, shots: number) =>
    (
      await run(
        `mutation($p: ID!, $t: String!, $n: Int) { promptVersionCreate(input: { promptId: $p, title: $t, promptText: "Classify", providerModelId: "offline", maxFewShotExamples: $n }) { version { id } } }`,
        { p: promptId, t: title, n: shots },
      )
    ).promptVersionCreate.version.id as string;
  const addTasks = async (project: string, reviews: typeof REVIEWS) => {
    const ids: string[] = [];
    const now = new Date().toISOString();
    for (const [text, label, hasGt] of reviews) {
      const id = newId('task');
      ids.push(id);
      await t.db
        .insertInto('task')
        .values({
          id,
          projectId: project,
          kind: 'LABELING',
          status: 'PENDING',
          source: 'ANNOGRAPH',
          dataJson: JSON.stringify({ text }),
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      if (hasGt) {
        truthOf.set(id, label);
        await t.db
          .insertInto('annotation')
          .values({
            id: newId('annotation'),
            projectId: project,
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
    return ids;
  };

  beforeAll(async () => {
    ({ t, server, projectId, organizationId } = await startProjectServer('Results', {}, { outbound }));
    taskIds = await addTasks(projectId, REVIEWS);
    const prompt = await run(
      `mutation($o: ID!, $p: ID!) { promptCreate(input: { organizationId: $o, title: "Sentiment", inputFields: ["text"], outputClasses: ["pos", "neg"], associatedProjectIds: [$p] }) { prompt { id } } }`,
      { o: organizationId, p: projectId },
    );
    promptId = prompt.promptCreate.prompt.id;
    fewShot = await version('few-shot', 6);
    zeroShot = await version('zero-shot', 0);
  });
  afterAll(() => stopProjectServer({ t, server }));

  it('names the run and the prompt version on every prediction, and nothing on other annotations', async () => {
    const id = (await createRun(zeroShot, 'projectSubset: ALL')).run.id;
    await drainInferenceRuns(t.db, { workerId: 'w' });
    const task = (
      await run(
        `query($id: ID!) { task(id: $id) { annotations { nodes { key groundTruth inferenceRun { id version { id } } promptVersion { id title } } } } }`,
        { id: taskIds[0] },
      )
    ).task;
    expect(task.annotations.nodes).toEqual([
      { key: 'sentiment', groundTruth: true, inferenceRun: null, promptVersion: null },
      {
        key: 'prediction',
        groundTruth: false,
        inferenceRun: { id, version: { id: zeroShot } },
        promptVersion: { id: zeroShot, title: 'zero-shot' },
      },
    ]);
  });

  it('lists what a run made of each task in task order, with the ground truth and the verdict, and what it got wrong', async () => {
    const id = (await createRun(zeroShot, 'projectSubset: ALL')).run.id;
    await drainInferenceRuns(t.db, { workerId: 'w', batchSize: 5 });
    const RESULT =
      'task { id } prediction { value inferenceRun { id } } groundTruth { value groundTruth } correct error';
    const all = (
      await run(
        `query($id: ID!) { inferenceRun(id: $id) { totalCorrectPredictions accuracy results(first: 100) { totalCount nodes { ${RESULT} } } } }`,
        { id },
      )
    ).inferenceRun;
    expect(all.results.totalCount).toBe(12);
    expect(all.results.nodes.map((n: any) => n.task.id)).toEqual(taskIds);
    all.results.nodes.forEach((n: any, i: number) => {
      const truth = truthOf.get(taskIds[i]);
      expect(n).toEqual({
        task: { id: taskIds[i] },
        prediction: { value: 'pos', inferenceRun: { id } },
        groundTruth: truth ? { value: truth, groundTruth: true } : null,
        correct: truth ? truth === 'pos' : null,
        error: null,
      });
    });
    // The verdicts add up to the run's totals.
    expect(all.results.nodes.filter((n: any) => n.correct).length).toBe(all.totalCorrectPredictions);
    expect(all.accuracy).toBe(0.5);
    const wrong = (
      await run(
        `query($id: ID!) { inferenceRun(id: $id) { wrong: results(filter: { correct: false }) { totalCount nodes { task { id } } } right: results(filter: { correct: true }) { totalCount } failed: results(filter: { failed: true }) { totalCount } answered: results(filter: { failed: false }) { totalCount } } }`,
        { id },
      )
    ).inferenceRun;
    expect(wrong.wrong.nodes.map((n: any) => n.task.id)).toEqual(taskIds.filter((tid) => truthOf.get(tid) === 'neg'));
    expect([
      wrong.wrong.totalCount,
      wrong.right.totalCount,
      wrong.failed.totalCount,
      wrong.answered.totalCount,
    ]).toEqual([4, 4, 0, 12]);
    // Pages in task order: 5, 5, 2, and back.
    const seen: string[] = [];
    let after: string | null = null;
    for (const size of [5, 5, 2]) {
      const page: any = (
        await run(
          `query($id: ID!, $a: String) { inferenceRun(id: $id) { results(first: 5, after: $a) { pageInfo { hasNextPage endCursor } nodes { task { id } } } } }`,
          { id, a: after },
        )
      ).inferenceRun.results;
      expect(page.nodes).toHaveLength(size);
      expect(page.pageInfo.hasNextPage).toBe(size === 5);
      seen.push(...page.nodes.map((n: any) => n.task.id));
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(taskIds);
    const last = (
      await run(`query($id: ID!) { inferenceRun(id: $id) { results(last: 2) { nodes { task { id } } } } }`, { id })
    ).inferenceRun.results;
    expect(last.nodes.map((n: any) => n.task.id)).toEqual(taskIds.slice(10));
    // A cursor of another list is refused.
    const foreign = await server.execute(
      `query($id: ID!, $a: String) { inferenceRun(id: $id) { results(after: $a) { totalCount } } }`,
      { id, a: Buffer.from('cursor:nope').toString('base64url') },
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('compares two versions task by task: a page of one run, the same tasks of the other', async () => {
    const a = (await createRun(zeroShot, 'projectSubset: HAS_GT')).run.id;
    const b = (await createRun(fewShot, 'projectSubset: HAS_GT')).run.id;
    await drainInferenceRuns(t.db, { workerId: 'w' });
    const pageA = (
      await run(
        `query($id: ID!) { inferenceRun(id: $id) { results(first: 4) { nodes { task { id } prediction { value } correct } } } }`,
        { id: a },
      )
    ).inferenceRun.results.nodes;
    const tasks = pageA.map((n: any) => n.task.id);
    const pageB = (
      await run(
        `query($id: ID!, $t: [ID!]) { inferenceRun(id: $id) { results(filter: { taskIds: $t }) { nodes { task { id } prediction { value } correct } } } }`,
        { id: b, t: [...tasks, 'not-an-id', taskIds[11]] },
      )
    ).inferenceRun.results.nodes;
    // Task 11 has no ground truth, so it is not in the HAS_GT run; an id of no task matches nothing.
    expect(pageB.map((n: any) => n.task.id)).toEqual(tasks);
    const changed = tasks.filter((_: string, i: number) => pageA[i].correct !== pageB[i].correct);
    expect(changed).toEqual(tasks.filter((tid: string) => truthOf.get(tid) === 'neg'));
    expect(pageB.every((n: any) => n.correct)).toBe(true);
    // Both at once, aliased: the same tasks in the same order.
    const both = await run(
      `query($a: ID!, $b: ID!) { a: inferenceRun(id: $a) { results(first: 8) { nodes { task { id } } } } b: inferenceRun(id: $b) { results(first: 8) { nodes { task { id } } } } }`,
      { a, b },
    );
    expect(both.a.results.nodes).toEqual(both.b.results.nodes);
    expect(
      (
        await run(`query($id: ID!) { inferenceRun(id: $id) { results(filter: { taskIds: [] }) { totalCount } } }`, {
          id: b,
        })
      ).inferenceRun.results.totalCount,
    ).toBe(0);
  });

  it('loads results of many runs with their tasks and annotations in the same statements for pages of 5 and 50', async () => {
    // 60 tasks of this project (40 with ground truth), runs of both versions.
    const many = await addTasks(projectId, Array.from({ length: 5 }, () => REVIEWS).flat());
    expect(many).toHaveLength(60);
    for (const v of [zeroShot, fewShot]) await createRun(v, 'projectSubset: CUSTOM, taskIds: $t', { t: many });
    await drainInferenceRuns(t.db, { workerId: 'w', batchSize: 25 });
    const QUERY = `query($p: ID!, $n: Int!) { project(id: $p) { inferenceRuns(first: 20, filter: { projectSubset: CUSTOM }) { nodes { id results(first: $n) { totalCount pageInfo { hasNextPage } nodes {
      correct error task { id data } prediction { id value promptVersion { id } inferenceRun { id } } groundTruth { id value } } } } } } }`;
    const counts: number[] = [];
    for (const n of [5, 50, 5, 50]) {
      t.statements.length = 0;
      const data = await run(QUERY, { p: projectId, n });
      const runs = data.project.inferenceRuns.nodes;
      expect(runs.length).toBeGreaterThanOrEqual(2);
      expect(runs.filter((x: any) => x.results.totalCount === 60)).toHaveLength(2);
      for (const r of runs.filter((x: any) => x.results.totalCount === 60)) {
        expect(r.results.nodes).toHaveLength(n);
        expect(r.results.nodes.every((x: any) => x.prediction.inferenceRun.id === r.id && x.task.data.text)).toBe(true);
      }
      counts.push(t.statements.length);
    }
    // The first of each shape may run on graphql-js, the second on graphql-jit: same statements either way.
    expect(counts[0]).toBe(counts[1]);
    expect(counts[2]).toBe(counts[3]);
    // runs, their count-free page of results, tasks, annotations (predictions and ground truths), versions, runs again.
    expect(counts[1]).toBeLessThanOrEqual(8);
  });

  it('refuses CUSTOM task ids of no task, of another project or DELETED, and task ids or a filter with another subset', async () => {
    const elsewhere = await insertProject(t.db, 'Elsewhere');
    const [foreign] = await addTasks(elsewhere.projectId, REVIEWS.slice(0, 1));
    const deleted = taskIds[5];
    await t.db.updateTable('task').set({ status: 'DELETED' }).where('id', '=', deleted).execute();
    try {
      for (const bad of [
        [taskIds[0], foreign],
        [taskIds[0], 'task_01JAAAAAAAAAAAAAAAAAAAAAAA'],
        ['nonsense'],
        [taskIds[1], deleted],
      ]) {
        const refused = await createRun(zeroShot, 'projectSubset: CUSTOM, taskIds: $t', { t: bad });
        expect(refused.run).toBeNull();
        expect(refused.userErrors).toEqual([
          {
            code: 'NOT_FOUND',
            field: ['input', 'taskIds'],
            message: expect.stringContaining(JSON.stringify(bad[bad.length - 1])),
          },
        ]);
      }
      // Duplicates are one task.
      expect(
        (await createRun(zeroShot, 'projectSubset: CUSTOM, taskIds: $t', { t: [taskIds[0], taskIds[0], taskIds[2]] }))
          .run.totalTasks,
      ).toBe(2);
      for (const [input, field] of [
        ['projectSubset: ALL, taskIds: $t', 'taskIds'],
        ['taskIds: $t', 'taskIds'],
        ['projectSubset: HAS_GT, filtersJson: { status: ["PENDING"] }', 'filtersJson'],
        ['projectSubset: SAMPLE, sampleSubsetSize: 2, taskIds: $t', 'taskIds'],
        ['projectSubset: CUSTOM, taskIds: $t, filtersJson: { status: ["PENDING"] }', 'filtersJson'],
      ]) {
        const refused = await createRun(zeroShot, input, { t: [taskIds[0]] });
        expect({ input, errors: refused.userErrors.map((e: any) => [e.code, e.field]) }).toEqual({
          input,
          errors: [['BAD_USER_INPUT', ['input', field]]],
        });
      }
      // A CUSTOM re-run takes its source's filter (it failed: "needs taskIds or filtersJson"), another subset drops it.
      const byFilter = (await createRun(zeroShot, 'projectSubset: CUSTOM, filtersJson: { status: ["PENDING"] }')).run;
      const rerun = (await createRun(zeroShot, `sourceRunId: "${byFilter.id}"`)).run;
      expect(rerun).toMatchObject({
        projectSubset: 'CUSTOM',
        totalTasks: byFilter.totalTasks,
        filtersJson: { status: ['PENDING'] },
        taskIds: null,
      });
      const byIds = (await createRun(zeroShot, 'projectSubset: CUSTOM, taskIds: $t', { t: [taskIds[0]] })).run;
      expect((await createRun(zeroShot, `sourceRunId: "${byIds.id}", projectSubset: ALL`)).run).toMatchObject({
        projectSubset: 'ALL',
        taskIds: null,
      });
      expect((await createRun(zeroShot, `sourceRunId: "${byIds.id}"`)).run).toMatchObject({
        projectSubset: 'CUSTOM',
        taskIds: [taskIds[0]],
        totalTasks: 1,
      });
    } finally {
      await t.db.updateTable('task').set({ status: 'PENDING' }).where('id', '=', deleted).execute();
    }
  });

  it('refuses a jobId over 255 characters', async () => {
    const long = await createRun(zeroShot, 'jobId: $j', { j: 'j'.repeat(256) });
    expect(long).toEqual({
      run: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'jobId'], message: expect.stringContaining('255') }],
    });
    expect((await createRun(zeroShot, 'jobId: $j', { j: 'nul\u0000' })).userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'jobId'],
    });
    expect((await createRun(zeroShot, 'jobId: $j', { j: 'j'.repeat(255) })).userErrors).toEqual([]);
    await t.db.deleteFrom('inferenceRun').where('status', '=', 'PENDING').execute();
  });

  it("shows a slow provider's progress with every prediction, each written once, and reaches 1 when calls failed", async () => {
    await t.db.deleteFrom('inferenceRun').where('status', '=', 'PENDING').execute();
    let runId = '';
    const seen: { totalPredictions: number; progress: number; results: number }[] = [];
    let calls = 0;
    // Answers after 300 ms (a slow model); the third call fails. Before answering, reads what a dashboard would see.
    const provider = http.createServer((req, res) => {
      req.resume();
      // A read that fails leaves the provider call unanswered: the run's own timeout then fails the test.
      req.on('end', () => void answer());
      const answer = async () => {
        const call = calls++;
        const data = await server.execute(
          `query($id: ID!) { inferenceRun(id: $id) { totalPredictions progress results { totalCount } } }`,
          { id: runId },
        );
        const r = data.data!.inferenceRun;
        seen.push({ totalPredictions: r.totalPredictions, progress: r.progress, results: r.results.totalCount });
        setTimeout(
          () =>
            call === 2
              ? res.writeHead(400).end()
              : res
                  .writeHead(200, { 'content-type': 'application/json' })
                  .end(JSON.stringify({ choices: [{ message: { content: 'neg' } }] })),
          300,
        );
      };
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
      const connection = (
        await run(
          `mutation($o: ID!, $u: String!) { providerConnectionCreate(input: { organizationId: $o, name: "slow", provider: CUSTOM, baseUrl: $u, maxRetries: 0 }) { connection { id } } }`,
          { o: organizationId, u: url },
        )
      ).providerConnectionCreate.connection.id;
      const remote = (
        await run(
          `mutation($p: ID!, $c: ID!) { promptVersionCreate(input: { promptId: $p, title: "slow", promptText: "Classify", provider: CUSTOM, providerModelId: "m", connectionId: $c }) { version { id } } }`,
          { p: promptId, c: connection },
        )
      ).promptVersionCreate.version.id;
      runId = (await createRun(remote, 'projectSubset: CUSTOM, taskIds: $t', { t: taskIds.slice(0, 4) })).run.id;
      t.statements.length = 0;
      await drainInferenceRuns(t.db, { workerId: 'slow', batchSize: 10, outbound, secrets: testSecrets });
      // Each call saw the predictions before it: 0, 1, 2, then 2 (the third failed but counts as tried).
      expect(seen).toEqual([
        { totalPredictions: 0, progress: 0, results: 0 },
        { totalPredictions: 1, progress: 0.25, results: 1 },
        { totalPredictions: 2, progress: 0.5, results: 2 },
        { totalPredictions: 2, progress: 0.75, results: 3 },
      ]);
      // One update of the run per prediction, plus the claim and the end.
      const runUpdates = t.statements.filter((s) => /^update "inference_run" /i.test(s.trim()));
      expect(runUpdates).toHaveLength(4 + 2);
      const done = (
        await run(
          `query($id: ID!) { inferenceRun(id: $id) { status totalPredictions totalFailedPredictions progress failed: results(filter: { failed: true }) { nodes { error correct prediction { value justification } } } } }`,
          { id: runId },
        )
      ).inferenceRun;
      expect(done).toMatchObject({ status: 'COMPLETED', totalPredictions: 3, totalFailedPredictions: 1, progress: 1 });
      expect(done.failed.nodes).toEqual([
        {
          error: expect.stringContaining('400'),
          correct: null,
          prediction: { value: null, justification: expect.stringContaining('400') },
        },
      ]);
    } finally {
      provider.close();
    }
  });

  it("writes a fast provider's predictions a batch at a time", async () => {
    const id = (await createRun(fewShot, 'projectSubset: ALL')).run.id;
    t.statements.length = 0;
    await drainInferenceRuns(t.db, { workerId: 'fast', batchSize: 25 });
    const total = (
      await run(`query($id: ID!) { inferenceRun(id: $id) { totalTasks totalPredictions progress } }`, { id })
    ).inferenceRun;
    expect(total.totalPredictions).toBe(total.totalTasks);
    expect(total.progress).toBe(1);
    // Claim, one write per batch of 25 (no lease renewal per task), end.
    const runUpdates = t.statements.filter((s) => /^update "inference_run" /i.test(s.trim()));
    expect(runUpdates.length).toBeLessThanOrEqual(2 + Math.ceil(total.totalTasks / 25));
  });

  it('refuses duplicate classes or fields', async () => {
    const created = await run(
      `mutation($o: ID!) { promptCreate(input: { organizationId: $o, title: "Dup", inputFields: ["text"], outputClasses: ["pos", "neg", " pos "] }) { prompt { id } userErrors { code field } } }`,
      { o: organizationId },
    );
    expect(created.promptCreate).toEqual({
      prompt: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'outputClasses', '2'] }],
    });
    const fields = await run(
      `mutation($o: ID!) { promptCreate(input: { organizationId: $o, title: "Dup", inputFields: ["text", "text"], outputClasses: ["a"] }) { prompt { id } userErrors { code field } } }`,
      { o: organizationId },
    );
    expect(fields.promptCreate.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'inputFields', '1'] }]);
    const updated = await run(
      `mutation($id: ID!) { promptUpdate(id: $id, input: { outputClasses: ["x", "x"] }) { prompt { id } userErrors { code field } } }`,
      { id: promptId },
    );
    expect(updated.promptUpdate).toEqual({
      prompt: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'outputClasses', '1'] }],
    });
  });

  it('refuses provider URLs that are not http or https', async () => {
    for (const baseUrl of [
      'ftp://models.example.com/v1',
      'file:///etc/passwd',
      'data:text/plain,hi',
      'ws://models.example.com',
    ]) {
      const refused = await run(
        `mutation($o: ID!, $u: String!) { providerConnectionCreate(input: { organizationId: $o, name: "x", provider: CUSTOM, baseUrl: $u }) { connection { id } userErrors { code field } } }`,
        { o: organizationId, u: baseUrl },
      );
      expect({ baseUrl, ...refused.providerConnectionCreate }).toEqual({
        baseUrl,
        connection: null,
        userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'baseUrl'] }],
      });
    }
    const ok = await run(
      `mutation($o: ID!) { providerConnectionCreate(input: { organizationId: $o, name: "x", provider: CUSTOM, baseUrl: "HTTPS://models.example.com/v1" }) { connection { baseUrl } userErrors { code } } }`,
      { o: organizationId },
    );
    expect(ok.providerConnectionCreate.userErrors).toEqual([]);
  });

  it('searches prompts for % and _ literally', async () => {
    for (const title of ['100% sure', 'snake_case labels', 'back\\slash', 'Plain']) {
      await run(
        `mutation($o: ID!, $t: String!) { promptCreate(input: { organizationId: $o, title: $t, inputFields: ["text"], outputClasses: ["a"] }) { prompt { id } } }`,
        { o: organizationId, t: title },
      );
    }
    const titles = async (search: string) =>
      (
        await run(
          `query($o: ID!, $s: String) { organization(id: $o) { prompts(search: $s, first: 100) { nodes { title } } } }`,
          { o: organizationId, s: search },
        )
      ).organization.prompts.nodes.map((n: any) => n.title);
    expect(await titles('%')).toEqual(['100% sure']);
    expect(await titles('0%')).toEqual(['100% sure']);
    expect(await titles('_')).toEqual(['snake_case labels']);
    expect(await titles('e_c')).toEqual(['snake_case labels']);
    expect(await titles('k\\s')).toEqual(['back\\slash']);
    expect(await titles('\\')).toEqual(['back\\slash']);
    expect(await titles('plain')).toEqual(['Plain']);
  });

  it('keeps runs and their results to those who may see the project', async () => {
    const stranger = await insertProject(t.db, 'Stranger');
    const id = (
      await t.db
        .selectFrom('inferenceRun')
        .select('id')
        .where('projectId', '=', projectId)
        .where('status', '=', 'COMPLETED')
        .executeTakeFirstOrThrow()
    ).id;
    const seen = await server.execute(
      `query($id: ID!) { inferenceRun(id: $id) { results { totalCount } } node(id: $id) { id } }`,
      { id },
      stranger.owner.viewer,
    );
    expect(seen.data).toEqual({ inferenceRun: null, node: null });
    const prediction = (
      await t.db.selectFrom('annotation').select('id').where('inferenceRunId', '=', id).executeTakeFirstOrThrow()
    ).id;
    const annotation = await server.execute(
      `query($id: ID!) { node(id: $id) { ... on Annotation { inferenceRun { id } } } }`,
      { id: prediction },
      stranger.owner.viewer,
    );
    expect(annotation.data).toEqual({ node: null });
  });
});
