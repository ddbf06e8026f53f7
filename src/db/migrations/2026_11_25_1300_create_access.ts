import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here.
const PROJECT_ROLES = `'VIEWER','ANNOTATOR','REVIEWER','MANAGER','ADMIN','OWNER'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organization_member')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('OWNER','ADMIN','MEMBER')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('organization_member_unique', ['organization_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('organization_member_user_idx')
    .on('organization_member')
    .columns(['user_id', 'organization_id'])
    .execute();

  await db.schema
    .createTable('project_member')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('project_id', 'text', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql.raw(`role in (${PROJECT_ROLES})`)))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('project_member_unique', ['project_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('project_member_user_idx')
    .on('project_member')
    .columns(['user_id', 'project_id'])
    .execute();

  // A token belongs to a person (user_id) or, as a service token, to an organization with a fixed role.
  await db.schema
    .createTable('api_token')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('app_user.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.references('organization.id').onDelete('cascade'))
    .addColumn('service_role', 'text', (c) => c.check(sql.raw(`service_role in (${PROJECT_ROLES})`)))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .addCheckConstraint(
      'api_token_owner',
      sql`(user_id is not null and organization_id is null and service_role is null) or (user_id is null and organization_id is not null and service_role is not null)`,
    )
    .execute();
  await db.schema.createIndex('api_token_user_idx').on('api_token').columns(['user_id', 'id']).execute();
  await db.schema
    .createIndex('api_token_organization_idx')
    .on('api_token')
    .columns(['organization_id', 'id'])
    .execute();

  // Facts about this installation, e.g. that the demo seeder wrote its data (demo mode).
  await db.schema
    .createTable('instance_setting')
    .addColumn('key', 'text', (c) => c.primaryKey().notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['instance_setting', 'api_token', 'project_member', 'organization_member']) {
    await db.schema.dropTable(table).execute();
  }
}
