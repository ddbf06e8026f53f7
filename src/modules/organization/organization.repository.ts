import type { Database } from '../../db/database';
import { newId } from '../../ids';

export function findOrganizationBySlug(db: Database, slug: string) {
  return db.selectFrom('organization').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function insertOrganization(db: Database, values: { slug: string; name: string }) {
  return db
    .insertInto('organization')
    .values({ id: newId('organization'), ...values, createdAt: new Date().toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateOrganizationById(db: Database, id: string, values: { name: string }) {
  return db.updateTable('organization').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}
