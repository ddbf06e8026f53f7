import { z } from 'zod';

// The Scale GenAI Task object (seed 002, reference/upstream-apis.md §002), as imports accept and exports write it.
const text = z.string().nullish();
const isoInstant = z.string().refine((v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v), 'must be an ISO-8601 date-time');
const object = z.record(z.unknown());
const ref = z.union([z.string().min(1), z.object({ id: z.string().min(1) }).passthrough()]);

export const ScaleAnnotation = z.object({
  id: z.string().min(1).optional(),
  key: z.string().min(1),
  type: z.string().min(1),
  title: text,
  description: text,
  labels: z.array(z.string()).nullish(),
  not_applicable: z.boolean().nullish(),
  cannot_assess: z.boolean().nullish(),
  metadata: object.nullish(),
  justification: text,
  value: z.unknown(),
  possible_values: z.unknown(),
});

const ScaleChunk = z.object({ type: z.string().min(1), text: z.string(), annotations: z.array(ScaleAnnotation).nullish() });

const ScaleContent = z.object({
  text,
  reference_texts: z.array(z.object({ content: text, category: text, url: text })).nullish(),
  attachments: z.array(object).nullish(),
  chunks: z.array(ScaleChunk).nullish(),
  reasoning: z.array(z.object({ content: text })).nullish(),
});

const ScaleMessage = z.object({
  role: z.enum(['system', 'user', 'assistant', 'function']),
  content: ScaleContent,
  source_id: text,
  model_parameters: z
    .object({ model: text, temperature: z.number().nullish(), max_completion_tokens: z.number().int().nullish(), top_p: z.number().nullish(), top_k: z.number().int().nullish() })
    .nullish(),
  annotations: z.array(ScaleAnnotation).nullish(),
  rubric_evaluations: z.array(z.unknown()).nullish(),
});

const ScaleTurn = z.object({
  id: z.string().min(1),
  messages: z.array(ScaleMessage).nullish(),
  annotations: z.array(ScaleAnnotation).nullish(),
  rubrics: z.array(z.unknown()).nullish(),
});

const ScaleThread = z.object({
  id: z.string().min(1),
  turns: z.array(ScaleTurn).nullish(),
  annotations: z.array(ScaleAnnotation).nullish(),
  submissions: z.array(z.object({ submitted_at: text, contributor_id: text })).nullish(),
});

export const ScaleTask = z.object({
  task_id: z.string().min(1),
  project: ref.nullish(),
  batch: ref.nullish(),
  status: z.enum(['pending', 'completed', 'canceled', 'error', 'deleted']),
  created_at: isoInstant,
  completed_at: isoInstant.nullish(),
  metadata: object.nullish(),
  threads: z.array(ScaleThread).nullish(),
  errors: z.array(z.object({ type: text, message: text })).nullish(),
  sensitive_content_reports: z.array(z.object({ type: text, message: text })).nullish(),
});

export type ScaleTaskRecord = z.infer<typeof ScaleTask>;
export type ScaleAnnotationRecord = z.infer<typeof ScaleAnnotation>;

/** Scale task status words and Annograph's lifecycle (DECISIONS.md D2). */
export const STATUS_FROM_SCALE = { pending: 'PENDING', completed: 'COMPLETED', canceled: 'CANCELED', error: 'FAILED', deleted: 'DELETED' } as const;
export const STATUS_TO_SCALE = { PENDING: 'pending', COMPLETED: 'completed', CANCELED: 'canceled', FAILED: 'error', DELETED: 'deleted', DRAFT: 'pending', IN_PROGRESS: 'pending' } as const;

/** The id a Scale reference (a string, or an expanded object) names. */
export function refId(value: ScaleTaskRecord['project']): string | null {
  if (value == null) return null;
  return typeof value === 'string' ? value : value.id;
}

/** One validation problem per line: `threads.0.turns.1.messages.0.role: Invalid enum value …`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}
