import { getNamedType, isNonNullType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { baselineFor, pickSome, selectionFor, type Random } from './arguments';
import type { Fixtures } from './fixtures';
import { get, graphqlBody, post, type HostileRequest } from './request';
import { deepArray, deepObject, toGraphQL, type Value } from './values';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Alias, fragment and directive bombs, fragment cycles, deep fan-out through the schema's cycles, huge documents. */
export function documentRequests(fixtures: Fixtures, authorization: string, random: Random): HostileRequest[] {
  const out: HostileRequest[] = [];
  const q = (kind: string, label: string, query: string, variables?: Record<string, Value>, operationName?: string) =>
    out.push(post(`documents/${kind}`, label, authorization, graphqlBody(query, variables, operationName)));
  const project = fixtures.own.project![0];
  const task = fixtures.own.task![0];

  // Aliases.
  for (const n of [31, 100, 1000, 5000])
    q(
      'alias-bomb',
      `${n} aliases of __typename`,
      `{ ${range(n)
        .map((i) => `a${i}: __typename`)
        .join(' ')} }`,
    );
  for (const n of [30, 31, 200])
    q(
      'alias-bomb',
      `${n} aliases of a page of 100 projects`,
      `{ ${range(n)
        .map((i) => `a${i}: projects(first: 100) { nodes { id tasks(first: 100) { nodes { id } } } }`)
        .join(' ')} }`,
    );
  q(
    'alias-bomb',
    '30 aliases of tasks x 30 aliases below',
    `{ ${range(30)
      .map(
        (i) =>
          `a${i}: tasks(first: 100) { nodes { ${range(30)
            .map((j) => `b${j}: threads(first: 100) { totalCount }`)
            .join(' ')} } }`,
      )
      .join(' ')} }`,
  );
  q(
    'alias-bomb',
    '1000 aliased node(id:) lookups',
    `{ ${range(1000)
      .map((i) => `n${i}: node(id: "${task}") { id }`)
      .join(' ')} }`,
  );
  q(
    'alias-bomb',
    'the same field 2000 times, no alias',
    `{ ${range(2000)
      .map(() => 'projects { totalCount }')
      .join(' ')} }`,
  );
  q(
    'alias-bomb',
    'conflicting fields under one name',
    `{ ${range(200)
      .map((i) => `x: project(id: "${project}${i}") { id }`)
      .join(' ')} }`,
  );

  // Fragment bombs: each level spreads the one below twice (2^n expansions if anything expands them).
  for (const n of [10, 20, 30, 60]) {
    const frags = range(n)
      .map((i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`)
      .join(' ');
    q(
      'fragment-bomb',
      `fragments doubling ${n} times`,
      `query Bomb { ...F${n} } fragment F0 on Query { __typename projects { totalCount } } ${frags}`,
      undefined,
      'Bomb',
    );
  }
  for (const n of [10, 25]) {
    const frags = range(n)
      .map(
        (i) =>
          `fragment P${i + 1} on Project { organization { projects(first: 100) { nodes { ...P${i} ...P${i} } } } }`,
      )
      .join(' ');
    q(
      'fragment-bomb',
      `fragments doubling ${n} times through the schema`,
      `query Bomb { projects(first: 100) { nodes { ...P${n} } } } fragment P0 on Project { id } ${frags}`,
      undefined,
      'Bomb',
    );
  }
  q(
    'fragment-bomb',
    '2000 inline fragments',
    `{ ${range(2000)
      .map(() => '... on Query { __typename }')
      .join(' ')} }`,
  );
  q(
    'fragment-bomb',
    '500 unused fragments',
    `{ __typename } ${range(500)
      .map((i) => `fragment U${i} on Query { __typename }`)
      .join(' ')}`,
  );
  q('fragment-bomb', 'a fragment on an unknown type', '{ ...X } fragment X on NotAType { id }');
  q('fragment-bomb', 'an unknown fragment', '{ ...Nope }');
  q(
    'fragment-bomb',
    'inline fragments nested 800 deep',
    `{ ${'... on Query { '.repeat(800)}__typename${' }'.repeat(800)} }`,
  );

  // Fragment cycles.
  q(
    'fragment-cycle',
    'a fragment spreading itself',
    'query C { ...A } fragment A on Query { ...A __typename }',
    undefined,
    'C',
  );
  q(
    'fragment-cycle',
    'two fragments spreading each other',
    'query C { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    undefined,
    'C',
  );
  q(
    'fragment-cycle',
    'a cycle through the schema',
    'query C { projects { nodes { ...P } } } fragment P on Project { organization { projects { nodes { ...P } } } }',
    undefined,
    'C',
  );
  q(
    'fragment-cycle',
    'a cycle of 50 fragments',
    `query C { ...K0 } ${range(50)
      .map((i) => `fragment K${i} on Query { ...K${(i + 1) % 50} }`)
      .join(' ')}`,
    undefined,
    'C',
  );
  q(
    'fragment-cycle',
    'a cycle inside an inline fragment',
    'query C { ... on Query { ...A } } fragment A on Query { ... on Query { ...A } }',
    undefined,
    'C',
  );

  // Directives.
  for (const n of [100, 1000, 3000])
    q(
      'directive-bomb',
      `${n} @include on one field`,
      `{ __typename ${range(n)
        .map(() => '@include(if: true)')
        .join(' ')} }`,
    );
  q(
    'directive-bomb',
    '500 unknown directives',
    `{ __typename ${range(500)
      .map((i) => `@d${i}`)
      .join(' ')} }`,
  );
  q(
    'directive-bomb',
    '@skip and @include with variables 200 times',
    `query D($t: Boolean!) { __typename ${range(200)
      .map(() => '@skip(if: $t) @include(if: $t)')
      .join(' ')} }`,
    { t: true },
  );
  q(
    'directive-bomb',
    'a directive with a 1 MB argument',
    `{ __typename @include(if: true, zz: "${'a'.repeat(1_000_000)}") }`,
  );
  q(
    'directive-bomb',
    '@defer and @stream (not enabled)',
    '{ projects { ... @defer { totalCount } nodes @stream(initialCount: 1) { id } } }',
  );
  q(
    'directive-bomb',
    'directives at wrong places',
    'query Q @include(if: true) { __typename @deprecated } fragment F on Query @skip(if: false) { __typename }',
    undefined,
    'Q',
  );
  q(
    'directive-bomb',
    'a directive with a 10,000-deep list argument',
    `{ __typename @include(if: ${'['.repeat(1000)}true${']'.repeat(1000)}) }`,
  );

  // Deep fan-out through the schema's own cycles (project -> organization -> projects -> ...).
  for (const levels of [3, 5, 8, 10, 16]) {
    for (const size of [1, 100]) {
      const open = `projects(first: ${size}) { nodes { organization { `;
      q(
        'fan-out',
        `project -> organization -> projects, ${levels} times, first ${size}`,
        `{ ${open.repeat(levels)}id${' } } }'.repeat(levels)} }`,
      );
    }
  }
  for (const levels of [4, 12]) {
    const open = 'tasks(first: 100) { nodes { project { ';
    q(
      'fan-out',
      `tasks -> project -> tasks, ${levels} times`,
      `{ project(id: "${project}") { ${open.repeat(levels)}id${' } } }'.repeat(levels)} } }`,
    );
  }
  q(
    'fan-out',
    'task -> threads -> turns -> messages -> annotations at 100 each',
    `{ tasks(first: 100) { nodes { threads(first: 100) { nodes { turns(first: 100) { nodes { messages(first: 100) { nodes { annotations(first: 100) { nodes { id value } } } } } } } } } } }`,
  );
  q(
    'fan-out',
    'node -> task -> project -> organization -> projects, through interfaces',
    `{ node(id: "${task}") { ... on Task { project { organization { projects(first: 100) { nodes { tasks(first: 100) { nodes { ... on Node { id } } } } } } } } } }`,
  );
  q(
    'fan-out',
    'nodes(ids:) of 500 ids with a fan-out each',
    `query N($ids: [ID!]!) { nodes(ids: $ids) { ... on Project { tasks(first: 100) { nodes { id } } } } }`,
    { ids: Array(500).fill(project) },
  );
  q('fan-out', 'selections nested 1,200 deep', `{ ${'a { '.repeat(1200)}b${' }'.repeat(1200)} }`);
  q(
    'fan-out',
    'introspection 40 levels deep',
    `{ __schema { types { ${'fields { type { ofType { fields { '.repeat(10)}name${' } } } }'.repeat(10)} } } }`,
  );
  q(
    'fan-out',
    'introspection: every type with everything',
    '{ __schema { types { name fields(includeDeprecated: true) { name args { name type { name ofType { name ofType { name } } } } type { name ofType { name } } } inputFields { name } enumValues { name } possibleTypes { name } } } }',
  );
  q('fan-out', '__type with a 1 MB name', `{ __type(name: "${'T'.repeat(1_000_000)}") { name } }`);

  // Documents that are not GraphQL, or are GraphQL of another kind.
  q('document', 'an empty document', '');
  q('document', 'only a comment', '# nothing');
  q('document', 'a subscription', 'subscription { __typename }');
  q('document', 'a schema definition', 'type Query { x: Int } schema { query: Query }');
  q(
    'document',
    '4,001 tokens',
    `{ ${range(4001)
      .map(() => '__typename')
      .join(' ')} }`,
  );
  q('document', 'a 1 MB comment', `{ __typename } #${'c'.repeat(1_000_000)}`);
  q('document', 'a 1 MB string literal', `{ project(id: "${'p'.repeat(1_000_000)}") { id } }`);
  q('document', 'an unterminated string', '{ project(id: "abc) { id } }');
  q('document', 'unbalanced braces 100,000 deep', '{'.repeat(100_000));
  q('document', 'a list literal 1,300 deep', `{ nodes(ids: ${'['.repeat(1300)}"x"${']'.repeat(1300)}) { id } }`);
  q(
    'document',
    'an object literal 900 deep as JSON',
    `mutation { taskSetMetadata(id: "${task}", metadata: ${toGraphQL(deepObjectLiteral(900))}) { userErrors { code } } }`,
  );
  q(
    'document',
    'an object literal 30 deep as JSON',
    `mutation { taskSetMetadata(id: "${task}", metadata: ${toGraphQL(deepObjectLiteral(30))}, merge: true) { userErrors { code } } }`,
  );
  q('document', 'a BOM and control characters', '\ufeff{ __typename \u0007 }');
  q('document', 'a lone surrogate in a string', `{ project(id: "\ud800") { id } }`);
  q('document', 'invalid escapes', '{ project(id: "\\u{110000} \\x41") { id } }');
  q('document', 'a block string of 1 MB', `{ project(id: """${'b'.repeat(1_000_000)}""") { id } }`);
  q('document', 'variables: undeclared', '{ project(id: $nope) { id } }');
  q('document', 'variables: declared twice', 'query V($a: ID!, $a: ID!) { project(id: $a) { id } }', { a: project });
  q('document', 'variables: wrong type for the position', 'query V($a: Int) { project(id: $a) { id } }', { a: 1 });
  q('document', 'variables: a default of the wrong type', 'query V($a: ID! = 12.5) { project(id: $a) { id } }');
  q('document', 'variables: an unknown type', 'query V($a: NotAType) { project(id: $a) { id } }', { a: 1 });
  q('document', 'variables: an output type', 'query V($a: Project) { project(id: $a) { id } }', { a: {} });
  q(
    'document',
    'variables: 1,000 declared',
    `query V(${range(1000)
      .map((i) => `$v${i}: Int`)
      .join(', ')}) { __typename }`,
  );
  q(
    'document',
    'variables: a default 1,000 deep',
    `query V($a: JSON = ${'['.repeat(1000)}${']'.repeat(1000)}) { __typename }`,
  );
  q(
    'document',
    'variables: a JSON default 200 deep used',
    `mutation V($m: JSON! = ${toGraphQL(deepObjectLiteral(200))}) { taskSetMetadata(id: "${task}", metadata: $m) { userErrors { code } } }`,
  );
  q(
    'document',
    'a mutation with 30 root fields',
    `mutation { ${range(30)
      .map((i) => `t${i}: taskSetMetadata(id: "${task}", metadata: { n: ${i} }, merge: true) { userErrors { code } }`)
      .join(' ')} }`,
  );
  out.push(
    get('documents/document', 'GET: selections nested 1,200 deep', authorization, {
      query: `{ ${'a { '.repeat(1200)}b${' }'.repeat(1200)} }`,
    }),
  );
  out.push(
    get('documents/document', 'GET: variables of lists 1,500 deep', authorization, {
      query: 'query V($a: JSON) { __typename }',
      variables: deepArray(1500).json,
    }),
  );
  out.push(
    get('documents/document', 'GET: variables of objects 700 deep', authorization, {
      query: 'query V($a: JSON) { __typename }',
      variables: deepObject(700).json,
    }),
  );

  // Federation's _entities: representations are `_Any`, so anything reaches the resolver.
  const entities = 'query E($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Task { id } } }';
  for (const [label, r] of [
    ['an unknown __typename', [{ __typename: 'Nope', id: task }]],
    ['a __typename that is not an entity', [{ __typename: 'Query' }]],
    ['a __typename that is a scalar', [{ __typename: 'String', id: task }]],
    ['a __typename that is a number', [{ __typename: 1, id: task }]],
    ['no __typename', [{ id: task }]],
    ['a list', [[task]]],
    ['a string', ['Task']],
    ['an id that is an object', [{ __typename: 'Task', id: { a: 1 } }]],
    ['an id of another type', [{ __typename: 'Task', id: project }]],
    ['an id of organization B', [{ __typename: 'Task', id: fixtures.foreign.task![0] }]],
    ['a valid task and a broken one', [{ __typename: 'Task', id: task }, { __typename: 'Nope' }]],
    ['an interface __typename', [{ __typename: 'Node', id: task }]],
  ] as [string, Value][])
    q('federation', `_entities: ${label}`, entities, { r });
  void random;
  return out;
}

function deepObjectLiteral(depth: number): Value {
  let v: Value = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/**
 * Connection and other arguments of nested fields: the shortest path from a root field to every object field with
 * arguments (depth-bounded), each argument given page sizes, cursors, wrong types and deep JSON.
 */
export function nestedArgumentRequests(
  schema: GraphQLSchema,
  fixtures: Fixtures,
  authorization: string,
  random: Random,
): HostileRequest[] {
  const out: HostileRequest[] = [];
  type Path = { prefix: string[]; suffix: string[] };
  const seen = new Map<string, Path>();
  const queue: { type: GraphQLObjectType; path: Path; depth: number }[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const named = getNamedType(field.type);
    if (!isObjectType(named) || named.name.startsWith('_')) continue;
    const args = field.args
      .filter((a) => isNonNullType(a.type))
      .map((a) => `${a.name}: ${toGraphQL(baselineFor(a.type, a.name, field.name, fixtures))}`);
    const call = args.length ? `${field.name}(${args.join(', ')})` : field.name;
    queue.push({ type: named, path: { prefix: [`${call} {`], suffix: ['}'] }, depth: 1 });
  }
  while (queue.length) {
    const { type, path, depth } = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const key = `${type.name}.${field.name}`;
      if (field.args.length && !seen.has(key)) {
        seen.set(key, path);
        const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
        const call = `${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})`;
        const query = `query Nested(${defs}) { ${path.prefix.join(' ')} ${call} ${selectionFor(named, 0)} ${path.suffix.join(' ')} }`;
        for (const arg of field.args) {
          const values = nestedValues(getNamedType(arg.type).name, arg.name);
          for (const [label, value] of arg.name === 'first' ? values.slice(2) : pickSome(values, 1, random)) {
            const vars: Record<string, Value> = {};
            for (const a of field.args)
              if (isNonNullType(a.type)) vars[a.name] = baselineFor(a.type, a.name, field.name, fixtures);
            vars[arg.name] = value;
            out.push(
              post('nested-arguments/args', `${key}(${arg.name}: ${label})`, authorization, () =>
                graphqlBody(query, vars),
              ),
            );
          }
        }
      }
      if (depth < 4 && isObjectType(named) && !field.args.some((a) => isNonNullType(a.type))) {
        const step = named.name.endsWith('Connection')
          ? [`${field.name}(first: 1) { nodes {`, '} }']
          : [`${field.name} {`, '}'];
        if (named.name.endsWith('Connection')) {
          const node = getNamedType(named.getFields().nodes?.type);
          if (node && isObjectType(node))
            queue.push({
              type: node,
              path: { prefix: [...path.prefix, step[0]], suffix: [step[1], ...path.suffix] },
              depth: depth + 1,
            });
        } else
          queue.push({
            type: named,
            path: { prefix: [...path.prefix, step[0]], suffix: [step[1], ...path.suffix] },
            depth: depth + 1,
          });
      }
    }
  }
  function nestedValues(typeName: string, name: string): [string, Value][] {
    const common: [string, Value][] = [
      ['null', null],
      ['an object', { a: 1 }],
      ['lists 10,000 deep', deepArray(10_000)],
      ['JSON 100,000 deep', deepObject(100_000)],
    ];
    if (typeName === 'Int')
      return [...common, ['-1', -1], ['101', 101], ['2^31', 2147483648], ['1.5', 1.5], ['"5"', '5']];
    if (name === 'after' || name === 'before')
      return [
        ...common,
        ['a foreign cursor', fixtures.cursors.foreign[0]],
        ['a cursor of another list', fixtures.cursors.projects[0]],
        ['garbage', '%%%'],
        ['1 MB', 'c'.repeat(1_000_000)],
      ];
    if (typeName === 'String' || typeName === 'ID')
      return [...common, ['1 MB', 'x'.repeat(1_000_000)], ['an id of organization B', fixtures.foreign.task![0]]];
    return [...common, ['a string', 'ZZ_NOT_A_VALUE'], ['100,000 elements', { list: new Array(10).fill('x') }]];
  }
  return out;
}
