import type { RowBundle } from '../db/row-bundle';
import type { TaskStatus } from '../graphql/types.generated';
import type { BuildEnv } from './genai-task-builder';
import type { Viewer } from '../auth/viewer';
import type { Database } from '../db/database';
import { claimInferenceRun, drainInferenceRuns } from '../modules/inference-run/inference-worker';
import type { DemoGraphQL } from './demo-client';
import { contributorAuthor, runAuthor } from '../modules/annotation/annotation-author';

const REVIEWS: [string, string][] = [
  ['great product works well', 'pos'],
  ['terrible product broke fast', 'neg'],
  ['great quality works great', 'pos'],
  ['broke after a week terrible', 'neg'],
  ['works well great value', 'pos'],
  ['terrible support broke twice', 'neg'],
];
const WORD: Record<string, string> = {
  PENDING: 'Pending',
  IN_PROGRESS: 'InProgress',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
  CANCELED: 'Canceled',
};

/**
 * Rows of a labeling project with a sentiment prompt, written directly (test fixtures only: the demo seeds with
 * seedPromptDemo below, through the API and the worker).
 */
export function addPromptDemo(
  bundle: RowBundle,
  env: BuildEnv,
  organizationId: string,
  projectId: string,
  userId: string,
): void {
  const at = () => new Date(env.clock()).toISOString();
  const tasks = REVIEWS.map(([text, label], i) => {
    const id = env.newId('task');
    bundle.task.push({
      id,
      projectId,
      kind: 'LABELING',
      status: 'PENDING',
      sourceStatus: 'Pending',
      source: 'LABEL_STUDIO',
      externalId: String(500 + i),
      dataJson: JSON.stringify({ text }),
      createdAt: at(),
      updatedAt: at(),
    });
    if (i < 4) {
      bundle.annotation.push({
        id: env.newId('annotation'),
        projectId,
        taskId: id,
        level: 'TASK',
        source: 'LABEL_STUDIO',
        ...contributorAuthor('LABEL_STUDIO', null),
        key: 'sentiment',
        type: 'CATEGORY',
        sourceType: 'choices',
        valueJson: JSON.stringify(label),
        groundTruth: 1,
        createdAt: at(),
        updatedAt: at(),
      });
    }
    return id;
  });
  const promptId = env.newId('prompt');
  bundle.prompt.push({
    id: promptId,
    organizationId,
    title: 'Review sentiment',
    description: 'Positive or negative?',
    skillName: 'TEXT_CLASSIFICATION',
    inputFieldsJson: '["text"]',
    outputClassesJson: '["pos","neg"]',
    createdBy: userId,
    createdAt: at(),
    updatedAt: at(),
  });
  bundle.promptProject.push({ promptId, id: projectId });
  const versions = ['v1 zero-shot', 'v2 few-shot'].map((title, i) => {
    const id = env.newId('promptVersion');
    bundle.promptVersion.push({
      id,
      promptId,
      title,
      promptText: 'Classify the sentiment of {text}',
      provider: 'OFFLINE',
      providerModelId: 'offline-jaccard',
      maxFewShotExamples: i * 4,
      score: i === 1 ? 1 : 0.5,
      createdBy: userId,
      createdAt: at(),
      updatedAt: at(),
    });
    return id;
  });
  const statuses: TaskStatus[] = ['COMPLETED', 'IN_PROGRESS', 'PENDING', 'FAILED', 'CANCELED'];
  statuses.forEach((status, i) => {
    const id = env.newId('inferenceRun');
    const finished = status === 'COMPLETED' || status === 'FAILED' || status === 'CANCELED';
    const predicted = status === 'COMPLETED' ? 6 : status === 'IN_PROGRESS' || status === 'CANCELED' ? 3 : 0;
    bundle.inferenceRun.push({
      id,
      projectId,
      promptId,
      versionId: versions[i % 2],
      status,
      sourceStatus: WORD[status],
      projectSubset: 'ALL',
      createdBy: userId,
      createdAt: at(),
      triggeredAt: status === 'PENDING' ? null : at(),
      completedAt: finished ? at() : null,
      predictionsUpdatedAt: predicted ? at() : null,
      totalTasks: 6,
      totalPredictions: predicted,
      totalCorrectPredictions: Math.min(predicted, 4),
      totalScoredPredictions: Math.min(predicted, 4),
      failureReason: status === 'FAILED' ? 'the provider connection was removed' : null,
      // A running run held by a worker far ahead, so the demo's own worker leaves it be.
      claimedBy: status === 'IN_PROGRESS' ? 'demo-worker' : null,
      leaseUntil: status === 'IN_PROGRESS' ? '2099-01-01T00:00:00.000Z' : null,
    });
    tasks.forEach((taskId, t) => {
      bundle.inferenceRunTask.push({ runId: id, taskId, done: t < predicted ? 1 : 0 });
      if (t < predicted) {
        bundle.annotation.push({
          id: env.newId('annotation'),
          projectId,
          taskId,
          level: 'TASK',
          source: 'ANNOGRAPH',
          ...runAuthor(id),
          key: 'prediction',
          type: 'CATEGORY',
          sourceType: 'category',
          valueJson: JSON.stringify(REVIEWS[t][1]),
          possibleValuesJson: '["pos","neg"]',
          inferenceRunId: id,
          promptVersionId: versions[i % 2],
          createdAt: at(),
          updatedAt: at(),
        });
      }
    });
  });
}

