import { GraphQLError, GraphQLScalarType, Kind, valueFromASTUntyped, type ValueNode } from 'graphql';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(`DateTime must be an ISO-8601 instant such as 2026-11-25T10:57:00Z, got ${JSON.stringify(value)}`);
  }
  return new Date(value).toISOString();
}

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

// Bounds on JSON inputs: a deeply nested value would overflow the stack when read back (ecosystem.md §4).
const MAX_JSON_DEPTH = 32;
const MAX_JSON_BYTES = 256 * 1024;

function checkDepth(value: unknown, depth: number): void {
  if (depth > MAX_JSON_DEPTH) throw new GraphQLError(`JSON value nests deeper than ${MAX_JSON_DEPTH} levels`);
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) checkDepth(child, depth + 1);
  }
}

function parseJson(value: unknown): unknown {
  checkDepth(value, 0);
  if (JSON.stringify(value)?.length > MAX_JSON_BYTES) throw new GraphQLError(`JSON value is larger than ${MAX_JSON_BYTES} bytes`);
  return value;
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: parseJson,
  parseLiteral: (ast: ValueNode, variables) => parseJson(valueFromASTUntyped(ast, variables)),
});
