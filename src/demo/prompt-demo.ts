import type { RowBundle } from '../db/row-bundle';
import type { TaskStatus } from '../graphql/types.generated';
import type { BuildEnv } from './genai-task-builder';

const REVIEWS: [string, string][] = [
  ['great product works well', 'pos'], ['terrible product broke fast', 'neg'], ['great quality works great', 'pos'],
  ['broke after a week terrible', 'neg'], ['works well great value', 'pos'], ['terrible support broke twice', 'neg'],
];
const WORD: Record<string, string> = { PENDING: 'Pending', IN_PROGRESS: 'InProgress', COMPLETED: 'Completed', FAILED: 'Failed', CANCELED: 'Canceled' };

/** A labeling project with a sentiment prompt, two versions and a run in every status. */
export function addPromptDemo(bundle: RowBundle, env: BuildEnv, organizationId: string, projectId: string, userId: string): void {
  const at = () => new Date(env.clock()).toISOString();
  const tasks = REVIEWS.map(([text, label], i) => {
    const id = env.newId('task');
    bundle.task.push({ id, projectId, kind: 'LABELING', status: 'PENDING', sourceStatus: 'Pending', source: 'LABEL_STUDIO', externalId: String(500 + i), dataJson: JSON.stringify({ text }), createdAt: at(), updatedAt: at() });
    if (i < 4) {
      bundle.annotation.push({ id: env.newId('annotation'), projectId, taskId: id, level: 'TASK', source: 'LABEL_STUDIO', key: 'sentiment', type: 'CATEGORY', sourceType: 'choices', valueJson: JSON.stringify(label), groundTruth: 1, createdAt: at(), updatedAt: at() });
    }
    return id;
  });
  const promptId = env.newId('prompt');
  bundle.prompt.push({ id: promptId, organizationId, title: 'Review sentiment', description: 'Positive or negative?', skillName: 'TEXT_CLASSIFICATION', inputFieldsJson: '["text"]', outputClassesJson: '["pos","neg"]', createdBy: userId, createdAt: at(), updatedAt: at() });
  bundle.promptProject.push({ promptId, id: projectId });
  const versions = ['v1 zero-shot', 'v2 few-shot'].map((title, i) => {
    const id = env.newId('promptVersion');
    bundle.promptVersion.push({ id, promptId, title, promptText: 'Classify the sentiment of {text}', provider: 'OFFLINE', providerModelId: 'offline-jaccard', maxFewShotExamples: i * 4, score: i === 1 ? 1 : 0.5, createdBy: userId, createdAt: at(), updatedAt: at() });
    return id;
  });
  const statuses: TaskStatus[] = ['COMPLETED', 'IN_PROGRESS', 'PENDING', 'FAILED', 'CANCELED'];
  statuses.forEach((status, i) => {
    const id = env.newId('inferenceRun');
    const finished = status === 'COMPLETED' || status === 'FAILED' || status === 'CANCELED';
    const predicted = status === 'COMPLETED' ? 6 : status === 'IN_PROGRESS' || status === 'CANCELED' ? 3 : 0;
    bundle.inferenceRun.push({
      id, projectId, promptId, versionId: versions[i % 2], status, sourceStatus: WORD[status], projectSubset: 'ALL', createdBy: userId, createdAt: at(),
      triggeredAt: status === 'PENDING' ? null : at(), completedAt: finished ? at() : null, predictionsUpdatedAt: predicted ? at() : null,
      totalTasks: 6, totalPredictions: predicted, totalCorrectPredictions: Math.min(predicted, 4), totalScoredPredictions: Math.min(predicted, 4),
      failureReason: status === 'FAILED' ? 'the provider connection was removed' : null,
      // A running run held by a worker far ahead, so the demo's own worker leaves it be.
      claimedBy: status === 'IN_PROGRESS' ? 'demo-worker' : null, leaseUntil: status === 'IN_PROGRESS' ? '2099-01-01T00:00:00.000Z' : null,
    });
    tasks.forEach((taskId, t) => {
      bundle.inferenceRunTask.push({ runId: id, taskId, done: t < predicted ? 1 : 0 });
      if (t < predicted) {
        bundle.annotation.push({
          id: env.newId('annotation'), projectId, taskId, level: 'TASK', source: 'ANNOGRAPH', key: 'prediction', type: 'CATEGORY', sourceType: 'category',
          valueJson: JSON.stringify(REVIEWS[t][1]), possibleValuesJson: '["pos","neg"]', inferenceRunId: id, promptVersionId: versions[i % 2], createdAt: at(), updatedAt: at(),
        });
      }
    });
  });
}
