import type { Insertable, Updateable } from 'kysely';
import type { Database } from '../../db/database';
import type { ConnectorRow, ConnectorRunRow } from '../../db/rows';
import type { DB } from '../../db/types.generated';
import { claimJobById, findClaimableJobId, updateHeldJob } from '../../jobs/leased-job.repository';

// Every query of connectors and their runs; a run's claim and held writes are the leased-job queries
// (src/jobs/leased-job.repository.ts): a run whose connector was deleted or that was taken over writes nothing.

export function insertConnector(db: Database, row: Insertable<DB['connector']>): Promise<ConnectorRow> {
  return db.insertInto('connector').values(row).returningAll().executeTakeFirstOrThrow();
}

export function updateConnectorById(db: Database, id: string, set: Updateable<DB['connector']>) {
  return db.updateTable('connector').set(set).where('id', '=', id).returningAll().executeTakeFirst();
}

export function deleteConnectorById(db: Database, id: string) {
  return db.deleteFrom('connector').where('id', '=', id).returning('id').executeTakeFirst();
}

/** A project's connector of this kind and base URL (the CLI reuses it), the oldest when there are several. */
export function findConnectorByTarget(db: Database, projectId: string, kind: ConnectorRow['kind'], baseUrl: string) {
  return db
    .selectFrom('connector')
    .selectAll()
    .where('projectId', '=', projectId)
    .where('kind', '=', kind)
    .where('baseUrl', '=', baseUrl)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export function findConnectorById(db: Database, id: string): Promise<ConnectorRow | undefined> {
  return db.selectFrom('connector').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a PENDING run; throws a unique violation when the connector has a PENDING or IN_PROGRESS run already. */
export function insertConnectorRun(db: Database, row: Insertable<DB['connectorRun']>): Promise<ConnectorRunRow> {
  return db.insertInto('connectorRun').values(row).returningAll().executeTakeFirstOrThrow();
}

export function findActiveRun(db: Database, connectorId: string) {
  return db
    .selectFrom('connectorRun')
    .select(['id', 'status'])
    .where('connectorId', '=', connectorId)
    .where('status', 'in', ['PENDING', 'IN_PROGRESS'])
    .executeTakeFirst();
}

export function findConnectorRunById(db: Database, id: string): Promise<ConnectorRunRow | undefined> {
  return db.selectFrom('connectorRun').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The first claimable run in id order, with its status (PENDING, or IN_PROGRESS for a takeover). */
export const findClaimableRunId = (db: Database, now: string) => findClaimableJobId(db, 'connectorRun', now);

/** Claims a run if it is still claimable (one conditional update); undefined when another worker was first. */
export const claimRunById = (db: Database, id: string, now: string, workerId: string, leaseUntil: string) =>
  claimJobById(db, 'connectorRun', id, now, workerId, leaseUntil);

/** A held write: the run's progress, lease or end; undefined when it is no longer this worker's. */
export const updateHeldRun = (db: Database, id: string, workerId: string, set: Updateable<DB['connectorRun']>) =>
  updateHeldJob(db, 'connectorRun', id, workerId, set);

/** Connectors whose schedule is due, oldest due first. */
export function findDueConnectors(db: Database, now: string, limit: number) {
  return db
    .selectFrom('connector')
    .select(['id', 'projectId', 'nextRunAt', 'intervalMinutes'])
    .where('nextRunAt', '<=', now)
    .orderBy('nextRunAt')
    .limit(limit)
    .execute();
}

/** Moves a schedule on, if no other instance did first (conditional on the due time read): true when this one did. */
export async function advanceSchedule(db: Database, id: string, due: string, next: string): Promise<boolean> {
  const row = await db
    .updateTable('connector')
    .set({ nextRunAt: next })
    .where('id', '=', id)
    .where('nextRunAt', '=', due)
    .returning('id')
    .executeTakeFirst();
  return !!row;
}
