import Ajv2020 from 'ajv/dist/2020';

/** The JSON Schema of a train task's instructions: how to normalise values and when a code counts as known. */
export const INSTRUCTIONS_SCHEMA = {
  $id: 'https://annograph.dev/schemas/coding-instructions.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  properties: {
    caseSensitive: { type: 'boolean', default: false, description: 'Compare values with case (default: ignore case).' },
    minSupport: {
      type: 'integer',
      minimum: 1,
      default: 1,
      description: 'How many coded examples a value needs to be known.',
    },
    ambiguity: {
      type: 'number',
      minimum: 0.5,
      maximum: 1,
      default: 1,
      description: 'Share the top code must reach for a value to code directly; below it the value is ambiguous.',
    },
  },
} as const;

export const CODING_SERVICE_INFO = {
  serviceId: 'annograph-coding',
  id: 'annograph-coding',
  type: 'annograph-exact-value-coder',
  version: '1.0.0',
  apiVersion: '0.2.0',
  mode: 'train+code',
  instructionsText:
    'Train: from coded responses, learn per variable which normalised value maps to which code and score (trimmed, ' +
    'whitespace collapsed, case ignored unless caseSensitive; lists sorted and joined). Code: a value seen with one ' +
    'code (or with a code of at least `ambiguity` share) gets it (CODING_COMPLETE); a value seen with several codes ' +
    'gets candidate codes by share (CODE_SELECTION_PENDING); an unseen value or variable is CODING_INCOMPLETE.',
  instructionsSchema: INSTRUCTIONS_SCHEMA,
};

const ajv = new Ajv2020({ allErrors: true, useDefaults: false });
const validate = ajv.compile(INSTRUCTIONS_SCHEMA);

/** null when the instructions satisfy the schema, else the reasons. */
export function instructionsProblem(instructions: unknown): string | null {
  if (validate(instructions)) return null;
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath || '(instructions)'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}
