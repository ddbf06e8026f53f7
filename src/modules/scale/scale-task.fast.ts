import Ajv from 'ajv';
import { annotationTypeOf } from '../annotation/annotation-value';
import { annotationProblem } from '../annotation/annotation-value-schema';
import { MAX_UPSTREAM_ID_LENGTH } from '../task/external-id';
import { isIsoInstant, type ScaleTaskRecord } from './scale-task.schema';

// A fast check that a Scale record is valid, for the import (issue 20, section 3): zod's parse of ScaleTask cost
// more than SQLite's inserts. The same rules as ScaleTask (scale-task.schema.ts), as a compiled JSON Schema: when it
// passes, the record is one ScaleTask accepts and maps to the same rows (the mapping keeps the keys zod would;
// test/scale/scale-fast-check.test.ts holds both to that); when it fails, ScaleTask decides and says why, so every
// message comes from there. It may refuse more than ScaleTask (that costs time only), never accept more.

const id = { type: 'string', minLength: 1, maxLength: MAX_UPSTREAM_ID_LENGTH };
const text = { type: ['string', 'null'] };
const nullish = (schema: object) => ({ anyOf: [{ type: 'null' }, schema] });
const listOf = (items: object) => ({ type: ['array', 'null'], items });
const object = { type: ['object', 'null'] };
const ref = nullish({
  anyOf: [id, { type: 'object', required: ['id'], properties: { id } }],
});
const instant = { type: 'string', format: 'iso-instant' };
const number = (bounds: object) => ({ type: ['number', 'null'], ...bounds });
const integer = (bounds: object) => ({ type: ['integer', 'null'], ...bounds });

const annotation = {
  allOf: [
    {
      type: 'object',
      required: ['key', 'type'],
      properties: {
        id,
        key: { type: 'string', minLength: 1 },
        type: { type: 'string', minLength: 1 },
        title: text,
        description: text,
        labels: listOf({ type: 'string' }),
        not_applicable: { type: ['boolean', 'null'] },
        cannot_assess: { type: ['boolean', 'null'] },
        metadata: object,
        justification: text,
        contributor_id: { type: ['string', 'null'], minLength: 1 },
      },
    },
    // After the shape is known good: the value rules annotationCreate applies.
    { scaleAnnotation: true },
  ],
};
const annotations = listOf(annotation);
const pairOfTexts = (a: string, b: string) => ({ type: 'object', properties: { [a]: text, [b]: text } });

const message = {
  type: 'object',
  required: ['role', 'content'],
  properties: {
    role: { enum: ['system', 'user', 'assistant', 'function'] },
    content: {
      type: 'object',
      properties: {
        text,
        reference_texts: listOf({ type: 'object', properties: { content: text, category: text, url: text } }),
        attachments: listOf({ type: 'object' }),
        chunks: listOf({
          type: 'object',
          required: ['type', 'text'],
          properties: { type: { type: 'string', minLength: 1 }, text: { type: 'string' }, annotations },
        }),
        reasoning: listOf({ type: 'object', properties: { content: text } }),
      },
    },
    source_id: { type: ['string', 'null'], maxLength: MAX_UPSTREAM_ID_LENGTH },
    model_parameters: nullish({
      type: 'object',
      properties: {
        model: text,
        temperature: number({ minimum: 0 }),
        max_completion_tokens: integer({ minimum: 1 }),
        top_p: number({ minimum: 0, maximum: 1 }),
        top_k: integer({ minimum: 0 }),
      },
    }),
    annotations,
    rubric_evaluations: listOf({}),
  },
};

const SCALE_TASK = {
  type: 'object',
  required: ['task_id', 'status', 'created_at'],
  properties: {
    task_id: id,
    project: ref,
    batch: ref,
    status: { enum: ['pending', 'completed', 'canceled', 'error', 'deleted'] },
    created_at: instant,
    completed_at: nullish(instant),
    metadata: object,
    threads: listOf({
      type: 'object',
      required: ['id'],
      properties: {
        id,
        turns: listOf({
          type: 'object',
          required: ['id'],
          properties: { id, messages: listOf(message), annotations, rubrics: listOf({}) },
        }),
        annotations,
        submissions: listOf(pairOfTexts('submitted_at', 'contributor_id')),
      },
    }),
    annotations,
    errors: listOf(pairOfTexts('type', 'message')),
    sensitive_content_reports: listOf(pairOfTexts('type', 'message')),
  },
};

// unicode: false counts lengths as zod does (UTF-16 code units), not code points (the test holds it to that; Ajv
// logs that the option is deprecated, hence no logger).
const ajv = new Ajv({ allowUnionTypes: true, unicode: false, logger: false });
ajv.addFormat('iso-instant', { type: 'string', validate: isIsoInstant });
ajv.addKeyword({
  keyword: 'scaleAnnotation',
  schemaType: 'boolean',
  validate: (_: boolean, a: { key: string; type: string; value?: unknown; possible_values?: unknown }) =>
    annotationProblem({
      key: a.key,
      type: annotationTypeOf(a.type),
      value: a.value,
      possibleValues: a.possible_values,
    }) === null,
});
const check = ajv.compile(SCALE_TASK);

/** True when the record is certainly valid (ScaleTask accepts it); false: ask ScaleTask. */
export function knownValidScaleTask(value: unknown): value is ScaleTaskRecord {
  return check(value);
}
