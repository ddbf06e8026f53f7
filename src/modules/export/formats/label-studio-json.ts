import type { AnnotationRow, TaskRow } from '../../../db/rows';
import { groupByKey } from '../../../keyed';
import { loadConversationPage, type Conversation } from './conversations';
import type { ExportFormatWriter } from './export-format';

/**
 * Label Studio's JSON export: one array, one record per task, `{id, data, annotations, predictions, meta,
 * created_at, updated_at}`. An LS annotation is one person's completion: the task's annotations (not predictions)
 * are grouped by author, one `result` item each; predictions are grouped by inference run, `model_version` naming
 * its prompt version. Ids are Annograph's (strings; LS numbers its own on import).
 */
export const labelStudioJson: ExportFormatWriter = {
  format: 'LABEL_STUDIO_JSON',
  framing: 'JSON_ARRAY',
  extension: 'json',
  optionsProblem: () => null,
  async recordsOf(db, tasks) {
    const { conversations, annotations } = await loadConversationPage(db, tasks);
    const taskIds = tasks.map((t) => t.id);
    const threadsOf = groupByKey(taskIds, conversations, (c) => c.taskId);
    const annotationsOf = groupByKey(taskIds, annotations, (a) => a.taskId);
    return tasks.map((task, i) => taskRecord(task, threadsOf[i], annotationsOf[i]));
  },
};

function taskRecord(task: TaskRow, threads: Conversation[], annotations: AnnotationRow[]) {
  const data =
    task.kind === 'GENAI'
      ? {
          threads: threads.map((c) => ({
            id: c.threadId,
            messages: c.turns.flatMap((t) => [...t.context, ...t.alternatives.map((a) => a.message)]),
          })),
        }
      : (JSON.parse(task.dataJson ?? '{}') as Record<string, unknown>);
  const people = annotations.filter((a) => a.inferenceRunId === null && a.authorKind !== 'RUN');
  const predictions = annotations.filter((a) => a.inferenceRunId !== null);
  return {
    id: task.id,
    data,
    annotations: groups(people, (a) => a.authorKey).map((group) => ({
      id: group[0].id,
      completed_by: completedBy(group[0]),
      result: group.map(result),
      was_cancelled: false,
      ground_truth: group.some((a) => a.groundTruth === 1),
      created_at: group[0].createdAt,
      updated_at: group
        .map((a) => a.updatedAt)
        .sort()
        .at(-1),
    })),
    predictions: groups(predictions, (a) => a.inferenceRunId!).map((group) => ({
      id: group[0].id,
      model_version: group[0].promptVersionId ?? group[0].inferenceRunId,
      score: null,
      result: group.map(result),
      created_at: group[0].createdAt,
    })),
    meta: JSON.parse(task.metadataJson ?? '{}') as Record<string, unknown>,
    created_at: task.createdAt,
    updated_at: task.updatedAt,
  };
}

const groups = (rows: AnnotationRow[], key: (a: AnnotationRow) => string) => {
  const out = new Map<string, AnnotationRow[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return [...out.values()];
};

/** Who completed an LS annotation: a user's id, `<SOURCE>:<id>` for a contributor (`<SOURCE>` alone when unnamed). */
function completedBy(a: AnnotationRow): string | null {
  if (a.authorKind === 'USER') return a.authorUserId;
  return a.authorExternalId ? `${a.authorSource}:${a.authorExternalId}` : a.authorSource;
}

/** One LS result: `from_name` is the key, `to_name` what it is on (`task`, or the thread/turn/message/chunk id). */
function result(a: AnnotationRow) {
  const target = a.chunkId ?? a.messageId ?? a.turnId ?? a.threadId ?? 'task';
  const value: unknown = a.valueJson === null ? null : JSON.parse(a.valueJson);
  return { id: a.id, from_name: a.key, to_name: target, ...typed(a.type, value, target) };
}

function typed(
  type: AnnotationRow['type'],
  value: unknown,
  target: string,
): { type: string; value: Record<string, unknown> } {
  switch (type) {
    case 'CATEGORY':
    case 'BOOLEAN':
      return { type: 'choices', value: { choices: value === null ? [] : [String(value)] } };
    case 'CATEGORY_MULTIPLE':
      return { type: 'choices', value: { choices: Array.isArray(value) ? value.map(String) : [] } };
    case 'INTEGER':
      return { type: 'rating', value: { rating: value } };
    case 'TEXT':
      return { type: 'textarea', value: { text: value === null ? [] : [String(value)] } };
    // LS's Ranker saves the ids in their new order under the List's name (the target here); with Buckets, one key
    // per bucket. A ranking of groups becomes buckets named by rank, "1" the best.
    case 'RANKED_CHOICES':
      return { type: 'ranker', value: { ranker: { [target]: Array.isArray(value) ? value.map(String) : [] } } };
    case 'RANKED_GROUPS':
      return {
        type: 'ranker',
        value: {
          ranker: Object.fromEntries(
            (Array.isArray(value) ? value : []).map((group, i) => [
              String(i + 1),
              Array.isArray(group) ? group.map(String) : [String(group)],
            ]),
          ),
        },
      };
    default:
      return { type: 'textarea', value: { text: [JSON.stringify(value)] } };
  }
}
