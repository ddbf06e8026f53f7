import type { ProjectPlan } from './demo-base';
import { hasOpenTaskInBatch, markBatchCompletedIfInProgress } from './demo.repository';
import type { SeedEnv } from './prompt-demo';

const BATCHES = [
  { name: 'pilot', staging: false },
  { name: 'wave-1', staging: false },
  { name: 'wave-2', staging: true },
];

/** Batches by batchCreate, tasks by taskImportScale; the pilot batch, all of whose tasks ended, is then COMPLETED. */
export async function seedGenAiProject(env: SeedEnv, project: ProjectPlan, pilotCompletedAt: string): Promise<void> {
  const { gql, as } = env;
  const batchIds = new Map<string, string>();
  for (const b of BATCHES) {
    const { batchCreate } = await gql(
      as,
      `mutation($input: BatchCreateInput!) { batchCreate(input: $input) { batch { id } userErrors { field message code } } }`,
      {
        input: {
          projectId: project.projectId,
          name: b.name,
          staging: b.staging,
          callback: 'https://hooks.example.test/scale',
          metadata: { wave: b.name },
        },
      },
    );
    batchIds.set(b.name, batchCreate.batch.id);
  }
  const { taskImportScale } = await gql(
    as,
    `mutation($input: TaskImportScaleInput!) { taskImportScale(input: $input) { summary { created failed failures { line reason } } userErrors { field message code } } }`,
    { input: { projectId: project.projectId, tasks: project.records } },
  );
  if (taskImportScale.summary.failed || taskImportScale.summary.created !== project.records.length) {
    throw new Error(`demo seeding: the import refused ${JSON.stringify(taskImportScale.summary)}`);
  }
  // No mutation completes a batch (Scale does it when its work is done): the one direct write of a status here,
  // guarded by what it claims: no task of the batch is still open.
  const pilot = batchIds.get('pilot')!;
  if (await hasOpenTaskInBatch(env.db, pilot)) throw new Error('demo seeding: the pilot batch has an open task');
  await markBatchCompletedIfInProgress(env.db, pilot, pilotCompletedAt);
}
