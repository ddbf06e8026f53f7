import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';
import { isIsoInstant } from '../iso-instant';
import { jsonDepthExceeds } from '../json-depth';

/** A client's value for an error message: a short quote of a string, else only its kind (it may be huge or deep). */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : String(value).slice(0, 40);
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !isIsoInstant(value)) {
    throw new GraphQLError(`DateTime must be an ISO-8601 instant such as 2026-11-25T10:57:00Z, got ${describe(value)}`);
  }
  return new Date(value).toISOString();
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

// Bounds on JSON inputs: a deeply nested value would overflow the stack when stored, merged or read back
// (ecosystem.md §4). Measured without recursion before JSON.stringify walks it.
export const MAX_JSON_DEPTH = 32;
const MAX_JSON_BYTES = 256 * 1024;

function parseJson(value: unknown): unknown {
  if (jsonDepthExceeds(value, MAX_JSON_DEPTH))
    throw new GraphQLError(`JSON value nests deeper than ${MAX_JSON_DEPTH} levels`);
  if (JSON.stringify(value)?.length > MAX_JSON_BYTES)
    throw new GraphQLError(`JSON value is larger than ${MAX_JSON_BYTES} bytes`);
  return value;
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: parseJson,
  parseLiteral: (ast: ValueNode, variables) => parseJson(valueFromASTUntyped(ast, variables)),
});
