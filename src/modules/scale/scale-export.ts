import type { Database } from '../../db/database';
import type { AnnotationRow, MessageChunkRow, MessageRow, TaskRow, ThreadRow, TurnRow } from '../../db/rows';
import { groupByKey } from '../../keyed';
import { compact, snakeCaseKeys } from './keys';
import { findChunksByMessageIds } from '../thread/thread.repository';
import { STATUS_TO_SCALE } from './scale-task.schema';
import {
  findAnnotationsByTaskIds,
  findBatchRefsByIds,
  findMessagesByTurnIds,
  findProjectNamesByIds,
  findThreadsByTaskIds,
  findTurnsByThreadIds,
} from './scale.repository';

// Rows back to Scale's Task JSON, the shape imports accept: a round trip gives the record back field by field.
// Fields Scale marks optional are written only when they hold something.
const parse = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);
const nonEmpty = <T>(items: T[]) => (items.length ? items : undefined);
/** Whole seconds the way Scale writes them (`…56Z`), other instants with their milliseconds. */
const scaleTime = (iso: string | null) => (iso ? iso.replace(/\.000Z$/, 'Z') : undefined);

function annotationJson(a: AnnotationRow) {
  return compact({
    id: a.externalId ?? undefined,
    key: a.key,
    type: a.sourceType,
    title: a.title,
    description: a.description,
    labels: nonEmpty(parse<string[]>(a.labelsJson, [])),
    not_applicable: a.notApplicable ? true : undefined,
    cannot_assess: a.cannotAssess ? true : undefined,
    metadata: parse(a.metadataJson, {}),
    justification: a.justification,
    value: a.valueJson === null ? undefined : JSON.parse(a.valueJson),
    possible_values: a.possibleValuesJson === null ? undefined : JSON.parse(a.possibleValuesJson),
    // Only an author named explicitly (on import or by annotationCreate's author) goes back out: a derived one
    // came from the submissions, which the export writes already.
    contributor_id:
      a.authorExplicit && a.authorKind === 'CONTRIBUTOR' && a.authorSource === 'SCALE'
        ? (a.authorExternalId ?? undefined)
        : undefined,
  });
}

export type Subtree = {
  threads: ThreadRow[];
  turns: TurnRow[];
  messages: MessageRow[];
  chunks: MessageChunkRow[];
  annotations: AnnotationRow[];
};

/** Everything below the given tasks, five statements whatever their number. */
export async function loadSubtree(db: Database, taskIds: string[]): Promise<Subtree> {
  const threads = await findThreadsByTaskIds(db, taskIds);
  const threadIds = threads.map((t) => t.id);
  const turns = threadIds.length ? await findTurnsByThreadIds(db, threadIds) : [];
  const turnIds = turns.map((t) => t.id);
  const messages = turnIds.length ? await findMessagesByTurnIds(db, turnIds) : [];
  const messageIds = messages.map((m) => m.id);
  const chunks = messageIds.length ? await findChunksByMessageIds(db, messageIds) : [];
  const annotations = await findAnnotationsByTaskIds(db, taskIds);
  return { threads, turns, messages, chunks, annotations };
}

