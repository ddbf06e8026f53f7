import { conditionProblem } from './condition-problem';
import { chatsOf } from './conversations';
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
    const chats = await chatsOf(db, tasks, options);
    return chats.filter((messages) => messages.some((m) => m.role === 'assistant')).map((messages) => ({ messages }));
  },
};
