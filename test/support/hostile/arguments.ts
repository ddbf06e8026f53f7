import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { encodeCursor } from '../../../src/pagination/page-window';
import type { NodeTable } from '../../../src/ids';
import { ownIdFor, tableForId, type Fixtures } from './fixtures';
import { graphqlBody, post, type HostileRequest } from './request';
import {
  cloneValue,
  deepArray,
  deepMixed,
  deepObject,
  EnumValue,
  longList,
  manyKeys,
  MEGABYTE_STRING,
  Raw,
  toGraphQL,
  type Value,
} from './values';

// Requests generated from the schema: every argument of every root field (and input fields below, to a bounded
// depth; list elements too) gets each hostile value that applies to its type, sent as a variable; a share of them
// also as an inline literal. The rest of the request is a valid baseline (real ids of the caller's organization).

export type Random = () => number;

const INPUT_DEPTH = 3;
const OMIT = Symbol('omit');
type Mutation = { kind: string; label: string; value: Value | typeof OMIT; inline?: boolean };

/** A position inside a field's arguments: `input.events.0.createdAt`, with the input type at every step. */
export type Position = { path: (string | number)[]; types: GraphQLInputType[]; name: string };

export function positionsOf(field: { args: readonly GraphQLArgument[] }): Position[] {
  const out: Position[] = [];
  const walk = (path: (string | number)[], types: GraphQLInputType[], name: string, depth: number) => {
    out.push({ path, types, name });
    const type = getNullableType<GraphQLInputType>(types[types.length - 1]);
    if (isListType(type)) walk([...path, 0], [...types, type.ofType], name, depth);
    else if (isInputObjectType(type) && depth < INPUT_DEPTH) {
      for (const f of Object.values(type.getFields())) walk([...path, f.name], [...types, f.type], f.name, depth + 1);
    }
  };
  for (const arg of field.args) walk([arg.name], [arg.type], arg.name, 1);
  return out;
}

const FIXED_TIME = '2026-12-01T00:00:00.000Z';

/** A valid value for a type: required input fields only, real ids by name. */
export function baselineFor(
  type: GraphQLInputType,
  name: string,
  rootField: string,
  fixtures: Fixtures,
  depth = 0,
): Value {
  const t = getNullableType<GraphQLInputType>(type);
  if (isListType(t)) return [baselineFor(t.ofType, name, rootField, fixtures, depth)];
  if (isInputObjectType(t)) {
    const value: Record<string, Value> = {};
    if (depth > 5) return value;
    for (const f of Object.values(t.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined)
        value[f.name] = baselineFor(f.type, f.name, rootField, fixtures, depth + 1);
    }
    return value;
  }
  if (isEnumType(t)) return new EnumValue(t.getValues()[0].name);
  switch (t.name) {
    case 'ID':
      return ownIdFor(fixtures, name, rootField);
    case 'Int':
      return 1;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return false;
    case 'JSON':
      return { hostile: true };
    case 'DateTime':
      return FIXED_TIME;
    case '_Any':
      return { __typename: 'Task', id: fixtures.own.task![0] };
    default:
      if (/email/i.test(name)) return 'hostile@test.example';
      if (/url/i.test(name)) return 'https://example.test/hook';
      return `hostile ${name}`;
  }
}

/** The variables of a field's required arguments, with `value` put at `position` (OMIT: taken out). */
function variablesWith(
  field: GraphQLField<unknown, unknown>,
  rootField: string,
  fixtures: Fixtures,
  position: Position,
  value: Value | typeof OMIT,
): Record<string, Value> {
  const vars: Record<string, Value> = {};
  for (const arg of field.args) {
    if (isNonNullType(arg.type) || arg.name === position.path[0])
      vars[arg.name] = baselineFor(arg.type, arg.name, rootField, fixtures);
  }
  let container: any = vars;
  for (let i = 0; i < position.path.length - 1; i++) {
    const key = position.path[i];
    if (
      container[key] === null ||
      typeof container[key] !== 'object' ||
      container[key] instanceof Raw ||
      container[key] instanceof EnumValue
    ) {
      container[key] = baselineFor(position.types[i], position.name, rootField, fixtures);
    }
    container = container[key];
    if (Array.isArray(container) && container.length === 0)
      container.push(baselineFor(position.types[i + 1], position.name, rootField, fixtures));
  }
  const last = position.path[position.path.length - 1];
  if (value === OMIT) {
    if (Array.isArray(container)) container.splice(Number(last), 1);
    else delete container[last];
  } else container[last] = value;
  return vars;
}

