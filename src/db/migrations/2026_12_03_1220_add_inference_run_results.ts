import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here. Issue 16: what an inference run made of each of its tasks.
// - inference_run_task gets its result, written with the prediction in one transaction: `id` is the prediction's
//   annotation id (null until the task is predicted; no foreign key, the result outlives a deleted annotation),
//   `ground_truth_id` the ground-truth annotation it was scored against, `correct` 1/0 (null without ground truth or
//   when the provider call failed), `error` the provider's failure.
// - inference_run counts the failed calls, so `progress` reaches 1 when every task has been tried.
// - Predictions are found by run (and the foreign keys' ON DELETE SET NULL of a run or version finds its
//   annotations) through partial indexes: most annotations are not predictions.
// Runs written before this migration get their results from the predictions they left (scored against the task's
// newest ground truth now).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('inference_run_task').addColumn('id', 'text').execute();
  await db.schema.alterTable('inference_run_task').addColumn('ground_truth_id', 'text').execute();
  await db.schema.alterTable('inference_run_task').addColumn('correct', 'integer').execute();
  await db.schema.alterTable('inference_run_task').addColumn('error', 'text').execute();
  await db.schema
    .alterTable('inference_run')
    .addColumn('total_failed_predictions', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('annotation_inference_run_idx')
    .on('annotation')
    .columns(['inference_run_id', 'task_id'])
    .where(sql.ref('inference_run_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('annotation_prompt_version_idx')
    .on('annotation')
    .column('prompt_version_id')
    .where(sql.ref('prompt_version_id'), 'is not', null)
    .execute();

  await sql`update inference_run_task set id = (
      select a.id from annotation a where a.inference_run_id = inference_run_task.run_id and a.task_id = inference_run_task.task_id and a.level = 'TASK' order by a.id limit 1)
    where done = 1`.execute(db);
  await sql`update inference_run_task set
      error = (select a.justification from annotation a where a.id = inference_run_task.id and a.value_json is null),
      ground_truth_id = (select g.id from annotation g where g.task_id = inference_run_task.task_id and g.ground_truth = 1 and g.level = 'TASK' order by g.id desc limit 1)
    where id is not null`.execute(db);
  await sql`update inference_run_task set correct = case
      when (select p.value_json from annotation p where p.id = inference_run_task.id) = (select g.value_json from annotation g where g.id = inference_run_task.ground_truth_id) then 1 else 0 end
    where ground_truth_id is not null and (select p.value_json from annotation p where p.id = inference_run_task.id) is not null`.execute(
    db,
  );
  await sql`update inference_run set total_failed_predictions = (
      select count(*) from inference_run_task t inner join annotation a on a.id = t.id where t.run_id = inference_run.id and a.value_json is null)`.execute(
    db,
  );

  // A run's results in task order (the PK (run_id, task_id) has no id for the tie-break), predicted ones only.
  await db.schema
    .createIndex('inference_run_task_result_idx')
    .on('inference_run_task')
    .columns(['run_id', 'task_id', 'id'])
    .where(sql.ref('id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('inference_run_task_result_idx').execute();
  await db.schema.dropIndex('annotation_prompt_version_idx').execute();
  await db.schema.dropIndex('annotation_inference_run_idx').execute();
  await db.schema.alterTable('inference_run').dropColumn('total_failed_predictions').execute();
  for (const column of ['error', 'correct', 'ground_truth_id', 'id'])
    await db.schema.alterTable('inference_run_task').dropColumn(column).execute();
}
