import { z } from 'zod';
import { annotationTypeOf } from '../annotation/annotation-value';
import { annotationProblem } from '../annotation/annotation-value-schema';
import { upstreamId, upstreamRef } from '../task/external-id';
import { MODEL_PARAMETER_BOUNDS as BOUNDS } from '../thread/model-parameters';

// The Scale GenAI Task object (seed 002, reference/upstream-apis.md §002), as imports accept and exports write it.
const text = z.string().nullish();
/** An ISO-8601 date-time Date.parse reads (the fast check, scale-task.fast.ts, uses the same test). */
export const isIsoInstant = (v: string) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d{2}-\d{2}T/.test(v);
const isoInstant = z.string().refine(isIsoInstant, 'must be an ISO-8601 date-time');
const object = z.record(z.unknown());
// Upstream ids and references are at most 255 characters (MAX_UPSTREAM_ID_LENGTH), as on taskCreate.
const ref = z.union([z.string(), z.object({ id: z.string() }).passthrough()]).superRefine((value, ctx) => {
  const checked = upstreamId.safeParse(typeof value === 'string' ? value : value.id);
  if (!checked.success)
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: typeof value === 'string' ? [] : ['id'],
      message: checked.error.issues[0].message,
    });
});

/** Scale's field for each part of an annotation the shared validation names. */
const SCALE_FIELD = { key: 'key', value: 'value', possibleValues: 'possible_values' } as const;

export const ScaleAnnotation = z
  .object({
    id: upstreamId.optional(),
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
    /** Annograph's extension: who made this annotation; wins over the thread's last submission. */
    contributor_id: z.string().min(1).nullish(),
  })
  .superRefine((a, ctx) => {
    // The validation annotationCreate applies, by the type Annograph reads the Scale word as (unknown words: OTHER).
    const problem = annotationProblem({
      key: a.key,
      type: annotationTypeOf(a.type),
      value: a.value,
      possibleValues: a.possible_values,
    });
    if (problem)
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [SCALE_FIELD[problem.field]], message: problem.message });
  });

const ScaleChunk = z.object({
  type: z.string().min(1),
  text: z.string(),
  annotations: z.array(ScaleAnnotation).nullish(),
});

// The objects a row stores whole as JSON (scale-to-rows.ts): validation keeps their keys, in this order, and drops
// the rest; the mapping picks the same keys (SCALE_KEPT_KEYS) so that it writes the same from an unvalidated record.
const ReferenceText = z.object({ content: text, category: text, url: text });
const Reasoning = z.object({ content: text });
const Submission = z.object({ submitted_at: text, contributor_id: text });
const ReportedIssue = z.object({ type: text, message: text });

const ScaleContent = z.object({
  text,
  reference_texts: z.array(ReferenceText).nullish(),
  attachments: z.array(object).nullish(),
  chunks: z.array(ScaleChunk).nullish(),
  reasoning: z.array(Reasoning).nullish(),
});

const ScaleMessage = z.object({
  role: z.enum(['system', 'user', 'assistant', 'function']),
  content: ScaleContent,
  source_id: upstreamRef.nullish(),
  model_parameters: z
    .object({
      model: text,
      temperature: BOUNDS.temperature.nullish(),
      max_completion_tokens: BOUNDS.maxCompletionTokens.nullish(),
      top_p: BOUNDS.topP.nullish(),
      top_k: BOUNDS.topK.nullish(),
    })
    .nullish(),
  annotations: z.array(ScaleAnnotation).nullish(),
  rubric_evaluations: z.array(z.unknown()).nullish(),
});

const ScaleTurn = z.object({
  id: upstreamId,
  messages: z.array(ScaleMessage).nullish(),
  annotations: z.array(ScaleAnnotation).nullish(),
  rubrics: z.array(z.unknown()).nullish(),
});

const ScaleThread = z.object({
  id: upstreamId,
  turns: z.array(ScaleTurn).nullish(),
  annotations: z.array(ScaleAnnotation).nullish(),
  submissions: z.array(Submission).nullish(),
});

export const ScaleTask = z.object({
  task_id: upstreamId,
  project: ref.nullish(),
  batch: ref.nullish(),
  status: z.enum(['pending', 'completed', 'canceled', 'error', 'deleted']),
  created_at: isoInstant,
  completed_at: isoInstant.nullish(),
  metadata: object.nullish(),
  threads: z.array(ScaleThread).nullish(),
  /** Annograph's task-level annotations (DECISIONS.md D2); Scale's Task has none, so exports write them only when there are any. */
  annotations: z.array(ScaleAnnotation).nullish(),
  errors: z.array(ReportedIssue).nullish(),
  sensitive_content_reports: z.array(ReportedIssue).nullish(),
});

const modelParameters = ScaleMessage.shape.model_parameters.unwrap().unwrap();

/** The keys validation keeps of each object stored whole, in its order. */
export const SCALE_KEPT_KEYS = {
  referenceText: Object.keys(ReferenceText.shape),
  reasoning: Object.keys(Reasoning.shape),
  submission: Object.keys(Submission.shape),
  reportedIssue: Object.keys(ReportedIssue.shape),
  modelParameters: Object.keys(modelParameters.shape),
} as const;

export type ScaleTaskRecord = z.infer<typeof ScaleTask>;
export type ScaleAnnotationRecord = z.infer<typeof ScaleAnnotation>;

/** Scale task status words and Annograph's lifecycle (DECISIONS.md D2). */
export const STATUS_FROM_SCALE = {
  pending: 'PENDING',
  completed: 'COMPLETED',
  canceled: 'CANCELED',
  error: 'FAILED',
  deleted: 'DELETED',
} as const;
export const STATUS_TO_SCALE = {
  PENDING: 'pending',
  COMPLETED: 'completed',
  CANCELED: 'canceled',
  FAILED: 'error',
  DELETED: 'deleted',
  DRAFT: 'pending',
  IN_PROGRESS: 'pending',
} as const;

/** The id a Scale reference (a string, or an expanded object) names. */
export function refId(value: ScaleTaskRecord['project']): string | null {
  if (value == null) return null;
  return typeof value === 'string' ? value : value.id;
}

/** One validation problem per line: `threads.0.turns.1.messages.0.role: Invalid enum value …`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}