/** A small selection of a type: its leaf fields, `userErrors`, and one level of objects below (ids and leaves). */
export function selectionFor(type: GraphQLNamedType, depth = 1): string {
  if (isLeafType(type)) return '';
  if (isAbstractType(type)) return '{ __typename ... on Node { id } }';
  const obj = type as GraphQLObjectType;
  const parts: string[] = [];
  for (const f of Object.values(obj.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) {
      if (parts.length < 14) parts.push(f.name);
    } else if (f.name === 'userErrors') parts.push('userErrors { field message code }');
    else if (depth > 0 && parts.length < 20 && !named.name.endsWith('Connection')) {
      const inner = selectionFor(named, depth - 1);
      if (inner !== '{ }') parts.push(`${f.name} ${inner}`);
    }
  }
  if (parts.length === 0) parts.push('__typename');
  return `{ ${parts.join(' ')} }`;
}

function operationText(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  inline?: Record<string, Value>,
): string {
  const selection = selectionFor(getNamedType(field.type));
  if (inline) {
    const args = Object.entries(inline)
      .map(([k, v]) => `${k}: ${toGraphQL(v)}`)
      .join(', ');
    return `${kind} Hostile { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
  }
  const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind} Hostile${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection} }`;
}

const OTHER_KINDS: { kind: string; value: Value; fits: (t: string) => boolean }[] = [
  { kind: 'string', value: 'not the right type', fits: (t) => ['String', 'ID', 'JSON', '_Any'].includes(t) },
  { kind: 'int', value: 7, fits: (t) => ['Int', 'Float', 'ID', 'JSON'].includes(t) },
  { kind: 'float', value: 2.5, fits: (t) => ['Float', 'JSON'].includes(t) },
  { kind: 'boolean', value: true, fits: (t) => ['Boolean', 'JSON'].includes(t) },
  { kind: 'object', value: { unexpected: { nested: 1 } }, fits: (t) => ['JSON', '_Any'].includes(t) },
  { kind: 'list', value: ['a', 'b'], fits: (t) => t === 'JSON' },
];

const MALFORMED_IDS = [
  '',
  ' ',
  'x',
  'task_',
  'task_0000',
  `task_${'Z'.repeat(26)}`,
  `proj_${'I'.repeat(26)}`,
  "'; drop table task; --",
  '%',
  '\u0000',
  'task_01J\u202eZZ',
  '../../etc/passwd',
  'TASK_01JABCDEFGHJKMNPQRSTVWXYZ',
  `${'task_'.repeat(3)}01J`,
];
const NUMBERS: [string, Value][] = [
  ['-1', -1],
  ['0', 0],
  ['101', 101],
  ['2^31-1', 2147483647],
  ['2^31', 2147483648],
  ['-2^31-1', -2147483649],
  ['1.5', 1.5],
  ['-0.5', -0.5],
  ['1e100', new Raw('1e100')],
  ['-1e308', new Raw('-1e308')],
  ['"10"', '10'],
];
const DATETIMES = [
  '2026-13-45T99:99:99Z',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-01-01',
  'now',
  '2026-12-01T00:00:00.000+25:00',
  `2026-12-01T00:00:00.${'9'.repeat(200)}Z`,
];

function mutationsFor(position: Position, rootField: string, fixtures: Fixtures, random: Random): Mutation[] {
  const type = position.types[position.types.length - 1];
  const nullable = getNullableType<GraphQLInputType>(type);
  const named = getNamedType(type);
  const out: Mutation[] = [];
  const topLevel = position.path.length === 1;
  const add = (kind: string, label: string, value: Value | typeof OMIT, inline = false) =>
    out.push({ kind, label, value, inline: inline && (topLevel || random() < 0.15) });
  const inList = typeof position.path[position.path.length - 1] === 'number';

  if (isNonNullType(type) || topLevel) add('null', isNonNullType(type) ? 'null for non-null' : 'null', null, true);
  if (isNonNullType(type) && !inList) add('null', 'missing', OMIT, true);

  if (isListType(nullable)) {
    const element = baselineFor(nullable.ofType, position.name, rootField, fixtures);
    const small = JSON.stringify(element instanceof EnumValue ? element.name : element)?.length ?? 4;
    add('huge-list', '100,000 elements', longList(100_000, small <= 40 ? element : null));
    add('huge-list', '100,000 empty objects', longList(100_000, {}));
    add('huge-list', '100,000 nulls', longList(100_000, null));
    add('wrong-type', 'a list of lists', [[element]], true);
    add('wrong-type', 'an object for a list', { a: 1 }, true);
    add('deep-json', 'lists 10,000 deep', deepArray(10_000));
    return out;
  }
  if (isInputObjectType(nullable)) {
    const base = baselineFor(nullable, position.name, rootField, fixtures) as Record<string, Value>;
    add('wrong-type', 'a string for an object', 'not an object', true);
    add('wrong-type', 'a list for an object', [base], true);
    add('wrong-type', 'an unknown field', { ...cloneValue(base), zzUnknownField: 1 }, true);
    if (topLevel || random() < 0.5)
      add('deep-json', 'an unknown field holding JSON 100,000 deep', {
        ...cloneValue(base),
        zzUnknownField: deepObject(100_000),
      });
    if (topLevel || random() < 0.4)
      add('deep-json', 'an unknown field holding JSON 10,000 deep', {
        ...cloneValue(base),
        zzUnknownField: deepMixed(10_000),
      });
    if (topLevel || random() < 0.4) add('deep-json', 'the object itself 10,000 deep', deepObject(10_000));
    add('huge-list', '100,000 unknown fields', manyKeys('f'));
    return out;
  }

  const wrong = OTHER_KINDS.filter((o) => !o.fits(named.name) && !isEnumType(named));
  for (const other of pickSome(wrong, topLevel ? 2 : random() < 0.5 ? 1 : 0, random))
    add('wrong-type', other.kind, other.value, true);
  if (isEnumType(named)) {
    const first = named.getValues()[0].name;
    add('enum', 'unknown enum value', new EnumValue('ZZ_NOT_A_VALUE'), true);
    add('enum', 'lower-case enum value', new EnumValue(first.toLowerCase()), true);
    add('enum', 'enum value as a number', 3, true);
    add('enum', 'an empty string', '');
    add('enum', 'a string with the value and a space', `${first} `);
    // graphql-js suggests enum values by edit distance to what was sent: a megabyte costs the server about a second.
    if (topLevel || random() < 0.3) add('huge-string', '1 MB enum value', MEGABYTE_STRING);
  }
  if (['String', 'ID', 'JSON', 'DateTime', '_Any'].includes(named.name) && (topLevel || random() < 0.5))
    add('huge-string', '1 MB string', MEGABYTE_STRING, random() < 0.25);
  if (topLevel || random() < 0.3) add('deep-json', 'lists 10,000 deep', deepArray(10_000));
  if (['String', 'ID', 'JSON'].includes(named.name) && (topLevel || random() < 0.3)) {
    // PostgreSQL refuses U+0000 in text; lone surrogates and bidi controls are valid JSON strings too.
    add('control-chars', 'a NUL character', named.name === 'JSON' ? { k: 'a\u0000b' } : 'a\u0000b');
    add(
      'control-chars',
      'a lone surrogate and a bidi override',
      named.name === 'JSON' ? { k: '\ud800\u202e' } : '\ud800\u202e',
    );
  }
  if (named.name === 'JSON' || named.name === '_Any') {
    add('deep-json', 'JSON 10,000 deep (objects)', deepObject(10_000));
    add('deep-json', 'JSON 100,000 deep (objects)', deepObject(100_000));
    add('deep-json', 'JSON 10,000 deep (mixed)', deepMixed(10_000));
    add('deep-json', 'JSON 64 deep', deepObject(64));
    add('deep-json', 'JSON 33 deep', deepObject(33));
    add('huge-list', 'JSON: 100,000 keys', manyKeys('k'));
    add('huge-list', 'JSON: a list of 100,000', longList(100_000, 1));
    add(
      'wrong-type',
      'JSON with __proto__',
      new Raw('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'),
    );
    add('wrong-type', 'JSON: a string of JSON', '{"a":1}');
  }
  if (named.name === 'DateTime') {
    add('deep-json', 'DateTime holding JSON 10,000 deep', deepObject(10_000));
    add('deep-json', 'DateTime holding lists 10,000 deep', deepArray(10_000));
    for (const d of DATETIMES) add('datetime', `DateTime ${d.slice(0, 40)}`, d, true);
    add('datetime', 'DateTime as a number', 1_764_547_200_000, true);
  }
  if (named.name === 'ID') {
    const table = tableForId(position.name, rootField);
    for (const id of pickSome(MALFORMED_IDS, topLevel ? 3 : 1, random))
      add('id', `malformed id ${JSON.stringify(id)}`, id, random() < 0.3);
    const otherTables = (Object.keys(fixtures.own) as NodeTable[]).filter(
      (t) => t !== table && fixtures.own[t]?.length,
    );
    const everyType = rootField === 'node' || rootField === 'nodes';
    for (const other of everyType ? otherTables : pickSome(otherTables, topLevel ? 2 : 1, random))
      add('id', `id of another type (${other})`, fixtures.own[other]![0]);
    const foreignSame = fixtures.foreign[table]?.[0];
    if (foreignSame) add('id', `id of organization B (${table})`, foreignSame, true);
    for (const other of pickSome(
      (Object.keys(fixtures.foreign) as NodeTable[]).filter((t) => t !== table),
      1,
      random,
    ))
      add('id', `id of organization B of another type (${other})`, fixtures.foreign[other]![0]);
    if (random() < 0.3) add('id', 'a cursor as an id', fixtures.cursors.tasks[0]);
    if (random() < 0.5)
      add('id', 'an id with a 100 KB suffix', `${ownIdFor(fixtures, position.name, rootField)}${'Z'.repeat(100_000)}`);
  }
  if (position.name === 'after' || position.name === 'before') {
    const ownId = fixtures.own.task![0];
    const cursorCases: [string, string][] = [
      ['not base64', '!!!not-base64***'],
      ['base64 without the prefix', Buffer.from(ownId).toString('base64url')],
      ['the prefix alone', encodeCursor('')],
      ['a cursor of another list (tasks)', fixtures.cursors.tasks[0]],
      ['a cursor of another list (projects)', fixtures.cursors.projects[0]],
      ['a cursor of organization B', fixtures.cursors.foreign[0]],
      ['a cursor of another type', encodeCursor(fixtures.own.annotation![0])],
      ['a cursor of garbage', encodeCursor('garbage \u0000 \u202e')],
      ['a cursor of an ordered position', encodeCursor(JSON.stringify(['2026-01-01T00:00:00Z', ownId]))],
      ['a cursor of a broken ordered position', encodeCursor('["2026-01-01T00:00:00Z"')],
      ['a cursor of a JSON object', encodeCursor('{"id":1,"__proto__":{}}')],
      ['a cursor holding JSON 10,000 deep', encodeCursor('['.repeat(10_000))],
      ['a cursor of 100 KB', encodeCursor('x'.repeat(100_000))],
      ['a cursor of a number', encodeCursor('1e308')],
    ];
    for (const [label, cursor] of cursorCases) add('cursor', label, cursor, random() < 0.4);
  }
  if (named.name === 'Int' || named.name === 'Float') {
    const pageSize = ['first', 'last', 'limit', 'eventsLimit'].includes(position.name);
    for (const [label, n] of pageSize ? NUMBERS : pickSome(NUMBERS, 4, random))
      add('page-size', `${position.name} = ${label}`, n, random() < 0.4);
  }
  if (named.name === 'Boolean') add('wrong-type', '"true" as a string', 'true', true);
  return out;
}

/** Up to `n` of `items`, drawn without repeats. */
export function pickSome<T>(items: T[], n: number, random: Random): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (copy.length && out.length < n) out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return out;
}

