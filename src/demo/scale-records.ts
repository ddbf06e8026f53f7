import type { ScaleTaskRecord } from '../modules/scale/scale-task.schema';
import type { GenAiShape } from './genai-task-builder';
import { ANSWERS, PROMPTS, questions } from './genai-content';
import { intBetween, pick } from './random';

// The demo's GenAI tasks as Scale Task records (seed 002's JSON), imported through `taskImportScale` like any
// user's file: the import's validation and lifecycle apply to them.

export type RecordEnv = { random: () => number; clock: () => number };
type Status = ScaleTaskRecord['status'];

/**
 * One Scale task: only a finished (completed) task has its conversation and annotations at every level; a failed
 * one has its error. Deterministic: the same env gives the same record.
 */
export function scaleTaskRecord(
  env: RecordEnv,
  task: { externalId: string; status: Status; batch: string | null },
  shape: GenAiShape,
): ScaleTaskRecord {
  const { random } = env;
  const at = () => new Date(env.clock()).toISOString();
  const createdAt = at();
  const completed = task.status === 'completed';
  const qs = questions(random);
  let n = 0;
  const annotations = () =>
    Array.from({ length: shape.annotationsPerLevel }, (_, i) => {
      const q = qs[i % qs.length];
      return {
        id: `an_${task.externalId.slice(-7)}_${n++}`,
        key: q.key,
        type: q.type,
        title: q.title,
        description: q.description,
        labels: q.labels,
        metadata: { criteria: 'overall_quality' },
        value: q.value(),
        ...(q.possible === null ? {} : { possible_values: q.possible }),
      };
    });
  const metadata = { locale: pick(random, ['en-US', 'en-GB', 'de-DE']) };
  const record: ScaleTaskRecord & { annotations?: unknown[] } = {
    task_id: task.externalId,
    status: task.status,
    created_at: createdAt,
    metadata,
    ...(task.batch ? { batch: task.batch } : {}),
    errors:
      task.status === 'error'
        ? [{ type: 'PROMPT_LENGTH_EXCEEDED', message: 'The prompt is longer than the model accepts' }]
        : [],
    sensitive_content_reports: [],
  };
  if (!completed) return record;
  record.completed_at = at();
  // Task-level annotations: the Scale import reads them where it knows them (issue 16), else leaves them out.
  record.annotations = annotations();
  record.threads = Array.from({ length: shape.threads }, (_, t) => ({
    id: `thread_${task.externalId.slice(-7)}_${t}`,
    submissions: [{ submitted_at: at(), contributor_id: `contrib_${intBetween(random, 100, 999)}` }],
    annotations: annotations(),
    turns: Array.from({ length: shape.turns }, (_, u) => {
      const turnAnnotations = annotations();
      const topic = intBetween(random, 0, PROMPTS.length - 1);
      const [prompt, answer] = [PROMPTS[topic], ANSWERS[topic]];
      const model = pick(random, ['acme-chat-7b', 'acme-chat-13b']);
      const sentences = answer.split(/(?<=[.:])\s+/).slice(0, Math.max(1, shape.chunks));
      return {
        id: `turn_${task.externalId.slice(-7)}_${t}_${u}`,
        annotations: turnAnnotations,
        messages: [
          { role: 'system' as const, content: { text: 'You are a concise, friendly support assistant.' } },
          {
            role: 'user' as const,
            content: {
              text: prompt,
              reference_texts: [
                {
                  content: 'Refunds are accepted within 30 days.',
                  category: 'policy',
                  url: 'https://example.com/policy',
                },
              ],
              attachments:
                u === 0
                  ? [
                      {
                        content: Buffer.from(prompt).toString('base64'),
                        mime_type: 'text/plain',
                        name: 'ticket.txt',
                        url: 'https://example.com/ticket.txt',
                      },
                    ]
                  : [],
            },
          },
          {
            role: 'assistant' as const,
            source_id: 'source_acme_chat',
            model_parameters: { model, temperature: 0.7, max_completion_tokens: 1000, top_p: 0.9, top_k: 40 },
            annotations: annotations(),
            content: {
              text: answer,
              reasoning: [{ content: 'The user needs short, actionable steps.' }],
              chunks: sentences.map((text) => ({ type: 'text', text, annotations: annotations() })),
            },
          },
        ],
      };
    }),
  }));
  return record;
}
