import { randomFillSync } from 'node:crypto';
import { monotonicFactory, type PRNG } from 'ulid';
import type { DB } from './db/types.generated';

export type TableName = keyof DB & string;

// Every row's key is `<prefix>_<ULID>` (DECISIONS.md D1); the prefix names the table and GraphQL type.
const TYPES = {
  organization: { prefix: 'org', typename: 'Organization' },
  appUser: { prefix: 'user', typename: 'User' },
  project: { prefix: 'proj', typename: 'Project' },
  batch: { prefix: 'batch', typename: 'Batch' },
  task: { prefix: 'task', typename: 'Task' },
  thread: { prefix: 'thrd', typename: 'Thread' },
  turn: { prefix: 'turn', typename: 'Turn' },
  message: { prefix: 'msg', typename: 'Message' },
  messageChunk: { prefix: 'chunk', typename: 'MessageChunk' },
  annotation: { prefix: 'ann', typename: 'Annotation' },
  organizationMember: { prefix: 'omem', typename: 'OrganizationMember' },
  projectMember: { prefix: 'pmem', typename: 'ProjectMember' },
  apiToken: { prefix: 'tok', typename: 'ApiToken' },
  delivery: { prefix: 'dlv', typename: 'Delivery' },
  searchSession: { prefix: 'ssn', typename: 'SearchSession' },
  sessionEvent: { prefix: 'sev', typename: 'SessionEvent' },
  improvementItem: { prefix: 'imp', typename: 'ImprovementItem' },
  correctionSession: { prefix: 'csn', typename: 'CorrectionSession' },
  coder: { prefix: 'cdr', typename: 'Coder' },
  document: { prefix: 'doc', typename: 'Document' },
  segment: { prefix: 'seg', typename: 'Segment' },
  documentGroup: { prefix: 'dgrp', typename: 'DocumentGroup' },
  correctionTag: { prefix: 'ctag', typename: 'CorrectionTag' },
  dataChunk: { prefix: 'dchk', typename: 'DataChunk' },
  prompt: { prefix: 'prm', typename: 'Prompt' },
  promptVersion: { prefix: 'pver', typename: 'PromptVersion' },
  providerConnection: { prefix: 'pcon', typename: 'ProviderConnection' },
  inferenceRun: { prefix: 'run', typename: 'InferenceRun' },
  change: { prefix: 'chg', typename: 'Change' },
  webhook: { prefix: 'whk', typename: 'Webhook' },
  webhookDelivery: { prefix: 'whd', typename: 'WebhookDelivery' },
  exportJob: { prefix: 'exp', typename: 'ExportJob' },
  connector: { prefix: 'conn', typename: 'Connector' },
  connectorRun: { prefix: 'crun', typename: 'ConnectorRun' },
} as const satisfies Partial<Record<TableName, { prefix: string; typename: string }>>;

export type NodeTable = keyof typeof TYPES;
export type NodeTypename = (typeof TYPES)[NodeTable]['typename'];

const TABLE_BY_PREFIX = new Map<string, NodeTable>(
  (Object.keys(TYPES) as NodeTable[]).map((table) => [TYPES[table].prefix, table]),
);
const ID_SHAPE = /^([a-z]+)_([0-9A-HJKMNP-TV-Z]{26})$/;

export type IdFactory = (table: NodeTable, time?: number) => string;

// ulid's default PRNG asks crypto for one byte per character: 16 randomFillSync calls per id, about 28 µs of a
// mutation's CPU (M1's profile, issue 18). The same crypto bytes, drawn from a pool refilled 4 KiB at a time.
const POOL = Buffer.alloc(4096);
let poolAt = POOL.length;
const pooledCryptoRandom: PRNG = () => {
  if (poolAt >= POOL.length) {
    randomFillSync(POOL);
    poolAt = 0;
  }
  return POOL[poolAt++] / 256;
};

/** Makes ids that sort in creation order, even within one millisecond. Pass a seeded PRNG for repeatable ids. */
export function createIdFactory(prng: PRNG = pooledCryptoRandom): IdFactory {
  const ulid = monotonicFactory(prng);
  return (table, time) => `${TYPES[table].prefix}_${ulid(time)}`;
}

export const newId: IdFactory = createIdFactory();

const plainUlid = monotonicFactory(pooledCryptoRandom);
/** An id for rows that are not GraphQL nodes (e.g. `pred_…` for a model's predictions). */
export const newRowId = (prefix: string) => `${prefix}_${plainUlid()}`;

/** Has the shape of an Annograph row id (`<prefix>_<ULID>`), node or not. */
export function isRowId(id: string): boolean {
  return ID_SHAPE.test(id);
}

/** The table an id belongs to, or null when it is not an Annograph id. */
export function tableOfId(id: string): NodeTable | null {
  const match = ID_SHAPE.exec(id);
  return (match && TABLE_BY_PREFIX.get(match[1])) ?? null;
}

export function typenameOfTable(table: NodeTable): NodeTypename {
  return TYPES[table].typename;
}

/** The GraphQL type of a row, from its id's prefix. */
export function typenameOfId(id: string): NodeTypename | null {
  const table = tableOfId(id);
  return table && typenameOfTable(table);
}

/** Every GraphQL type node(id:) can answer (the schema's Node types must all be here: test/graphql/global-ids.test.ts). */
export const NODE_TYPENAMES: ReadonlySet<string> = new Set(Object.values(TYPES).map((t) => t.typename));
