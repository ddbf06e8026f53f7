import { conditionProblem } from './condition-problem';
import { chatMessages, loadConversations, meetsCondition } from './conversations';
import type { ExportFormatWriter } from './export-format';

/**
 * TRL's conversational language-modeling format: one line per thread, `{"messages": [{"role", "content"}, ...]}`.
 * Threads the condition leaves out, and threads with no assistant reply to learn from, give no line.
 */
export const sftMessages: ExportFormatWriter = {
  format: 'SFT_MESSAGES',
  framing: 'JSONL',
  extension: 'jsonl',
  optionsProblem: conditionProblem,
  async recordsOf(db, tasks, options) {
    const records = [];
    for (const conversation of await loadConversations(db, tasks)) {
      if (!meetsCondition(conversation, options)) continue;
      const messages = chatMessages(conversation, options);
      if (messages.some((m) => m.role === 'assistant')) records.push({ messages });
    }
    return records;
  },
};
