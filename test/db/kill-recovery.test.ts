import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Database } from '../../src/db/database';
import { intBetween, seededRandom } from '../../src/demo/random';
import { newId } from '../../src/ids';
import { emptyModel, learn } from '../../src/modules/coding/coding-algorithm';
import { importScaleTasks } from '../../src/modules/scale/scale-import';
import { sharedDatabase, startChildServer, type ChildServer } from '../support/child-server';
import { DIALECT } from '../support/db';
import { insertProject } from '../support/factories';
import { contributorAuthor } from '../../src/modules/annotation/annotation-author';

// kill -9 loses nothing acknowledged (issue 15). A real server (test/support/kill-server.ts) runs in a child process
// on a SQLite file (WAL, synchronous=NORMAL, as src/db/database.ts opens it) or a fresh PostgreSQL schema. Eight
// HTTP clients send mutations of several kinds at once; after a seeded number of acknowledgements, once the coding
// worker is in the middle of a task, the child is SIGKILLed. A second child is started on the same database and
// runs what the first left. Then: every acknowledged write is there with its value, every mutation is all or
// nothing (also those whose answer was lost), SQLite's integrity check is ok, session numbers have no gaps, and
// every committed coding task (the one cut off mid-run included) finished exactly once.
const SEED = Number(process.env.KILL_SEED ?? 20261203);
const LEASE_MS = 1500;
const STEP_SIZE = 5; // coding: responses per step; inference: tasks per batch
const CHUNK_RESPONSES = 1000; // two chunks per coding task: 400 worker steps each
const MAX_ROUNDS = 400; // per client: the clients stop at the kill long before
const MAX_CODING_TASKS = 4; // per coding client: bounds what the second child must run
const COLORS = ['red', 'blue', 'green', 'Dark Red'];
const RUN_TASKS = 500; // labeling tasks every inference run predicts: 100 batches
const MAX_RUNS = 4;
const TEXTS = [
  'great product, love it',
  'terrible, broken on arrival',
  'works fine, good value',
  'awful support, never again',
];

type Outcome = { kind: 'ok'; field: any } | { kind: 'lost'; error: string };
type Child = ChildServer;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const count = (n: unknown) => Number(n);