/** Where the demo's seeding writes: the GraphQL client, the acting viewer and the workers' identity. */
export type SeedEnv = { gql: DemoGraphQL; db: Database; as: Viewer; workerId: string; leaseMs: number };

/**
 * The prompt demo through the API and the worker a user runs: labeling tasks with ground truth, a sentiment prompt
 * with two OFFLINE versions and a hosted one, and runs in every status. Completed and failed runs are run by the
 * inference worker (their totals and the versions' scores are what it computed); a canceled one was canceled
 * before it started; the running one is held by the seeder's worker with a short lease (the server's worker takes
 * it over once the lease runs out); the pending one waits for the server's worker.
 */
export async function seedPromptDemo(env: SeedEnv, organizationId: string, projectId: string): Promise<void> {
  const { gql, as } = env;
  for (const [i, [text, label]] of REVIEWS.entries()) {
    const { taskCreate } = await gql(
      as,
      `mutation($input: TaskCreateInput!) { taskCreate(input: $input) { task { id } userErrors { field message code } } }`,
      { input: { projectId, kind: 'LABELING', externalId: String(500 + i), data: { text } } },
    );
    if (i < 4) {
      await gql(
        as,
        `mutation($input: AnnotationCreateInput!) { annotationCreate(input: $input) { annotation { id } userErrors { field message code } } }`,
        {
          input: {
            targetId: taskCreate.task.id,
            key: 'sentiment',
            type: 'CATEGORY',
            sourceType: 'choices',
            value: label,
            possibleValues: ['pos', 'neg'],
            groundTruth: true,
          },
        },
      );
    }
  }
  const { promptCreate } = await gql(
    as,
    `mutation($input: PromptCreateInput!) { promptCreate(input: $input) { prompt { id } userErrors { field message code } } }`,
    {
      input: {
        organizationId,
        title: 'Review sentiment',
        description: 'Positive or negative?',
        skill: 'TEXT_CLASSIFICATION',
        inputFields: ['text'],
        outputClasses: ['pos', 'neg'],
        associatedProjectIds: [projectId],
      },
    },
  );
  const promptId: string = promptCreate.prompt.id;
  const { providerConnectionCreate } = await gql(
    as,
    `mutation($input: ProviderConnectionCreateInput!) { providerConnectionCreate(input: $input) { connection { id } userErrors { field message code } } }`,
    { input: { organizationId, name: 'Hosted model (no base URL yet)', provider: 'CUSTOM' } },
  );
  const version = async (title: string, extra: Record<string, unknown>) => {
    const { promptVersionCreate } = await gql(
      as,
      `mutation($input: PromptVersionCreateInput!) { promptVersionCreate(input: $input) { version { id } userErrors { field message code } } }`,
      { input: { promptId, title, promptText: 'Classify the sentiment of the review as pos or neg.', ...extra } },
    );
    return promptVersionCreate.version.id as string;
  };
  const zeroShot = await version('v1 zero-shot', {
    provider: 'OFFLINE',
    providerModelId: 'offline-jaccard',
    maxFewShotExamples: 0,
  });
  const fewShot = await version('v2 few-shot', {
    provider: 'OFFLINE',
    providerModelId: 'offline-jaccard',
    maxFewShotExamples: 4,
  });
  const hosted = await version('v3 hosted', {
    provider: 'CUSTOM',
    providerModelId: 'acme-sentiment-1',
    connectionId: providerConnectionCreate.connection.id,
  });
  const run = async (versionId: string) => {
    const { inferenceRunCreate } = await gql(
      as,
      `mutation($input: InferenceRunCreateInput!) { inferenceRunCreate(input: $input) { run { id } userErrors { field message code } } }`,
      { input: { versionId, projectId, projectSubset: 'ALL' } },
    );
    return inferenceRunCreate.run.id as string;
  };
  // COMPLETED twice and FAILED (its connection has no base URL): run to their end by the inference worker.
  await run(zeroShot);
  await run(fewShot);
  await run(hosted);
  await drainInferenceRuns(env.db, { workerId: env.workerId, leaseMs: env.leaseMs });
  // CANCELED before a worker took it.
  const canceled = await run(zeroShot);
  await gql(as, `mutation($id: ID!) { inferenceRunCancel(id: $id) { run { id } userErrors { field message code } } }`, {
    id: canceled,
  });
  // IN_PROGRESS: claimed by the seeder's worker, which stops here; its short lease lets the server's worker resume it.
  await run(fewShot);
  if (!(await claimInferenceRun(env.db, { workerId: env.workerId, leaseMs: env.leaseMs })))
    throw new Error('demo seeding: no run to claim');
  // PENDING: the server's worker runs it at start.
  await run(zeroShot);
}
