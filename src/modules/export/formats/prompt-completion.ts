import { conditionProblem } from './condition-problem';
import { chatsOf, type ChatMessage } from './conversations';
import type { ExportFormatWriter } from './export-format';

/**
 * TRL's prompt-completion format, one line per thread: the completion is the thread's last assistant reply, the
 * prompt everything before it. Plain strings when the prompt is a single user message; otherwise TRL's
 * conversational form, `{"prompt": [messages], "completion": [{"role": "assistant", "content"}]}`.
 */
export const promptCompletion: ExportFormatWriter = {
  format: 'PROMPT_COMPLETION',
  framing: 'JSONL',
  extension: 'jsonl',
  optionsProblem: conditionProblem,
  async recordsOf(db, tasks, options) {
    const records = [];
    for (const messages of await chatsOf(db, tasks, options)) {
      const last = messages.map((m) => m.role).lastIndexOf('assistant');
      if (last >= 0) records.push(pair(messages.slice(0, last), messages[last]));
    }
    return records;
  },
};

function pair(prompt: ChatMessage[], completion: ChatMessage) {
  if (prompt.length === 1 && prompt[0].role === 'user')
    return { prompt: prompt[0].content, completion: completion.content };
  return { prompt, completion: [completion] };
}
