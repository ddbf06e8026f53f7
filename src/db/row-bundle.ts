import { transactionWithChanges } from '../modules/change/change-log';
import { bulkInsert } from './bulk-insert';
import type { Database } from './database';
import type {
  InsertableAnnotationRow,
  InsertableBatchRow,
  InsertableMessageChunkRow,
  InsertableMessageRow,
  InsertableOrganizationRow,
  InsertableProjectRow,
  InsertableTaskRow,
  InsertableThreadRow,
  InsertableTurnRow,
  InsertableUserRow,
} from './rows';
import type { DB } from './types.generated';
import type { Insertable } from 'kysely';

/** Rows of many tables, written together in foreign-key order. */
export type RowBundle = {
  organization: InsertableOrganizationRow[];
  appUser: InsertableUserRow[];
  project: InsertableProjectRow[];
  batch: InsertableBatchRow[];
  task: InsertableTaskRow[];
  thread: InsertableThreadRow[];
  turn: InsertableTurnRow[];
  message: InsertableMessageRow[];
  messageChunk: InsertableMessageChunkRow[];
  annotation: InsertableAnnotationRow[];
  organizationMember: Insertable<DB['organizationMember']>[];
  projectMember: Insertable<DB['projectMember']>[];
  apiToken: Insertable<DB['apiToken']>[];
  instanceSetting: Insertable<DB['instanceSetting']>[];
  delivery: Insertable<DB['delivery']>[];
  searchSession: Insertable<DB['searchSession']>[];
  sessionEvent: Insertable<DB['sessionEvent']>[];
  improvementItem: Insertable<DB['improvementItem']>[];
  coder: Insertable<DB['coder']>[];
  document: Insertable<DB['document']>[];
  segment: Insertable<DB['segment']>[];
  coderPrediction: Insertable<DB['coderPrediction']>[];
  documentGroup: Insertable<DB['documentGroup']>[];
  documentGroupMember: Insertable<DB['documentGroupMember']>[];
  correctionSession: Insertable<DB['correctionSession']>[];
  correctionSegment: Insertable<DB['correctionSegment']>[];
  correctionTag: Insertable<DB['correctionTag']>[];
  taskEvent: Insertable<DB['taskEvent']>[];
  dataChunk: Insertable<DB['dataChunk']>[];
  codingResponse: Insertable<DB['codingResponse']>[];
  prompt: Insertable<DB['prompt']>[];
  promptProject: Insertable<DB['promptProject']>[];
  promptVersion: Insertable<DB['promptVersion']>[];
  inferenceRun: Insertable<DB['inferenceRun']>[];
  inferenceRunTask: Insertable<DB['inferenceRunTask']>[];
};

export const TABLE_ORDER = [
  'organization',
  'appUser',
  'organizationMember',
  'project',
  'projectMember',
  'apiToken',
  'batch',
  'delivery',
  'coder',
  'task',
  'prompt',
  'promptProject',
  'promptVersion',
  'inferenceRun',
  'inferenceRunTask',
  'thread',
  'turn',
  'message',
  'messageChunk',
  'annotation',
  'instanceSetting',
  'searchSession',
  'sessionEvent',
  'improvementItem',
  'document',
  'segment',
  'coderPrediction',
  'documentGroup',
  'documentGroupMember',
  'correctionSession',
  'correctionSegment',
  'correctionTag',
  'taskEvent',
  'dataChunk',
  'codingResponse',
] as const;

export function emptyBundle(): RowBundle {
  return {
    organization: [],
    appUser: [],
    organizationMember: [],
    project: [],
    projectMember: [],
    apiToken: [],
    batch: [],
    task: [],
    thread: [],
    turn: [],
    message: [],
    messageChunk: [],
    annotation: [],
    instanceSetting: [],
    delivery: [],
    searchSession: [],
    sessionEvent: [],
    improvementItem: [],
    coder: [],
    document: [],
    segment: [],
    coderPrediction: [],
    documentGroup: [],
    documentGroupMember: [],
    correctionSession: [],
    correctionSegment: [],
    correctionTag: [],
    taskEvent: [],
    dataChunk: [],
    codingResponse: [],
    prompt: [],
    promptProject: [],
    promptVersion: [],
    inferenceRun: [],
    inferenceRunTask: [],
  };
}

/**
 * Inserts every row of the bundle, in foreign-key order, a few statements per table (bulkInsert: SQL made once per
 * table and shape); call it inside a transaction.
 */
export async function insertRows(db: Database, bundle: RowBundle): Promise<Record<keyof RowBundle, number>> {
  for (const table of TABLE_ORDER) await bulkInsert(db, table, bundle[table]);
  return Object.fromEntries(TABLE_ORDER.map((t) => [t, bundle[t].length])) as Record<keyof RowBundle, number>;
}

/**
 * Inserts every row of the bundle in one transaction of its own, recording no change: its callers write seed and
 * fixture data (the demo seeder, tests), which nobody did. A write path that is a change (the Scale import) calls
 * insertRows in its own transaction and records its changes there.
 */
export function insertBundle(db: Database, bundle: RowBundle): Promise<Record<keyof RowBundle, number>> {
  return transactionWithChanges(db, (trx) => insertRows(trx, bundle));
}