describe(`${DIALECT}: kill -9 in the middle of concurrent mutations`, () => {
  let db: Database;
  let childEnv: Record<string, string>;
  let sqliteFile: string | undefined;
  let shared: Awaited<ReturnType<typeof sharedDatabase>>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    shared = await sharedDatabase('kill');
    db = shared.db;
    childEnv = shared.env;
    sqliteFile = DIALECT === 'sqlite' ? shared.env.DATABASE_URL.replace(/^sqlite:/, '') : undefined;
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await shared?.cleanup();
  });

  async function startChild(): Promise<Child> {
    const child = await startChildServer({
      ...childEnv,
      CODING_WORKER: 'on',
      WORKER_LEASE_MS: String(LEASE_MS),
      WORKER_STEP_SIZE: String(STEP_SIZE),
      WORKER_INTERVAL_MS: '100',
    });
    children.push(child.proc);
    return child;
  }

  it('keeps every acknowledged write, writes each mutation whole, and finishes leased coding tasks once', async () => {
    // ---- seed: a project and its OWNER, a trained coder for code tasks, one Scale import as the reference shape
    const { projectId, owner } = await insertProject(db, 'Kill');
    const now = new Date().toISOString();
    const model = learn(
      emptyModel({}),
      COLORS.map((value, i) => ({ variableId: 'color', value, code: i + 1, score: 1 })),
    );
    const coderId = newId('coder');
    await db
      .insertInto('coder')
      .values({
        id: coderId,
        projectId,
        kind: 'CODING',
        label: 'seeded',
        source: 'ANNOGRAPH',
        modelJson: JSON.stringify(model),
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    // Inference runs: an OFFLINE prompt version of the organization over labeling tasks, ten of them ground truth.
    const { organizationId } = await db
      .selectFrom('project')
      .select('organizationId')
      .where('id', '=', projectId)
      .executeTakeFirstOrThrow();
    const promptId = newId('prompt');
    const versionId = newId('promptVersion');
    await db
      .insertInto('prompt')
      .values({
        id: promptId,
        organizationId,
        title: 'Sentiment',
        skillName: 'TEXT_CLASSIFICATION',
        inputFieldsJson: '["text"]',
        outputClassesJson: '["pos","neg"]',
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('promptVersion')
      .values({
        id: versionId,
        promptId,
        title: 'v1',
        promptText: 'Classify the sentiment',
        provider: 'OFFLINE',
        providerModelId: 'offline',
        maxFewShotExamples: 4,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    const labelingTasks = Array.from({ length: RUN_TASKS }, () => newId('task'));
    await db
      .insertInto('task')
      .values(
        labelingTasks.map((id, i) => ({
          id,
          projectId,
          kind: 'LABELING' as const,
          status: 'PENDING' as const,
          source: 'ANNOGRAPH' as const,
          dataJson: JSON.stringify({ text: TEXTS[i % 4] }),
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
    await db
      .insertInto('annotation')
      .values(
        labelingTasks.slice(0, 10).map((taskId, i) => ({
          id: newId('annotation'),
          projectId,
          taskId,
          level: 'TASK' as const,
          source: 'ANNOGRAPH' as const,
          ...contributorAuthor('ANNOGRAPH', null),
          key: 'sentiment',
          type: 'CATEGORY' as const,
          sourceType: 'category',
          valueJson: JSON.stringify(i % 2 === 0 ? 'pos' : 'neg'),
          groundTruth: 1,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .execute();
    const scaleSeed = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/scale-seed-task.json'), 'utf8'));
    const reference = await importScaleTasks(db, projectId, [
      { line: 1, value: { ...scaleSeed, task_id: 'imp-reference' } },
    ]);
    expect(reference.created).toBe(1);

    // ---- what the clients were told (acknowledged) and what they sent without hearing back (in flight at the kill)
    const tasks = new Map<string, { externalId: string; metadata: unknown; status: string; maybe: string[] }>();
    const annotations = new Map<string, { taskId: string; key: string; value: number; maybe: number[] }>();
    const messages = new Map<string, { text: string; chunks: string[] }>();
    const imports: string[] = [];
    const sessions = new Map<string, { id: string; number: number; results: string[] }>();
    const coding = new Map<string, { type: 'CODE' | 'TRAIN'; label: string; chunks: string[]; committed: boolean }>();
    const runs: string[] = [];
    const unexpected: string[] = [];
    const random = seededRandom(SEED);
    const killAfter = intBetween(random, 100, 200);
    let acks = 0;
    let killIssued = false;
    let killing: Promise<void> | undefined;
    let busySeenBeforeKill = false;

    const started = Date.now();
    const first = await startChild();
    const token = owner.secret;

    async function send(url: string, query: string, variables: Record<string, unknown>): Promise<Outcome> {
      let status: number;
      let text: string;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Token ${token}` },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(15_000),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        // No answer: the request may or may not have been written. Only the kill may cause this.
        if (!killIssued) unexpected.push(`lost before the kill: ${String(error)}`);
        return { kind: 'lost', error: String(error) };
      }
      const body = JSON.parse(text);
      const field = body.data && Object.values(body.data)[0];
      if (status !== 200 || body.errors || !field || field.userErrors?.length) {
        unexpected.push(`refused (${status}): ${text.slice(0, 300)}`);
        return { kind: 'lost', error: text };
      }
      acks++;
      if (acks >= killAfter) killing ??= killWhenWorkerBusy();
      return { kind: 'ok', field };
    }

    /**
     * Kills the first server once the coding worker holds a task mid-run, preferably while the inference worker holds
     * a run too (for at most 3 s; at most 15 s of waiting in all).
     */
    async function killWhenWorkerBusy(): Promise<void> {
      const since = Date.now();
      for (const deadline = since + 15_000; Date.now() < deadline; await sleep(5)) {
        // Mid-run: a step or a batch made, not just claimed.
        const task = await db
          .selectFrom('task')
          .select('id')
          .where('projectId', '=', projectId)
          .where('kind', '=', 'CODING')
          .where('status', '=', 'IN_PROGRESS')
          .where('sourceStatus', '=', 'progress')
          .executeTakeFirst();
        const run = await db
          .selectFrom('inferenceRun')
          .select('id')
          .where('projectId', '=', projectId)
          .where('status', '=', 'IN_PROGRESS')
          .where('totalPredictions', '>', 0)
          .executeTakeFirst();
        if (task && (run || Date.now() - since > 3000)) {
          busySeenBeforeKill = true;
          break;
        }
      }
      killIssued = true;
      first.proc.kill('SIGKILL');
      await first.exited;
    }

    const TASK_CREATE =
      'mutation($input: TaskCreateInput!) { taskCreate(input: $input) { task { id status } userErrors { code message } } }';
    const stopped = () => killIssued;

    async function createTask(url: string, externalId: string, metadata: unknown): Promise<string | null> {
      const r = await send(url, TASK_CREATE, { input: { projectId, externalId, metadata } });
      if (r.kind !== 'ok') return null;
      tasks.set(r.field.task.id, { externalId, metadata, status: 'PENDING', maybe: [] });
      return r.field.task.id;
    }

    // Task lifecycle: create, then complete, cancel, fail or leave open.
    async function lifecycleClient(url: string, c: number) {
      const rng = seededRandom(SEED * 31 + c);
      for (let i = 0; i < MAX_ROUNDS && !stopped(); i++) {
        const id = await createTask(url, `life-${c}-${i}`, { client: c, i, nested: { tag: `t${i}` } });
        if (!id) return;
        const roll = rng();
        const [mutation, to] =
          roll < 0.35
            ? ['taskComplete(id: $id)', 'COMPLETED']
            : roll < 0.6
              ? ['taskCancel(id: $id)', 'CANCELED']
              : roll < 0.75
                ? ['taskFail(id: $id, errors: [{ type: "PROMPT_INFEASIBLE", message: "no" }])', 'FAILED']
                : [null, null];
        if (!mutation) continue;
        const entry = tasks.get(id)!;
        entry.maybe = [to];
        const r = await send(
          url,
          `mutation($id: ID!) { ${mutation} { task { id status } userErrors { code message } } }`,
          { id },
        );
        if (r.kind !== 'ok') return;
        entry.status = to!;
        entry.maybe = [];
      }
    }

    // Annotations: a task, three INTEGER annotations on it, each set to a new value once.
    async function annotationClient(url: string, c: number) {
      for (let i = 0; i < MAX_ROUNDS && !stopped(); i++) {
        const taskId = await createTask(url, `ann-${c}-${i}`, {});
        if (!taskId) return;
        for (let j = 0; j < 3; j++) {
          const key = `q${j}`;
          const created = await send(
            url,
            'mutation($input: AnnotationCreateInput!) { annotationCreate(input: $input) { annotation { id value } userErrors { code message } } }',
            {
              input: { targetId: taskId, key, type: 'INTEGER', value: i * 10 + j },
            },
          );
          if (created.kind !== 'ok') return;
          const id = created.field.annotation.id;
          const entry = { taskId, key, value: i * 10 + j, maybe: [1000 + i * 10 + j] };
          annotations.set(id, entry);
          const set = await send(
            url,
            'mutation($id: ID!, $v: JSON) { annotationSetValue(id: $id, input: { value: $v }) { annotation { id value } userErrors { code message } } }',
            { id, v: 1000 + i * 10 + j },
          );
          if (set.kind !== 'ok') return;
          entry.value = 1000 + i * 10 + j;
          entry.maybe = [];
        }
      }
    }

    // Conversations: a task, a thread, a turn and two messages with 1 to 4 chunks each.
    async function conversationClient(url: string, c: number) {
      const rng = seededRandom(SEED * 37 + c);
      for (let i = 0; i < MAX_ROUNDS && !stopped(); i++) {
        const taskId = await createTask(url, `conv-${c}-${i}`, {});
        if (!taskId) return;
        const thread = await send(
          url,
          'mutation($t: ID!) { threadAppend(input: { taskId: $t }) { thread { id } userErrors { code message } } }',
          { t: taskId },
        );
        if (thread.kind !== 'ok') return;
        const turn = await send(
          url,
          'mutation($t: ID!) { turnAppend(input: { threadId: $t }) { turn { id } userErrors { code message } } }',
          { t: thread.field.thread.id },
        );
        if (turn.kind !== 'ok') return;
        for (let j = 0; j < 2; j++) {
          const k = intBetween(rng, 1, 4);
          const text = `m-${c}-${i}-${j} chunks=${k}`;
          const chunks = Array.from({ length: k }, (_v, x) => `${text}/c${x}`);
          const r = await send(
            url,
            'mutation($input: MessageAppendInput!) { messageAppend(input: $input) { message { id } userErrors { code message } } }',
            {
              input: {
                turnId: turn.field.turn.id,
                role: j === 0 ? 'USER' : 'ASSISTANT',
                text,
                chunks: chunks.map((t) => ({ text: t })),
              },
            },
          );
          if (r.kind !== 'ok') return;
          messages.set(r.field.message.id, { text, chunks });
        }
      }
    }

    // Scale imports: two records per call, each a task with its whole conversation and annotations.
    async function importClient(url: string, c: number) {
      for (let i = 0; i < MAX_ROUNDS && !stopped(); i++) {
        const ids = [0, 1].map((j) => `imp-${c}-${i}-${j}`);
        const r = await send(
          url,
          'mutation($input: TaskImportScaleInput!) { taskImportScale(input: $input) { summary { created failed } userErrors { code message } } }',
          {
            input: { projectId, tasks: ids.map((task_id) => ({ ...scaleSeed, task_id })) },
          },
        );
        if (r.kind !== 'ok') return;
        if (r.field.summary.created !== 2)
          unexpected.push(`import ${ids.join(', ')} answered ${JSON.stringify(r.field.summary)}`);
        imports.push(...ids);
      }
    }

    const resultsOf = (sessionId: string) =>
      Array.from({ length: (sessionId.length % 4) + 1 }, (_v, j) => `${sessionId}/o${j}`);
    // Search sessions: numbers in the collecting batch (two clients race for them).
    async function sessionClient(url: string, c: number) {
      for (let i = 0; i < MAX_ROUNDS && !stopped(); i++) {
        const sessionId = `ses-${c}-${i}`;
        const results = resultsOf(sessionId);
        const r = await send(
          url,
          'mutation($input: SearchSessionRegisterInput!) { searchSessionRegister(input: $input) { session { id sessionNumber } userErrors { code message } } }',
          {
            input: {
              projectId,
              sessionId,
              searchQuery: { q: sessionId },
              searchResults: results.map((objectId) => ({ objectId })),
            },
          },
        );
        if (r.kind !== 'ok') return;
        sessions.set(sessionId, { id: r.field.session.id, number: r.field.session.sessionNumber, results });
      }
    }

    const responsesFor = (type: 'CODE' | 'TRAIN', chunk: number) =>
      Array.from({ length: CHUNK_RESPONSES }, (_v, n) => ({
        setId: `s${chunk}-${n}`,
        variableId: 'color',
        value: COLORS[n % COLORS.length],
        ...(type === 'TRAIN'
          ? { status: 'CODING_COMPLETE', code: (n % COLORS.length) + 1, score: 1 }
          : { status: 'VALUE_CHANGED' }),
      }));
    // Coding tasks: create (CODE with the seeded coder, or TRAIN), two data chunks, commit; the worker runs them.
    // They start shortly before the kill's threshold, so that the worker has a queue when it comes.
    async function codingClient(url: string, c: number) {
      while (acks < killAfter - 50 && !stopped()) await sleep(10);
      for (let i = 0; i < MAX_CODING_TASKS && !stopped(); i++) {
        const type: 'CODE' | 'TRAIN' = (i + c) % 3 === 0 ? 'TRAIN' : 'CODE';
        const label = `${type.toLowerCase()}-${c}-${i}`;
        const input =
          type === 'TRAIN'
            ? { projectId, type, label, instructions: { minSupport: 1 } }
            : { projectId, type, label, coderId };
        const created = await send(
          url,
          'mutation($input: CodingTaskCreateInput!) { codingTaskCreate(input: $input) { task { id } userErrors { code message } } }',
          { input },
        );
        if (created.kind !== 'ok') return;
        const id = created.field.task.id;
        coding.set(id, { type, label, chunks: [], committed: false });
        for (let k = 0; k < 2; k++) {
          const r = await send(
            url,
            'mutation($id: ID!, $r: [CodingResponseInput!]!) { taskDataAdd(taskId: $id, responses: $r) { chunk { id responseCount } userErrors { code message } } }',
            { id, r: responsesFor(type, k) },
          );
          if (r.kind !== 'ok') return;
          coding.get(id)!.chunks.push(r.field.chunk.id);
        }
        const committed = await send(
          url,
          'mutation($id: ID!) { taskCommit(id: $id) { task { id status } userErrors { code message } } }',
          { id },
        );
        if (committed.kind !== 'ok') return;
        coding.get(id)!.committed = true;
      }
    }

    // Inference runs over the labeling tasks, one every 150 ms from just before the kill's threshold on (the kill waits
    // for a run in progress): the worker runs faster than the clients are answered, so earlier runs would be finished.
    async function inferenceClient(url: string) {
      while (acks < killAfter - 10 && !stopped()) await sleep(10);
      for (let i = 0; i < MAX_RUNS && !stopped(); i++) {
        const r = await send(
          url,
          'mutation($input: InferenceRunCreateInput!) { inferenceRunCreate(input: $input) { run { id } userErrors { code message } } }',
          {
            input: { versionId, projectId, projectSubset: 'CUSTOM', taskIds: labelingTasks },
          },
        );
        if (r.kind !== 'ok') return;
        runs.push(r.field.run.id);
        await sleep(150);
      }
    }

    await Promise.all([
      lifecycleClient(first.url, 0),
      lifecycleClient(first.url, 1),
      annotationClient(first.url, 0),
      conversationClient(first.url, 0),
      importClient(first.url, 0),
      sessionClient(first.url, 0),
      sessionClient(first.url, 1),
      codingClient(first.url, 0),
      codingClient(first.url, 1),
      inferenceClient(first.url),
    ]);
    await killing;
    const killedAfterMs = Date.now() - started;
    expect(killIssued).toBe(true); // the clients were stopped by the kill, not by running out of rounds
    expect(await first.exited).toBe('SIGKILL');
    expect(unexpected).toEqual([]);
    expect(acks).toBeGreaterThanOrEqual(killAfter);

    // ---- the database as the kill left it
    if (sqliteFile) expectSqliteIntact(sqliteFile);
    const atKill = await db
      .selectFrom('task')
      .select(['id', 'status'])
      .where('projectId', '=', projectId)
      .where('kind', '=', 'CODING')
      .execute();
    const cutOff = atKill.filter((t) => t.status === 'IN_PROGRESS').map((t) => t.id);
    const queued = atKill.filter((t) => t.status === 'PENDING').map((t) => t.id);
    const runsAtKill = await db
      .selectFrom('inferenceRun')
      .select(['id', 'status', 'totalPredictions'])
      .where('projectId', '=', projectId)
      .execute();
    const runsCutOff = runsAtKill.filter((r) => r.status === 'IN_PROGRESS').map((r) => r.id);
    // The kill came while the coding worker held a task mid-run (mostly the inference worker a run too): those
    // must be resumed after their lease, not lost.
    expect(busySeenBeforeKill).toBe(true);
    expect(cutOff.length).toBeGreaterThanOrEqual(1);
    // One of them had made steps (the kill poll waited for that; another may just have been claimed after it).
    const progressAtKill = await db
      .selectFrom('taskEvent')
      .select('taskId')
      .where('taskId', 'in', cutOff)
      .where('kind', '=', 'PROGRESS')
      .execute();
    expect(progressAtKill.length).toBeGreaterThan(0);

    // ---- restart on the same database; its worker runs what is PENDING and resumes what the lease left
    const second = await startChild();
    const restartedAfterMs = Date.now() - started;
    for (const deadline = Date.now() + 30_000; ; await sleep(100)) {
      const open = [
        ...(await db
          .selectFrom('task')
          .select('id')
          .where('projectId', '=', projectId)
          .where('kind', '=', 'CODING')
          .where('status', 'in', ['PENDING', 'IN_PROGRESS'])
          .execute()),
        ...(await db
          .selectFrom('inferenceRun')
          .select('id')
          .where('projectId', '=', projectId)
          .where('status', 'in', ['PENDING', 'IN_PROGRESS'])
          .execute()),
      ];
      if (open.length === 0) break;
      if (Date.now() > deadline)
        throw new Error(
          `jobs still open 30 s after the restart: ${open.map((t) => t.id).join(', ')}\n${second.output()}`,
        );
    }
    const jobsDoneAfterMs = Date.now() - started;
    // A lease longer: nothing may run (or finish) a second time. The second server also still takes writes.
    await sleep(LEASE_MS + 300);
    const after = await send(second.url, TASK_CREATE, {
      input: { projectId, externalId: 'after-restart', metadata: {} },
    });
    expect(after.kind).toBe('ok');
    second.proc.kill('SIGKILL');
    await second.exited;
    if (sqliteFile) expectSqliteIntact(sqliteFile);

    // ---- every acknowledged write is there, with its value, and every mutation is whole
    const allTasks = await db.selectFrom('task').selectAll().where('projectId', '=', projectId).execute();
    const taskById = new Map(allTasks.map((t) => [t.id, t]));
    const events = new Map<string, Record<string, number>>();
    for (const e of await db
      .selectFrom('taskEvent')
      .select(['taskId', 'kind', (eb) => eb.fn.countAll().as('n')])
      .where('projectId', '=', projectId)
      .groupBy(['taskId', 'kind'])
      .execute()) {
      (events.get(e.taskId) ?? events.set(e.taskId, {}).get(e.taskId)!)[e.kind] = count(e.n);
    }
    const eventsOf = (id: string) => events.get(id) ?? {};

    // Tasks (taskCreate, and the lifecycle changes): there, with their metadata and an acknowledged (or the
    // in-flight) status; every GenAI task's status and its events agree (the change and its event in one transaction).
    for (const [id, want] of tasks) {
      const row = taskById.get(id);
      expect(row && { externalId: row.externalId, metadata: JSON.parse(row.metadataJson) }).toEqual({
        externalId: want.externalId,
        metadata: want.metadata,
      });
      expect([want.status, ...want.maybe]).toContain(row!.status);
    }
    const genai = allTasks.filter((t) => t.kind === 'GENAI' && t.source === 'ANNOGRAPH');
    const lifecycleEvent = { COMPLETED: 'FINISH', CANCELED: 'ABORT', FAILED: 'FAIL' } as Record<string, string>;
    for (const t of genai) {
      const ev = eventsOf(t.id);
      const expected: Record<string, number> = {
        CREATE: 1,
        ...(lifecycleEvent[t.status] ? { [lifecycleEvent[t.status]]: 1 } : {}),
      };
      expect({ id: t.id, status: t.status, events: ev }).toEqual({ id: t.id, status: t.status, events: expected });
      if (t.status === 'COMPLETED') expect(t.completedAt).not.toBeNull();
      if (t.status === 'FAILED')
        expect(JSON.parse(t.errorsJson)).toEqual([{ type: 'PROMPT_INFEASIBLE', message: 'no' }]);
    }

    // Annotations: there, on their task, with the acknowledged (or in-flight) value.
    const annotationRows = new Map(
      (
        await db
          .selectFrom('annotation')
          .select(['id', 'taskId', 'key', 'level', 'valueJson'])
          .where('projectId', '=', projectId)
          .execute()
      ).map((a) => [a.id, a]),
    );
    for (const [id, want] of annotations) {
      const row = annotationRows.get(id);
      expect(row && { taskId: row.taskId, key: row.key, level: row.level }).toEqual({
        taskId: want.taskId,
        key: want.key,
        level: 'TASK',
      });
      expect([want.value, ...want.maybe]).toContain(JSON.parse(row!.valueJson!));
    }

    // Messages: there with exactly their chunks; every message (answered or not) has all the chunks it was sent with.
    const messageRows = await db
      .selectFrom('message')
      .select(['id', 'text'])
      .where('projectId', '=', projectId)
      .execute();
    const chunkTexts = new Map<string, string[]>();
    for (const ch of await db
      .selectFrom('messageChunk')
      .select(['messageId', 'text'])
      .where('projectId', '=', projectId)
      .execute()) {
      (chunkTexts.get(ch.messageId) ?? chunkTexts.set(ch.messageId, []).get(ch.messageId)!).push(ch.text);
    }
    const messageById = new Map(messageRows.map((m) => [m.id, m]));
    for (const [id, want] of messages) {
      expect({ text: messageById.get(id)?.text, chunks: (chunkTexts.get(id) ?? []).sort() }).toEqual({
        text: want.text,
        chunks: [...want.chunks].sort(),
      });
    }
    for (const m of messageRows.filter((x) => x.text?.startsWith('m-'))) {
      const k = Number(/chunks=(\d+)$/.exec(m.text ?? '')?.[1]);
      expect({ id: m.id, chunks: (chunkTexts.get(m.id) ?? []).length }).toEqual({ id: m.id, chunks: k });
    }

    // Scale imports: every acknowledged record is a task, and every imported task (answered or not) has the whole
    // subtree the reference import has (threads, turns, messages, chunks, annotations).
    const scaleTasks = allTasks.filter((t) => t.source === 'SCALE');
    const shapes = await subtreeShapes(
      db,
      scaleTasks.map((t) => t.id),
    );
    const referenceShape = shapes.get(scaleTasks.find((t) => t.externalId === 'imp-reference')!.id);
    expect(referenceShape).toMatch(/^1 threads/);
    const scaleByExternalId = new Map(scaleTasks.map((t) => [t.externalId, t]));
    for (const externalId of imports)
      expect(scaleByExternalId.has(externalId) ? externalId : `missing ${externalId}`).toBe(externalId);
    for (const t of scaleTasks)
      expect({ externalId: t.externalId, shape: shapes.get(t.id) }).toEqual({
        externalId: t.externalId,
        shape: referenceShape,
      });

    // Search sessions: there with their number and results; numbers 1..n in each batch, n its counter, no doubles.
    const sessionRows = await db
      .selectFrom('searchSession')
      .select(['id', 'externalId', 'batchId', 'sessionNumber', 'searchResultsJson'])
      .where('projectId', '=', projectId)
      .execute();
    const sessionByExternalId = new Map(sessionRows.map((s) => [s.externalId, s]));
    expect(sessionByExternalId.size).toBe(sessionRows.length);
    for (const [sessionId, want] of sessions) {
      const row = sessionByExternalId.get(sessionId);
      expect(row && { id: row.id, number: row.sessionNumber }).toEqual({ id: want.id, number: want.number });
    }
    for (const s of sessionRows)
      expect({
        s: s.externalId,
        results: JSON.parse(s.searchResultsJson).map((r: { objectId: string }) => r.objectId),
      }).toEqual({ s: s.externalId, results: resultsOf(s.externalId) });
    const batches = await db
      .selectFrom('batch')
      .select(['id', 'sessionCounter'])
      .where('projectId', '=', projectId)
      .where('kind', '=', 'SESSIONS')
      .execute();
    for (const b of batches) {
      const numbers = sessionRows
        .filter((s) => s.batchId === b.id)
        .map((s) => s.sessionNumber)
        .sort((x, y) => x - y);
      expect({ batch: b.id, numbers }).toEqual({
        batch: b.id,
        numbers: Array.from({ length: b.sessionCounter }, (_v, i) => i + 1),
      });
    }
    expect(sessionRows.length).toBeGreaterThanOrEqual(sessions.size);

    // Coding tasks: acknowledged ones and their chunks there; every input chunk whole; every committed task (the
    // acknowledged, the in-flight that made it, the one cut off mid-run) COMPLETED once: one START, one FINISH,
    // one OUTPUT chunk of as many responses as its input (code) or one trained coder (train); the cut-off one resumed.
    const chunkRows = await db
      .selectFrom('dataChunk')
      .select(['id', 'taskId', 'type'])
      .where('projectId', '=', projectId)
      .execute();
    const responseCounts = new Map(
      (
        await db
          .selectFrom('codingResponse')
          .select(['chunkId', (eb) => eb.fn.countAll().as('n')])
          .where('projectId', '=', projectId)
          .groupBy('chunkId')
          .execute()
      ).map((r) => [r.chunkId, count(r.n)]),
    );
    const coders = await db.selectFrom('coder').select(['id', 'label']).where('projectId', '=', projectId).execute();
    for (const ch of chunkRows.filter((x) => x.type === 'INPUT'))
      expect({ chunk: ch.id, responses: responseCounts.get(ch.id) }).toEqual({
        chunk: ch.id,
        responses: CHUNK_RESPONSES,
      });
    for (const [id, want] of coding) {
      const row = taskById.get(id);
      expect(row && { label: row.label, type: row.codingType }).toEqual({ label: want.label, type: want.type });
      const stored = chunkRows.filter((x) => x.taskId === id && x.type === 'INPUT').map((x) => x.id);
      for (const chunk of want.chunks) expect(stored).toContain(chunk);
      if (want.committed) expect({ id, status: row!.status }).toEqual({ id, status: 'COMPLETED' });
    }
    const codingTasks = allTasks.filter((t) => t.kind === 'CODING');
    for (const t of codingTasks) {
      const ev = eventsOf(t.id);
      expect({ id: t.id, status: t.status, CREATE: ev.CREATE }).toEqual({
        id: t.id,
        status: t.status === 'DRAFT' ? 'DRAFT' : 'COMPLETED',
        CREATE: 1,
      });
      const outputs = chunkRows.filter((x) => x.taskId === t.id && x.type === 'OUTPUT');
      const trained = coders.filter((x) => x.label === `${t.label} (trained)`);
      if (t.status === 'DRAFT') {
        expect({
          id: t.id,
          COMMIT: ev.COMMIT,
          FINISH: ev.FINISH,
          outputs: outputs.length,
          trained: trained.length,
        }).toEqual({ id: t.id, COMMIT: undefined, FINISH: undefined, outputs: 0, trained: 0 });
        continue;
      }
      expect({
        id: t.id,
        COMMIT: ev.COMMIT,
        START: ev.START,
        FINISH: ev.FINISH,
        FAIL: ev.FAIL,
        leaseUntil: t.leaseUntil,
      }).toEqual({ id: t.id, COMMIT: 1, START: 1, FINISH: 1, FAIL: undefined, leaseUntil: null });
      const inputCount = chunkRows
        .filter((x) => x.taskId === t.id && x.type === 'INPUT')
        .reduce((n, x) => n + (responseCounts.get(x.id) ?? 0), 0);
      expect(inputCount).toBe(2 * CHUNK_RESPONSES);
      if (t.codingType === 'CODE') {
        expect({ id: t.id, outputs: outputs.map((o) => responseCounts.get(o.id)), trained: trained.length }).toEqual({
          id: t.id,
          outputs: [inputCount],
          trained: 0,
        });
      } else {
        expect({ id: t.id, outputs: outputs.length, trained: trained.map((x) => x.id) }).toEqual({
          id: t.id,
          outputs: 0,
          trained: [t.coderId],
        });
      }
      // Resumed (a WARNING) exactly when it was cut off mid-run by the kill.
      expect({ id: t.id, resumed: ev.WARNING ?? 0 }).toEqual({ id: t.id, resumed: cutOff.includes(t.id) ? 1 : 0 });
    }
    for (const id of [...cutOff, ...queued])
      expect({ id, status: taskById.get(id)?.status }).toEqual({ id, status: 'COMPLETED' });

    // Inference runs: every one (acknowledged or not) COMPLETED; each of its tasks predicted exactly once and marked
    // done; its totals count those predictions (a batch written twice would count twice); the version's score is
    // the runs' accuracy (the run's end and the score are one transaction).
    const runRows = await db.selectFrom('inferenceRun').selectAll().where('projectId', '=', projectId).execute();
    for (const id of runs) expect(runRows.map((r) => r.id)).toContain(id);
    const predictions = await db
      .selectFrom('annotation')
      .select(['inferenceRunId', 'taskId', 'valueJson'])
      .where('projectId', '=', projectId)
      .where('inferenceRunId', 'is not', null)
      .execute();
    const undone = await db
      .selectFrom('inferenceRunTask')
      .select(['runId', (eb) => eb.fn.countAll().as('n')])
      .where('done', '=', 0)
      .where('runId', 'in', [...runRows.map((r) => r.id), '-'])
      .groupBy('runId')
      .execute();
    expect(undone).toEqual([]);
    const version = await db
      .selectFrom('promptVersion')
      .select('score')
      .where('id', '=', versionId)
      .executeTakeFirstOrThrow();
    for (const run of runRows) {
      const mine = predictions.filter((p) => p.inferenceRunId === run.id);
      const perTask = new Set(mine.map((p) => p.taskId));
      expect({
        run: run.id,
        status: run.status,
        totalTasks: run.totalTasks,
        predictions: mine.length,
        tasks: perTask.size,
        totalPredictions: run.totalPredictions,
        leaseUntil: run.leaseUntil,
      }).toEqual({
        run: run.id,
        status: 'COMPLETED',
        totalTasks: RUN_TASKS,
        predictions: RUN_TASKS,
        tasks: RUN_TASKS,
        totalPredictions: mine.filter((p) => p.valueJson !== null).length,
        leaseUntil: null,
      });
      expect({ run: run.id, scored: run.totalScoredPredictions }).toEqual({ run: run.id, scored: 10 });
      expect(version.score).toBeCloseTo(run.totalCorrectPredictions / run.totalScoredPredictions, 9);
    }
    for (const id of runsCutOff) expect(runRows.find((r) => r.id === id)?.status).toBe('COMPLETED');

    if (process.env.KILL_VERBOSE) {
      process.stdout.write(
        `${DIALECT}: seed ${SEED}, killed after ${acks} acknowledgements (${killedAfterMs} ms; threshold ${killAfter}); ` +
          `restarted at ${restartedAfterMs} ms, jobs done at ${jobsDoneAfterMs} ms; ` +
          `${tasks.size} tasks, ${annotations.size} annotations, ${messages.size} messages, ${imports.length} imported, ${sessions.size} sessions, ` +
          `${coding.size} coding tasks (${[...coding.values()].filter((x) => x.committed).length} committed); at the kill ${cutOff.length} running, ${queued.length} queued; ` +
          `${runs.length} inference runs (${runsCutOff.length} running at the kill)\n`,
      );
    }
  }, 55_000);
});

/** PRAGMA integrity_check and foreign_key_check on a connection of its own, as a restarted server would open the file. */
function expectSqliteIntact(file: string) {
  const sqlite = new SQLite(file);
  try {
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  } finally {
    sqlite.close();
  }
}

/** Per task: how many threads, turns, messages, chunks and annotations it has, as one comparable string. */
async function subtreeShapes(db: Database, taskIds: string[]): Promise<Map<string, string>> {
  const shapes = new Map<string, number[]>(taskIds.map((id) => [id, [0, 0, 0, 0, 0]]));
  if (taskIds.length === 0) return new Map();
  const add = (rows: { taskId: string; n: unknown }[], i: number) =>
    rows.forEach((r) => (shapes.get(r.taskId)![i] = count(r.n)));
  add(
    await db
      .selectFrom('thread')
      .select(['taskId', (eb) => eb.fn.countAll().as('n')])
      .where('taskId', 'in', taskIds)
      .groupBy('taskId')
      .execute(),
    0,
  );
  add(
    await db
      .selectFrom('turn')
      .innerJoin('thread', 'thread.id', 'turn.threadId')
      .select(['thread.taskId', (eb) => eb.fn.countAll().as('n')])
      .where('thread.taskId', 'in', taskIds)
      .groupBy('thread.taskId')
      .execute(),
    1,
  );
  add(
    await db
      .selectFrom('message')
      .innerJoin('turn', 'turn.id', 'message.turnId')
      .innerJoin('thread', 'thread.id', 'turn.threadId')
      .select(['thread.taskId', (eb) => eb.fn.countAll().as('n')])
      .where('thread.taskId', 'in', taskIds)
      .groupBy('thread.taskId')
      .execute(),
    2,
  );
  add(
    await db
      .selectFrom('messageChunk')
      .innerJoin('message', 'message.id', 'messageChunk.messageId')
      .innerJoin('turn', 'turn.id', 'message.turnId')
      .innerJoin('thread', 'thread.id', 'turn.threadId')
      .select(['thread.taskId', (eb) => eb.fn.countAll().as('n')])
      .where('thread.taskId', 'in', taskIds)
      .groupBy('thread.taskId')
      .execute(),
    3,
  );
  add(
    await db
      .selectFrom('annotation')
      .select(['taskId', (eb) => eb.fn.countAll().as('n')])
      .where('taskId', 'in', taskIds)
      .groupBy('taskId')
      .execute(),
    4,
  );
  return new Map(
    [...shapes].map(([id, [threads, turns, msgs, chunks, anns]]) => [
      id,
      `${threads} threads ${turns} turns ${msgs} messages ${chunks} chunks ${anns} annotations`,
    ]),
  );
}
