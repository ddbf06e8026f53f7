import type { Kysely } from 'kysely';

// Frozen in time: never import app code here. Whether an annotation's author was named explicitly (issue 19):
// an imported annotation's own `contributor_id` (an Annograph extension of Scale's annotation), or
// annotationCreate's `author`, rather than derived (the thread's last submission, the caller). Scale export writes
// `contributor_id` back only for explicit ones, so a Scale file round-trips field for field. Existing rows: derived.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('annotation')
    .addColumn('author_explicit', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('annotation').dropColumn('author_explicit').execute();
}
