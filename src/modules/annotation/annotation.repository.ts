import type { Database } from '../../db/database';
import type { InsertableAnnotationRow, UpdateableAnnotationRow } from '../../db/rows';

export function insertAnnotation(trx: Database, row: InsertableAnnotationRow) {
  return trx.insertInto('annotation').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The annotation as changed, or undefined when it is gone. */
export function updateAnnotation(trx: Database, id: string, set: UpdateableAnnotationRow) {
  return trx.updateTable('annotation').set(set).where('id', '=', id).returningAll().executeTakeFirst();
}

/** The id of the deleted annotation, or undefined when it was gone. */
export function deleteAnnotationById(trx: Database, id: string) {
  return trx.deleteFrom('annotation').where('id', '=', id).returning('id').executeTakeFirst();
}
