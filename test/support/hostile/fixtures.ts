import type { NodeTable } from '../../../src/ids';

/** What the seeded database holds, as the suite's caller (an OWNER of organization A) sees it. */
export type Fixtures = {
  /** Ids visible to the caller, per table (organization A). */
  own: Partial<Record<NodeTable, string[]>>;
  /** Ids of organization B, invisible to the caller, per table. */
  foreign: Partial<Record<NodeTable, string[]>>;
  /** Targets that a membership or token mutation may change without locking the caller out. */
  victimUserId: string;
  victimTokenId: string;
  /** A project of organization A that `projectDelete` may take (it takes everything under it). */
  victimProjectId: string;
  /** Cursors the API issued: for the caller's lists (projects, tasks) and organization B's. */
  cursors: { projects: string[]; tasks: string[]; foreign: string[] };
};

/** Argument and input-field names that hold an id, and the table the id belongs to. */
const ID_NAMES: Record<string, NodeTable> = {
  organizationId: 'organization',
  userId: 'appUser',
  projectId: 'project',
  projectIds: 'project',
  associatedProjectIds: 'project',
  batchId: 'batch',
  coderId: 'coder',
  modelId: 'coder',
  taskId: 'task',
  taskIds: 'task',
  promptId: 'prompt',
  parentModelId: 'prompt',
  connectionId: 'providerConnection',
  versionId: 'promptVersion',
  sourceRunId: 'inferenceRun',
  segmentId: 'segment',
  chunkId: 'dataChunk',
  threadId: 'thread',
  turnId: 'turn',
  targetId: 'message',
  ids: 'task',
};

// Longest first, so that `promptVersionUpdate` is a prompt version and not a prompt.
const FIELD_PREFIXES: [string, NodeTable][] = (
  [
    ['promptVersion', 'promptVersion'],
    ['prompt', 'prompt'],
    ['providerConnection', 'providerConnection'],
    ['inferenceRun', 'inferenceRun'],
    ['correctionSession', 'correctionSession'],
    ['correctionTag', 'correctionTag'],
    ['correctionSegment', 'segment'],
    ['searchSession', 'searchSession'],
    ['session', 'searchSession'],
    ['improvementItem', 'improvementItem'],
    ['organization', 'organization'],
    ['project', 'project'],
    ['batch', 'batch'],
    ['codingTask', 'task'],
    ['task', 'task'],
    ['thread', 'thread'],
    ['turn', 'turn'],
    ['message', 'message'],
    ['annotation', 'annotation'],
    ['delivery', 'delivery'],
    ['coder', 'coder'],
    ['token', 'apiToken'],
    ['node', 'task'],
  ] as [string, NodeTable][]
).sort((a, b) => b[0].length - a[0].length);

/** Which table an ID argument or input field names: by its own name, else (for `id`) by the root field's name. */
export function tableForId(name: string, rootField: string): NodeTable {
  if (name === 'sessionId') return rootField.startsWith('correction') ? 'correctionSession' : 'searchSession';
  if (ID_NAMES[name]) return ID_NAMES[name];
  for (const [prefix, table] of FIELD_PREFIXES) if (rootField.startsWith(prefix)) return table;
  return 'task';
}

const ONE_WAY = /(Delete|Remove|Cancel|Abort|Complete|Fail|Release|Commit)$/;

/** A real id for an ID position: the caller's own row, except where a change would lock the caller out. */
export function ownIdFor(fixtures: Fixtures, name: string, rootField: string): string {
  const table = tableForId(name, rootField);
  if (table === 'appUser') return fixtures.victimUserId;
  if (table === 'apiToken') return fixtures.victimTokenId;
  if (rootField === 'projectDelete') return fixtures.victimProjectId;
  // Deletions and other one-way changes take the second row, so the first stays for the other fields' requests.
  const rows = fixtures.own[table] ?? fixtures.own.task!;
  return (ONE_WAY.test(rootField) ? rows[1] : undefined) ?? rows[0];
}
