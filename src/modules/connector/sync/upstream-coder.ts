import type { Database } from '../../../db/database';
import type { CoderKind, Source } from '../../../graphql/types.generated';
import { newId } from '../../../ids';
import { findCoderByExternalId, insertCoder, updateCoderLabel } from '../../coder/coder.repository';
import type { SyncTarget } from './page-writer';

/**
 * The project's coder of an upstream's coder or model (by its external id): made once, its label kept as the
 * upstream names it. Answers its id. Runs in the record's transaction.
 */
export async function upstreamCoder(
  trx: Database,
  target: SyncTarget,
  coder: { source: Source; kind: CoderKind; externalId: string; label: string },
): Promise<string> {
  const now = new Date().toISOString();
  const found = await findCoderByExternalId(trx, target.projectId, coder.source, coder.externalId);
  if (found) {
    if (found.label !== coder.label) await updateCoderLabel(trx, found.id, coder.label, now);
    return found.id;
  }
  const id = newId('coder');
  await insertCoder(trx, { id, projectId: target.projectId, ...coder, createdAt: now, updatedAt: now });
  return id;
}
