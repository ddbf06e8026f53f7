import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here. Authorship (issue 19, DECISIONS.md D9): every annotation names who
// made it, as one of three kinds:
// - USER: a person writing through GraphQL (`author_user_id`; null once the user is gone).
// - CONTRIBUTOR: someone outside Annograph, by the system that knows them (`author_source`) and their id there
//   (`author_external_id`, e.g. Scale's `submissions[].contributor_id`; null when the source did not say who).
// - RUN: an inference run's prediction; the run and prompt version are the existing `inference_run_id` and
//   `prompt_version_id`.
// `author_key` is the author's identity in one comparable string (`user:<id>`, `contributor:<source>:<id>`,
// `run:<id>`), kept when the user or run is deleted: agreement groups by it and the author filter matches it.
// Existing rows: predictions become RUN; Scale rows the contributor of their thread's last submission (none known:
// an anonymous Scale contributor); other imported rows an anonymous contributor of their source; Annograph rows the
// user (or service token) the change log says created them, else an anonymous Annograph contributor.
const KINDS = `'USER','CONTRIBUTOR','RUN'`;

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .alterTable('annotation')
    .addColumn('author_kind', 'text', (c) =>
      c
        .notNull()
        .defaultTo('CONTRIBUTOR')
        .check(sql.raw(`author_kind in (${KINDS})`)),
    )
    .execute();
  await db.schema
    .alterTable('annotation')
    .addColumn('author_user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('annotation').addColumn('author_source', 'text').execute();
  await db.schema.alterTable('annotation').addColumn('author_external_id', 'text').execute();
  await db.schema.alterTable('annotation').addColumn('author_key', 'text').execute();

  await sql`update annotation set author_kind = 'RUN', author_key = 'run:' || inference_run_id
    where inference_run_id is not null`.execute(db);
  const lastContributor = postgres
    ? sql`(select (t.submissions_json::jsonb -> -1) ->> 'contributorId' from thread t where t.id = annotation.thread_id)`
    : sql`(select json_extract(t.submissions_json, '$[#-1].contributorId') from thread t where t.id = annotation.thread_id)`;
  await sql`update annotation set author_kind = 'CONTRIBUTOR', author_source = 'SCALE',
    author_external_id = ${lastContributor} where source = 'SCALE' and author_key is null`.execute(db);
  // Other imported rows: an anonymous contributor of their source.
  await sql`update annotation set author_kind = 'CONTRIBUTOR', author_source = source
    where source not in ('SCALE', 'ANNOGRAPH') and author_key is null`.execute(db);
  // Annograph rows: who the change log says created them (a user, or a service token as authorOfActor names it).
  const creator = (kind: string) =>
    sql`(select c.actor_id from change c where c.object_id = annotation.id and c.type = 'ANNOTATION_CREATED'
      and c.actor_kind = ${kind})`;
  await sql`update annotation set author_kind = 'USER', author_user_id = ${creator('USER')}
    where author_key is null and exists (select 1 from app_user u where u.id = ${creator('USER')})`.execute(db);
  await sql`update annotation set author_key = 'user:' || author_user_id where author_kind = 'USER'`.execute(db);
  await sql`update annotation set author_kind = 'CONTRIBUTOR', author_source = 'ANNOGRAPH',
    author_external_id = ${creator('SERVICE_TOKEN')} where author_key is null and source = 'ANNOGRAPH'`.execute(db);
  await sql`update annotation set author_key = 'contributor:' || author_source || ':' || coalesce(author_external_id, '')
    where author_key is null`.execute(db);

  await db.schema
    .createIndex('annotation_author_idx')
    .on('annotation')
    .columns(['project_id', 'key', 'author_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('annotation_author_idx').execute();
  for (const column of ['author_key', 'author_external_id', 'author_source', 'author_user_id', 'author_kind'])
    await db.schema.alterTable('annotation').dropColumn(column).execute();
}
