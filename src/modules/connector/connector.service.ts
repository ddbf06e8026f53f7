import type { Actor } from '../../auth/access';
import type { Database } from '../../db/database';
import type { ConnectorRow, ConnectorRunRow } from '../../db/rows';
import type { ConnectorCreateInput, ConnectorUpdateInput } from '../../graphql/types.generated';
import { newId } from '../../ids';
import type { OutboundPolicy } from '../../outbound/outbound-policy';
import type { SecretBox } from '../../secrets/secret-box';
import { changeActorOf, recordChange } from '../change/change-log';
import { actingUserId, mutationTarget, projectTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { failure, isUniqueViolation } from '../user-errors';
import { checkBaseUrl, checkCredentials, nextRunOf, parseOptions } from './connector-input';
import {
  deleteConnectorById,
  findActiveRun,
  insertConnector,
  insertConnectorRun,
  updateConnectorById,
} from './connector.repository';

// Connectors of a project (issue 21): MANAGER of the project configures and runs them. Credentials are sealed
// (SECRETS_KEY) before they are stored and never answered nor named in a change; URLs are vetted by the outbound
// guard when stored (and again at every call).

/** What the connector mutations need besides the database: the outbound guard and the secrets box. */
export type ConnectorDeps = { outbound: OutboundPolicy; secrets: SecretBox };
const now = () => new Date().toISOString();
const originOf = (url: string) => new URL(url).origin;

export async function createConnector(
  db: Database,
  actor: Actor,
  input: ConnectorCreateInput,
  deps: ConnectorDeps,
): Promise<Result<ConnectorRow>> {
  const authorized = await projectTarget(actor, 'Mutation.connectorCreate', input.projectId);
  if (isFailure(authorized)) return authorized;
  const settings = parseOptions(input.kind, input.options);
  if (isFailure(settings)) return settings;
  const problem = checkCredentials(input.kind, input.credentials) ?? (await checkBaseUrl(input.baseUrl, deps.outbound));
  if (problem) return problem;
  const credentials = input.credentials ? deps.secrets.seal(input.credentials) : null;
  return inTransaction(db, async (trx) => {
    const at = now();
    const row = await insertConnector(trx, {
      id: newId('connector'),
      projectId: input.projectId,
      kind: input.kind,
      baseUrl: input.baseUrl,
      credentials,
      optionsJson: JSON.stringify(settings.options),
      intervalMinutes: settings.intervalMinutes,
      nextRunAt: nextRunOf(settings.intervalMinutes),
      createdBy: actingUserId(actor),
      createdAt: at,
      updatedAt: at,
    });
    recordChange(trx, {
      type: 'CONNECTOR_CREATED',
      objectId: row.id,
      projectId: row.projectId,
      by: changeActorOf(actor),
      payload: { kind: row.kind },
    });
    return ok(row);
  });
}

export async function updateConnector(
  db: Database,
  actor: Actor,
  id: string,
  input: ConnectorUpdateInput,
  deps: ConnectorDeps,
): Promise<Result<ConnectorRow>> {
  const target = await mutationTarget(actor, 'Mutation.connectorUpdate', 'connector', id);
  if (isFailure(target)) return target;
  const set: Parameters<typeof updateConnectorById>[2] = {};
  if (input.baseUrl != null) {
    const refused = await checkBaseUrl(input.baseUrl, deps.outbound);
    if (refused) return refused;
    // Stored credentials go only where they were given for: pointing the connector at another host would send them
    // there (read back by whoever runs that host), so a new origin needs them again.
    if (
      target.credentials !== null &&
      input.credentials == null &&
      originOf(input.baseUrl) !== originOf(target.baseUrl)
    )
      return failure(
        'BAD_USER_INPUT',
        'A baseUrl on another host (or scheme or port) needs the credentials again: they are never sent to a host they were not given for',
        ['input', 'credentials'],
      );
    set.baseUrl = input.baseUrl;
  }
  if (input.credentials != null) {
    const problem = checkCredentials(target.kind, input.credentials);
    if (problem) return problem;
    set.credentials = input.credentials ? deps.secrets.seal(input.credentials) : null;
  }
  if (input.options !== undefined && input.options !== null) {
    const settings = parseOptions(target.kind, input.options);
    if (isFailure(settings)) return settings;
    set.optionsJson = JSON.stringify(settings.options);
    set.intervalMinutes = settings.intervalMinutes;
    set.nextRunAt = nextRunOf(settings.intervalMinutes);
  }
  return inTransaction(db, async (trx) => {
    const row = await updateConnectorById(trx, id, { ...set, updatedAt: now() });
    if (!row) return failure('NOT_FOUND', 'No connector with this id', ['id']);
    recordChange(trx, {
      type: 'CONNECTOR_UPDATED',
      objectId: id,
      projectId: row.projectId,
      by: changeActorOf(actor),
      payload: { fields: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] != null) },
    });
    return ok(row);
  });
}

/** Deletes the connector and its runs (a running one stops at its next page: its held writes find nothing). */
export async function deleteConnector(db: Database, actor: Actor, id: string): Promise<Result<string>> {
  const target = await mutationTarget(actor, 'Mutation.connectorDelete', 'connector', id);
  if (isFailure(target)) return target;
  return inTransaction(db, async (trx) => {
    if (!(await deleteConnectorById(trx, id))) return failure('NOT_FOUND', 'No connector with this id', ['id']);
    recordChange(trx, {
      type: 'CONNECTOR_DELETED',
      objectId: id,
      projectId: target.projectId,
      by: changeActorOf(actor),
    });
    return ok(id);
  });
}

/**
 * Queues a run (PENDING) unless the connector has one PENDING or IN_PROGRESS: then CONFLICT. The unique partial
 * index decides between instances that try at once; exactly one insert wins.
 */
export async function enqueueConnectorRun(
  db: Database,
  connector: Pick<ConnectorRow, 'id' | 'projectId'>,
  trigger: 'MANUAL' | 'SCHEDULE' | 'CLI',
  by: { createdBy: string | null; actor: ReturnType<typeof changeActorOf> },
): Promise<Result<ConnectorRunRow>> {
  const conflict = async () => {
    const active = await findActiveRun(db, connector.id);
    return failure(
      'CONFLICT',
      `The connector has a run ${active ? `${active.status} (${active.id})` : 'in progress'}: one run per connector at a time`,
      ['id'],
    );
  };
  try {
    return await inTransaction(db, async (trx) => {
      const row = await insertConnectorRun(trx, {
        id: newId('connectorRun'),
        connectorId: connector.id,
        projectId: connector.projectId,
        status: 'PENDING',
        trigger,
        createdBy: by.createdBy,
        createdAt: now(),
      });
      recordChange(trx, {
        type: 'CONNECTOR_RUN_QUEUED',
        objectId: row.id,
        projectId: row.projectId,
        by: by.actor,
        payload: { connectorId: connector.id, trigger },
      });
      return ok(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return conflict();
    throw error;
  }
}

export async function runConnector(db: Database, actor: Actor, id: string): Promise<Result<ConnectorRunRow>> {
  const target = await mutationTarget(actor, 'Mutation.connectorRun', 'connector', id);
  if (isFailure(target)) return target;
  return enqueueConnectorRun(db, target, 'MANUAL', { createdBy: actingUserId(actor), actor: changeActorOf(actor) });
}
