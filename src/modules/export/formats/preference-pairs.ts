import type { AnnotationRow } from '../../../db/rows';
import { loadConversations, rankingGroups, type ChatMessage, type Conversation } from './conversations';
import type { ExportFormatWriter, ExportOptions } from './export-format';

/**
 * TRL's preference format, `{"prompt", "chosen", "rejected"}`, from judgements over the alternative assistant
 * messages of a turn (named by their source id, else their id): each RANKED_CHOICES / RANKED_GROUPS annotation on
 * the turn (tied members of a group give no pair), and each CATEGORY annotation on the turn whose value names one
 * alternative (a pairwise comparison: that one over each other). Every judgement gives its own pairs, so several
 * annotators' rankings of a turn all count. The prompt is the conversation before the turn's replies; plain strings
 * when it is one user message, else TRL's conversational form with `chosen`/`rejected` as one assistant message.
 */
export const preferencePairs: ExportFormatWriter = {
  format: 'PREFERENCE_PAIRS',
  framing: 'JSONL',
  extension: 'jsonl',
  optionsProblem: () => null,
  async recordsOf(db, tasks, options) {
    return (await loadConversations(db, tasks)).flatMap((c) => pairsOf(c, options));
  },
};

function pairsOf(conversation: Conversation, options: ExportOptions) {
  const records: Record<string, unknown>[] = [];
  const history: ChatMessage[] = [];
  for (const turn of conversation.turns) {
    const prompt = [...history, ...turn.context];
    const byKey = new Map(turn.alternatives.map((a) => [a.key, a.message]));
    if (byKey.size >= 2)
      for (const judgement of turn.annotations) {
        const groups = groupsOf(judgement, byKey);
        for (const [chosen, rejected] of orderedPairs(groups, options.pairs ?? 'ALL_PAIRS'))
          records.push(record(withSystem(prompt, options), byKey.get(chosen)!, byKey.get(rejected)!));
      }
    history.push(...turn.context, ...(turn.reply ? [turn.reply] : []));
  }
  return records;
}

/** A judgement as groups of alternative keys, best first; [] when it judges nothing here. */
function groupsOf(a: AnnotationRow, alternatives: Map<string, ChatMessage>): string[][] {
  if (a.level !== 'TURN' || a.valueJson === null) return [];
  if (a.type === 'RANKED_CHOICES' || a.type === 'RANKED_GROUPS')
    return rankingGroups(a)
      .map((g) => g.filter((key) => alternatives.has(key)))
      .filter((g) => g.length > 0);
  if (a.type === 'CATEGORY') {
    const best = JSON.parse(a.valueJson) as unknown;
    if (typeof best !== 'string' || !alternatives.has(best)) return [];
    return [[best], [...alternatives.keys()].filter((k) => k !== best)];
  }
  return [];
}

/** ALL_PAIRS: each member of a group over each member of every later group; BEST_VS_REST: the first group's only. */
function orderedPairs(groups: string[][], pairs: 'ALL_PAIRS' | 'BEST_VS_REST'): [string, string][] {
  const out: [string, string][] = [];
  const better = pairs === 'BEST_VS_REST' ? groups.slice(0, 1) : groups;
  better.forEach((group, i) => {
    for (const chosen of group)
      for (const worse of groups.slice(i + 1)) for (const rejected of worse) out.push([chosen, rejected]);
  });
  return out;
}

function withSystem(prompt: ChatMessage[], options: ExportOptions): ChatMessage[] {
  if (options.systemMessage == null || prompt[0]?.role === 'system') return prompt;
  return [{ role: 'system', content: options.systemMessage }, ...prompt];
}

function record(prompt: ChatMessage[], chosen: ChatMessage, rejected: ChatMessage) {
  if (prompt.length === 1 && prompt[0].role === 'user')
    return { prompt: prompt[0].content, chosen: chosen.content, rejected: rejected.content };
  return { prompt, chosen: [chosen], rejected: [rejected] };
}
