import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { ChangeActorKind, ChangeType } from '../../graphql/types.generated';
import { newId, typenameOfId } from '../../ids';
import { announceChanges } from './change-signal';
import { insertChanges, isPostgres, takeSequences } from './change-writes.repository';

// The writing side of the change log (issue 18, DECISIONS.md D9). A service records a change while it works, in its
// transaction; the records wait in memory and are written as the transaction's last statements (result.ts
// inTransaction), so on PostgreSQL the counter row's lock, which orders the sequences, is the last lock a
// transaction takes and is held only until its COMMIT: no deadlock with row locks, and sequence order is commit
// order. SQLite's single writer gives that order by itself.

/** Who made a change: a person, a service token, a worker, or Annograph itself. */
export type ChangeActor = { kind: ChangeActorKind; id: string | null };

export type ChangeRecord = {
  type: ChangeType;
  objectId: string;
  /** The GraphQL typename of the object, e.g. `Task`; taken from the id's prefix when not given. */
  objectType?: string;
  /** The object's project; null for organization-wide objects, which then name `organizationId`. */
  projectId: string | null;
  /** Taken from the project in SQL when not given. */
  organizationId?: string;
  /** ADMINS: memberships and tokens, shown only to admins of the project or organization. */
  audience?: 'MEMBERS' | 'ADMINS';
  by: ChangeActor;
  /** Small facts: changed fields, from/to, progress. Never a secret. */
  payload?: Record<string, unknown>;
};

export const SYSTEM_ACTOR: ChangeActor = { kind: 'SYSTEM', id: null };

/** The actor of a request: its person, its service token, or (the CLI's system actor) Annograph itself. */
export function changeActorOf(actor: Actor): ChangeActor {
  const viewer = actor.viewer;
  if (viewer.kind === 'user') return { kind: 'USER', id: viewer.userId };
  if (viewer.kind === 'service') return { kind: 'SERVICE_TOKEN', id: viewer.tokenId };
  return SYSTEM_ACTOR;
}

export const workerActor = (workerId: string): ChangeActor => ({ kind: 'WORKER', id: workerId });

const pending = new WeakMap<Database, ChangeRecord[]>();

/** Records a change in the transaction `trx` (written when it commits; gone with it when it rolls back). */
export function recordChange(trx: Database, change: ChangeRecord): void {
  if (!trx.isTransaction) throw new Error(`${change.type}: a change is recorded in the transaction of the change`);
  const list = pending.get(trx);
  if (list) list.push(change);
  else pending.set(trx, [change]);
}

/**
 * Writes the changes recorded in `trx`: the last statements of the transaction (transactionWithChanges calls it
 * before COMMIT). One multi-row INSERT whatever their number (up to 1,000), after the counter's increment on
 * PostgreSQL.
 */
export async function writeRecordedChanges(trx: Database): Promise<boolean> {
  const records = pending.get(trx);
  if (!records?.length) return false;
  pending.delete(trx);
  const last = isPostgres(trx) ? await takeSequences(trx, records.length) : null;
  const createdAt = new Date().toISOString();
  await insertChanges(
    trx,
    records.map((r, i) => ({
      sequence: last === null ? null : last - records.length + 1 + i,
      id: newId('change'),
      type: r.type,
      objectType: r.objectType ?? typenameOfId(r.objectId) ?? 'Unknown',
      objectId: r.objectId,
      projectId: r.projectId,
      organizationId: r.organizationId ?? null,
      audience: r.audience ?? 'MEMBERS',
      actorKind: r.by.kind,
      actorId: r.by.id,
      payloadJson: JSON.stringify(r.payload ?? {}),
      createdAt,
    })),
  );
  return true;
}

/** Runs `work` in a transaction that writes the changes it records, and wakes the subscribers after COMMIT. */
export async function transactionWithChanges<T>(db: Database, work: (trx: Database) => Promise<T>): Promise<T> {
  let wrote = false;
  const value = await db.transaction().execute(async (trx) => {
    const result = await work(trx);
    wrote = await writeRecordedChanges(trx);
    return result;
  });
  if (wrote) announceChanges();
  return value;
}