/** Scale Task JSON for each task row, in the order given. */
export async function tasksToScale(db: Database, tasks: TaskRow[]): Promise<Record<string, unknown>[]> {
  if (tasks.length === 0) return [];
  const taskIds = tasks.map((t) => t.id);
  const tree = await loadSubtree(db, taskIds);
  const batchIds = [...new Set(tasks.map((t) => t.batchId).filter((b): b is string => !!b))];
  const batches = batchIds.length ? await findBatchRefsByIds(db, batchIds) : new Map<string, string>();
  // Scale's Task requires `project`: the Scale project a task was imported with, else its Annograph project's name.
  const projectIds = [...new Set(tasks.filter((t) => !t.sourceProject).map((t) => t.projectId))];
  const projectNames = projectIds.length ? await findProjectNamesByIds(db, projectIds) : new Map<string, string>();
  const byParent = <R>(rows: R[], keys: string[], key: (r: R) => string) => {
    const groups = groupByKey(keys, rows, key);
    return new Map(keys.map((k, i) => [k, groups[i]]));
  };
  const threadsOf = byParent(tree.threads, taskIds, (t) => t.taskId);
  const turnsOf = byParent(
    tree.turns,
    tree.threads.map((t) => t.id),
    (t) => t.threadId,
  );
  const messagesOf = byParent(
    tree.messages,
    tree.turns.map((t) => t.id),
    (m) => m.turnId,
  );
  const chunksOf = byParent(
    tree.chunks,
    tree.messages.map((m) => m.id),
    (c) => c.messageId,
  );
  // Annotations by the object they are attached to (the column the level names).
  const attached = new Map<string, AnnotationRow[]>();
  const LEVEL_COLUMN = {
    TASK: 'taskId',
    THREAD: 'threadId',
    TURN: 'turnId',
    MESSAGE: 'messageId',
    CHUNK: 'chunkId',
  } as const;
  for (const a of tree.annotations) {
    const key = `${a.level}:${a[LEVEL_COLUMN[a.level]]}`;
    const group = attached.get(key);
    if (group) group.push(a);
    else attached.set(key, [a]);
  }
  const annotationsAt = (level: string, id: string) => (attached.get(`${level}:${id}`) ?? []).map(annotationJson);

  return tasks.map((task) =>
    compact({
      task_id: task.externalId ?? task.id,
      project: task.sourceProject ?? projectNames.get(task.projectId),
      batch: task.batchId ? batches.get(task.batchId) : undefined,
      status: task.sourceStatus ?? STATUS_TO_SCALE[task.status],
      created_at: scaleTime(task.createdAt),
      completed_at: scaleTime(task.completedAt),
      metadata: parse(task.metadataJson, {}),
      threads: nonEmpty(
        (threadsOf.get(task.id) ?? []).map((thread) =>
          compact({
            id: thread.externalId ?? thread.id,
            turns: (turnsOf.get(thread.id) ?? []).map((turn) =>
              compact({
                id: turn.externalId ?? turn.id,
                messages: (messagesOf.get(turn.id) ?? []).map((m) =>
                  messageJson(m, chunksOf.get(m.id) ?? [], annotationsAt),
                ),
                annotations: annotationsAt('TURN', turn.id),
                rubrics: nonEmpty(parse<unknown[]>(turn.rubricsJson, [])),
              }),
            ),
            annotations: annotationsAt('THREAD', thread.id),
            submissions: nonEmpty(parse<Record<string, unknown>[]>(thread.submissionsJson, []).map(snakeCaseKeys)),
          }),
        ),
      ),
      // Task-level annotations (Scale's Task has no such field: written only when there are any).
      annotations: nonEmpty(annotationsAt('TASK', task.id)),
      errors: nonEmpty(parse<unknown[]>(task.errorsJson, [])),
      sensitive_content_reports: nonEmpty(parse<unknown[]>(task.sensitiveContentReportsJson, [])),
    }),
  );
}

function messageJson(
  m: MessageRow,
  chunks: MessageChunkRow[],
  annotationsAt: (level: string, id: string) => unknown[],
) {
  return compact({
    role: m.role.toLowerCase(),
    content: compact({
      text: m.text,
      reference_texts: nonEmpty(parse<unknown[]>(m.referenceTextsJson, [])),
      attachments: nonEmpty(parse<Record<string, unknown>[]>(m.attachmentsJson, []).map(snakeCaseKeys)),
      chunks: nonEmpty(chunks.map((c) => ({ type: c.type, annotations: annotationsAt('CHUNK', c.id), text: c.text }))),
      reasoning: nonEmpty(parse<unknown[]>(m.reasoningJson, [])),
    }),
    source_id: m.sourceId,
    model_parameters: m.modelParametersJson ? snakeCaseKeys(JSON.parse(m.modelParametersJson)) : undefined,
    annotations: annotationsAt('MESSAGE', m.id),
    rubric_evaluations: nonEmpty(parse<unknown[]>(m.rubricEvaluationsJson, [])),
  });
}