/** Every root field x every position x every hostile value that applies, as POST /graphql requests. */
export function argumentRequests(
  schema: GraphQLSchema,
  fixtures: Fixtures,
  authorization: string,
  random: Random,
): HostileRequest[] {
  const out: HostileRequest[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const) {
    for (const field of Object.values(root.getFields())) {
      const rootName = `${root.name}.${field.name}`;
      for (const position of positionsOf(field)) {
        for (const m of mutationsFor(position, field.name, fixtures, random)) {
          const vars = variablesWith(field, field.name, fixtures, position, m.value);
          const label = `${rootName} ${position.path.join('.')}: ${m.label}`;
          out.push(
            post(`arguments/${m.kind}`, `${label} (variables)`, authorization, () =>
              graphqlBody(operationText(kind, field), vars),
            ),
          );
          if (m.inline)
            out.push(
              post(`arguments/${m.kind}`, `${label} (literal)`, authorization, () =>
                graphqlBody(operationText(kind, field, vars)),
              ),
            );
        }
      }
      // The whole variables object nested 100,000 levels deep, beside the field's valid arguments.
      const vars: Record<string, Value> = {};
      for (const arg of field.args)
        if (isNonNullType(arg.type)) vars[arg.name] = baselineFor(arg.type, arg.name, field.name, fixtures);
      out.push(
        post('arguments/deep-json', `${rootName}: an undeclared variable nested 100,000 deep`, authorization, () =>
          graphqlBody(operationText(kind, field), { ...vars, zzDeep: deepObject(100_000) }),
        ),
      );
      if (random() < 0.3)
        out.push(
          post('arguments/deep-json', `${rootName}: an undeclared variable of lists 100,000 deep`, authorization, () =>
            graphqlBody(operationText(kind, field), { ...vars, zzDeep: deepArray(100_000) }),
          ),
        );
      // The valid baseline itself (and again: graphql-jit runs a document from its second run).
      out.push(
        post(
          'arguments/baseline',
          `${rootName}: valid arguments`,
          authorization,
          graphqlBody(operationText(kind, field), vars),
        ),
      );
      out.push(
        post(
          'arguments/baseline',
          `${rootName}: valid arguments, second run`,
          authorization,
          graphqlBody(operationText(kind, field), vars),
        ),
      );
    }
  }
  return out;
}

/** Is a field's type an object type that a path can walk through (not a list of abstract types)? */
export function walkable(type: GraphQLNamedType): type is GraphQLObjectType {
  return isObjectType(type) && !type.name.startsWith('_');
}

export { isScalarType };

/** Every root field once with valid arguments (organization A's ids), for a caller given by `authorization`. */
export function baselineRequests(
  schema: GraphQLSchema,
  fixtures: Fixtures,
  authorization: string,
  category: string,
  who: string,
): HostileRequest[] {
  const out: HostileRequest[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const) {
    for (const field of Object.values(root.getFields())) {
      if (field.name === 'tokenRevoke') continue; // would revoke the suite's own victim token for every later request
      const vars: Record<string, Value> = {};
      for (const arg of field.args)
        if (isNonNullType(arg.type)) vars[arg.name] = baselineFor(arg.type, arg.name, field.name, fixtures);
      out.push(
        post(
          category,
          `${who}: ${root.name}.${field.name} on organization A's ids`,
          authorization,
          graphqlBody(operationText(kind, field), vars),
        ),
      );
    }
  }
  return out;
}
