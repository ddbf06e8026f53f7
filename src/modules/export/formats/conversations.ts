import type { Database } from '../../../db/database';
import type { AnnotationRow, MessageRow, TaskRow } from '../../../db/rows';
import { groupByKey } from '../../../keyed';
import { loadSubtree } from '../../scale/scale-export';
import type { ExportOptions } from './export-format';

// The conversations of a page of tasks, as the chat formats read them (docs/data-out-formats.md, "Shared"): a
// thread's turns in order, each turn's messages in order, and for a turn with several assistant messages (the
// alternatives a ranking judges) the preferred one.

export type ChatMessage = { role: string; content: string };
export type ConversationTurn = {
  /** The turn's messages before its assistant reply (user, system, function), in order. */
  context: ChatMessage[];
  /** The preferred assistant reply; null when the turn has none. */
  reply: ChatMessage | null;
  /** Every assistant message of the turn, in order, with the key a ranking names it by (its source id, else its id). */
  alternatives: { key: string; message: ChatMessage }[];
  annotations: AnnotationRow[];
};
export type Conversation = {
  taskId: string;
  threadId: string;
  turns: ConversationTurn[];
  annotations: AnnotationRow[];
};

const RANKINGS = new Set(['RANKED_CHOICES', 'RANKED_GROUPS']);

export const contentOf = (m: MessageRow, chunkTexts: string[]) => m.text ?? chunkTexts.join('');
const chat = (m: MessageRow, chunkTexts: string[]): ChatMessage => ({
  role: m.role.toLowerCase(),
  content: contentOf(m, chunkTexts),
});
const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** The turn's ranking that decides: ground truth first, else the earliest (ids are in creation order). */
export function decidingRanking(annotations: readonly AnnotationRow[]): AnnotationRow | null {
  const rankings = annotations.filter((a) => RANKINGS.has(a.type) && a.level === 'TURN' && a.valueJson !== null);
  return rankings.find((a) => a.groundTruth === 1) ?? rankings[0] ?? null;
}

/** A ranking's value as groups best first (RANKED_CHOICES: one choice per group). */
export function rankingGroups(a: AnnotationRow): string[][] {
  const value = parse(a.valueJson);
  if (!Array.isArray(value)) return [];
  return value.map((g) => (Array.isArray(g) ? g.map(String) : [String(g)]));
}

/** Every thread of the page's tasks as a conversation, in task then thread order; five statements per page. */
export async function loadConversations(db: Database, tasks: readonly TaskRow[]): Promise<Conversation[]> {
  return (await loadConversationPage(db, tasks)).conversations;
}

/** The page's conversations and every annotation of its tasks (whatever their level), in id order. */
export async function loadConversationPage(
  db: Database,
  tasks: readonly TaskRow[],
): Promise<{ conversations: Conversation[]; annotations: AnnotationRow[] }> {
  if (tasks.length === 0) return { conversations: [], annotations: [] };
  const tree = await loadSubtree(
    db,
    tasks.map((t) => t.id),
  );
  const byKey = <R>(rows: R[], keys: string[], key: (r: R) => string | null) => {
    const groups = groupByKey(keys, rows, (r) => key(r) ?? '');
    return new Map(keys.map((k, i) => [k, groups[i]]));
  };
  const chunkTexts = byKey(
    tree.chunks,
    tree.messages.map((m) => m.id),
    (c) => c.messageId,
  );
  const messagesOf = byKey(
    tree.messages,
    tree.turns.map((t) => t.id),
    (m) => m.turnId,
  );
  const turnsOf = byKey(
    tree.turns,
    tree.threads.map((t) => t.id),
    (t) => t.threadId,
  );
  const threadsOf = byKey(
    tree.threads,
    tasks.map((t) => t.id),
    (t) => t.taskId,
  );
  const annotationsOfThread = byKey(
    tree.annotations,
    tree.threads.map((t) => t.id),
    (a) => a.threadId,
  );
  const annotationsOfTurn = byKey(
    tree.annotations.filter((a) => a.level === 'TURN'),
    tree.turns.map((t) => t.id),
    (a) => a.turnId,
  );
  const textsOf = (m: MessageRow) => (chunkTexts.get(m.id) ?? []).map((c) => c.text ?? '');
  const conversations = tasks.flatMap((task) =>
    (threadsOf.get(task.id) ?? []).map((thread) => ({
      taskId: task.id,
      threadId: thread.id,
      annotations: annotationsOfThread.get(thread.id) ?? [],
      turns: (turnsOf.get(thread.id) ?? []).map((turn) => {
        const messages = messagesOf.get(turn.id) ?? [];
        const annotations = annotationsOfTurn.get(turn.id) ?? [];
        const alternatives = messages
          .filter((m) => m.role === 'ASSISTANT')
          .map((m) => ({ key: m.sourceId ?? m.id, message: chat(m, textsOf(m)) }));
        return {
          context: messages.filter((m) => m.role !== 'ASSISTANT').map((m) => chat(m, textsOf(m))),
          reply: preferred(alternatives, decidingRanking(annotations)),
          alternatives,
          annotations,
        };
      }),
    })),
  );
  return { conversations, annotations: tree.annotations };
}

