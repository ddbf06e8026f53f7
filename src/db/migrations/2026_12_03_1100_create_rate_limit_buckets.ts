import { type Kysely } from 'kysely';

// Frozen in time: never import app code here. One leaky bucket per API token (issue 15): the points left as of
// `updated_at_ms`; every instance applies its charges and the refill in one conditional upsert, so instances on one
// PostgreSQL share the bucket.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_bucket')
    .addColumn('token_id', 'text', (c) => c.primaryKey().notNull().references('api_token.id').onDelete('cascade'))
    .addColumn('available', 'double precision', (c) => c.notNull())
    .addColumn('updated_at_ms', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_bucket').execute();
}