function preferred(alternatives: ConversationTurn['alternatives'], ranking: AnnotationRow | null) {
  if (alternatives.length === 0) return null;
  const best = ranking ? rankingGroups(ranking)[0]?.[0] : undefined;
  return (alternatives.find((a) => a.key === best) ?? alternatives[0]).message;
}

/** Whether an annotation of the thread meets the export's condition (no condition: every thread). */
export function meetsCondition(conversation: Conversation, options: ExportOptions): boolean {
  const c = options.condition;
  if (!c) return true;
  return conversation.annotations.some((a) => {
    if (c.key != null && a.key !== c.key) return false;
    if (c.groundTruth && a.groundTruth !== 1) return false;
    if (!c.comparison) return true;
    const value = parse(a.valueJson);
    switch (c.comparison) {
      case 'EQ':
        return value === c.value;
      case 'NE':
        return value !== c.value;
      default:
        return typeof value === 'number' && typeof c.value === 'number' && compare(c.comparison, value, c.value);
    }
  });
}

const compare = (op: 'GT' | 'GTE' | 'LT' | 'LTE', a: number, b: number) =>
  op === 'GT' ? a > b : op === 'GTE' ? a >= b : op === 'LT' ? a < b : a <= b;

/**
 * The messages of a conversation for a chat format: the system message option first (unless the thread starts with
 * its own), then, per turn, its context and preferred reply. `turns: LAST` keeps the thread's opening system
 * messages and the last turn only.
 */
export function chatMessages(conversation: Conversation, options: ExportOptions): ChatMessage[] {
  const turns = conversation.turns;
  const opening = (turns[0]?.context ?? []).filter(
    (m, i, all) => m.role === 'system' && all.slice(0, i).every((p) => p.role === 'system'),
  );
  const chosen = options.turns === 'LAST' ? turns.slice(-1) : turns;
  const messages = chosen.flatMap((t) => [...t.context, ...(t.reply ? [t.reply] : [])]);
  const withOpening = options.turns === 'LAST' && turns.length > 1 ? [...opening, ...messages] : messages;
  const system = options.systemMessage;
  if (system != null && withOpening[0]?.role !== 'system') return [{ role: 'system', content: system }, ...withOpening];
  return withOpening;
}

/** The chat messages of each thread of the page that meets the options' condition (the chat formats' input). */
export async function chatsOf(
  db: Database,
  tasks: readonly TaskRow[],
  options: ExportOptions,
): Promise<ChatMessage[][]> {
  return (await loadConversations(db, tasks))
    .filter((c) => meetsCondition(c, options))
    .map((c) => chatMessages(c, options));
}
