import { gzipSync } from 'node:zlib';
import type { Fixtures } from './fixtures';
import { get, graphqlBody, JSON_HEADERS, post, type HostileRequest } from './request';
import { deepArray, deepObject, MEGABYTE_STRING, Raw, type Value } from './values';

const QUERY_A = 'query A { projects(first: 1) { totalCount } }';
const QUERY_B = 'query B { viewer { user { id } } }';
const ANONYMOUS = '{ projects(first: 1) { totalCount } }';
const MUTATION_M = 'mutation M { tokenCreate(input: { name: "hostile" }) { userErrors { code } } }';

/** Every operationName variant, over POST and GET, each sent three times (graphql-jit takes over from a document's second run). */
export function operationNameRequests(authorization: string): HostileRequest[] {
  const out: HostileRequest[] = [];
  const hundredKb = 'N'.repeat(100_000);
  const variants: [string, string, Value | undefined][] = [
    ['a name not in the document', QUERY_A, 'Nope'],
    ['a name in another case', QUERY_A, 'a'],
    ['an empty name', QUERY_A, ''],
    ['a name of spaces', QUERY_A, '   '],
    ['a 100 KB name', QUERY_A, hundredKb],
    ['a 100 KB name, anonymous operation', ANONYMOUS, hundredKb],
    ['a name with one anonymous operation', ANONYMOUS, 'A'],
    ['an empty name with one anonymous operation', ANONYMOUS, ''],
    ['null with one named operation', QUERY_A, null],
    ['two operations and no name', `${QUERY_A} ${QUERY_B}`, undefined],
    ['two operations and null', `${QUERY_A} ${QUERY_B}`, null],
    ['two operations and an empty name', `${QUERY_A} ${QUERY_B}`, ''],
    ['two operations and a name in neither', `${QUERY_A} ${QUERY_B}`, 'C'],
    ['two operations and the second name', `${QUERY_A} ${QUERY_B}`, 'B'],
    ['two operations, a 100 KB name', `${QUERY_A} ${QUERY_B}`, hundredKb],
    ['two anonymous operations', `${ANONYMOUS} ${ANONYMOUS}`, undefined],
    ['an anonymous and a named operation', `${ANONYMOUS} ${QUERY_B}`, 'B'],
    ['two operations of one name', `${QUERY_A} ${QUERY_A}`, 'A'],
    ['a query and a mutation, choosing the mutation', `${QUERY_A} ${MUTATION_M}`, 'M'],
    ['a query and a mutation, no name', `${QUERY_A} ${MUTATION_M}`, undefined],
    ['a name that is a fragment', `${QUERY_A} fragment F on Query { __typename }`, 'F'],
    ['a name as a number', QUERY_A, 1],
    ['a name as a boolean', QUERY_A, true],
    ['a name as an object', QUERY_A, { name: 'A' }],
    ['a name as a list', QUERY_A, ['A']],
    ['a name 10,000 deep', QUERY_A, deepArray(10_000)],
    ['a name with control characters', QUERY_A, 'A\u0000\n\u202e'],
    ['a name of 1 MB', QUERY_A, MEGABYTE_STRING],
    ['a name only in a comment', `# query Hidden\n${QUERY_A}`, 'Hidden'],
    [
      '500 operations, the last chosen',
      Array.from({ length: 500 }, (_, i) => `query O${i} { __typename }`).join(' '),
      'O499',
    ],
    [
      '500 operations, none chosen',
      Array.from({ length: 500 }, (_, i) => `query O${i} { __typename }`).join(' '),
      undefined,
    ],
  ];
  for (const [label, query, name] of variants) {
    for (let run = 1; run <= 3; run++) {
      out.push(
        post('operation-name/post', `${label} (run ${run})`, authorization, graphqlBody(query, undefined, name)),
      );
    }
    if (typeof name === 'string' && name.length < 2000) {
      for (let run = 1; run <= 2; run++)
        out.push(
          get('operation-name/get', `GET: ${label} (run ${run})`, authorization, { query, operationName: name }),
        );
    } else if (name === undefined) {
      for (let run = 1; run <= 2; run++)
        out.push(get('operation-name/get', `GET: ${label} (run ${run})`, authorization, { query }));
    }
  }
  // With variables the operation does not declare, and a name that is not there: the cost limit and the jit path look the operation up.
  for (let run = 1; run <= 3; run++) {
    out.push(
      post(
        'operation-name/post',
        `variables and a missing name (run ${run})`,
        authorization,
        graphqlBody('query A($f: Int) { projects(first: $f) { totalCount } }', { f: 1 }, 'Z'),
      ),
    );
    out.push(
      post(
        'operation-name/post',
        `a persisted query hash with a missing name (run ${run})`,
        authorization,
        graphqlBody(QUERY_A, undefined, 'Z', {
          extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } },
        }),
      ),
    );
  }
  return out;
}

/** Bad HTTP: content types, broken or non-object JSON, batches, huge bodies, GET with a mutation, methods, paths, encodings. */
export function transportRequests(authorization: string, maxBodyBytes: number, fixtures: Fixtures): HostileRequest[] {
  const out: HostileRequest[] = [];
  const valid = graphqlBody(QUERY_A);
  const raw = (
    kind: string,
    label: string,
    method: string,
    path: string,
    headers: Record<string, string | string[]>,
    body?: string | Buffer,
    allowNonJson?: number[],
  ) =>
    out.push({
      category: `transport/${kind}`,
      label,
      method,
      path,
      headers: { authorization, ...headers },
      body,
      allowNonJson,
    });

  // Content types.
  for (const type of [
    undefined,
    '',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/graphql',
    'application/xml',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/json; charset=nope',
    'application/json;;;',
    'APPLICATION/JSON',
    '*/*',
    'application/graphql-response+json',
    'application/json, text/plain',
    'application/jsonx',
    'text/html',
  ]) {
    raw(
      'content-type',
      `content-type ${JSON.stringify(type ?? 'missing')}`,
      'POST',
      '/graphql',
      type === undefined ? { accept: JSON_HEADERS.accept } : { 'content-type': type, accept: JSON_HEADERS.accept },
      valid,
    );
  }
  raw(
    'content-type',
    'application/graphql with a query as the body',
    'POST',
    '/graphql',
    { 'content-type': 'application/graphql' },
    QUERY_A,
  );
  raw(
    'content-type',
    'a form body',
    'POST',
    '/graphql',
    { 'content-type': 'application/x-www-form-urlencoded' },
    `query=${encodeURIComponent(QUERY_A)}`,
  );
  raw(
    'content-type',
    'multipart upload shape',
    'POST',
    '/graphql',
    { 'content-type': 'multipart/form-data; boundary=XX', 'apollo-require-preflight': 'true' },
    `--XX\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${valid}\r\n--XX--\r\n`,
  );
  for (const accept of [
    'text/html',
    'application/xml',
    'text/event-stream',
    'multipart/mixed; deferSpec=20220824',
    '*/*',
    '',
    'application/graphql-response+json;q=0',
  ]) {
    raw(
      'content-type',
      `accept ${JSON.stringify(accept)}`,
      'POST',
      '/graphql',
      { 'content-type': 'application/json', accept },
      valid,
    );
  }

  // Broken JSON, and JSON that is not an object.
  const broken = [
    '',
    ' ',
    '{',
    '{"query": ',
    '{"query":"{ __typename }"',
    '{"query":"{ __typename }"}}',
    "{'query':'{ __typename }'}",
    '{"query": NaN}',
    'nul',
    '\u0000',
    '{"query":"{ __typename }",}',
    '{"query":"\\x"}',
    '\ufeff{"query":"{ __typename }"}',
    '{"query":"{ __typename }"} {"query":"{ __typename }"}',
    `{"query":"${'\\'.repeat(2)}u"}`,
    `${'['.repeat(100_000)}`,
    `${'{"a":'.repeat(100_000)}`,
  ];
  for (const body of broken)
    raw(
      'broken-json',
      `body ${JSON.stringify(body.slice(0, 40))}${body.length > 40 ? `… (${body.length} bytes)` : ''}`,
      'POST',
      '/graphql',
      JSON_HEADERS,
      body,
    );
  raw(
    'broken-json',
    'invalid UTF-8 bytes',
    'POST',
    '/graphql',
    JSON_HEADERS,
    Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
  );
  raw(
    'broken-json',
    'invalid UTF-8 inside a string',
    'POST',
    '/graphql',
    JSON_HEADERS,
    Buffer.concat([
      Buffer.from('{"query":"{ project(id: \\"'),
      Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
      Buffer.from('\\") { id } }"}'),
    ]),
  );
  raw(
    'broken-json',
    'duplicate keys',
    'POST',
    '/graphql',
    JSON_HEADERS,
    '{"query":"{ __typename }","query":"{ viewer { user { id } } }"}',
  );
  raw(
    'broken-json',
    'a lone surrogate escape',
    'POST',
    '/graphql',
    JSON_HEADERS,
    '{"query":"{ project(id: \\"\\ud800\\") { id } }"}',
  );
  for (const body of [
    '1',
    '"a string"',
    'null',
    'true',
    '[]',
    '[1]',
    '[null]',
    '[[]]',
    '"{\\"query\\":\\"{ __typename }\\"}"',
    '1e400',
    '{}',
  ]) {
    raw('not-an-object', `body ${body}`, 'POST', '/graphql', JSON_HEADERS, body);
  }
  const fieldsOfWrongType: [string, string][] = [
    ['query is a number', '{"query":1}'],
    ['query is null', '{"query":null}'],
    ['query is an object', '{"query":{"a":1}}'],
    ['query is a list', '{"query":["{ __typename }"]}'],
    ['query is missing', '{"variables":{}}'],
    ['query is 100,000 deep', `{"query":${deepArray(100_000).json}}`],
    ['variables is a string', `{"query":${JSON.stringify(QUERY_A)},"variables":"{}"}`],
    ['variables is a list', `{"query":${JSON.stringify(QUERY_A)},"variables":[]}`],
    ['variables is a number', `{"query":${JSON.stringify(QUERY_A)},"variables":1}`],
    ['variables is 100,000 deep', `{"query":${JSON.stringify(QUERY_A)},"variables":${deepObject(100_000).json}}`],
    [
      'variables has 100,000 keys',
      `{"query":${JSON.stringify(QUERY_A)},"variables":{${Array.from({ length: 100_000 }, (_, i) => `"v${i}":1`).join(',')}}}`,
    ],
    ['extensions is a string', `{"query":${JSON.stringify(QUERY_A)},"extensions":"x"}`],
    ['extensions is a list', `{"query":${JSON.stringify(QUERY_A)},"extensions":[1]}`],
    ['extensions is 100,000 deep', `{"query":${JSON.stringify(QUERY_A)},"extensions":${deepObject(100_000).json}}`],
    [
      'a persisted query of a bad hash',
      `{"query":${JSON.stringify(QUERY_A)},"extensions":{"persistedQuery":{"version":1,"sha256Hash":"bad"}}}`,
    ],
    [
      'a persisted query of version 2',
      `{"extensions":{"persistedQuery":{"version":2,"sha256Hash":"${'a'.repeat(64)}"}}}`,
    ],
    ['a persisted query hash only', `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"${'a'.repeat(64)}"}}}`],
    [
      'a persisted query hash of 1 MB',
      `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"${'a'.repeat(1_000_000)}"}}}`,
    ],
    ['a persisted query of the wrong shape', `{"extensions":{"persistedQuery":[1,2]}}`],
    ['a body 100,000 deep beside the query', `{"query":${JSON.stringify(QUERY_A)},"zz":${deepObject(100_000).json}}`],
    ['the whole body 100,000 deep', `${'{"query":'.repeat(100_000)}"{ __typename }"${'}'.repeat(100_000)}`],
    [
      '__proto__ in the body',
      `{"query":${JSON.stringify(QUERY_A)},"__proto__":{"query":"{ __schema { types { name } } }"}}`,
    ],
    [
      '__proto__ in the variables',
      `{"query":"query A($f: Int) { projects(first: $f) { totalCount } }","variables":{"__proto__":{"f":1}}}`,
    ],
  ];
  for (const [label, body] of fieldsOfWrongType) raw('not-an-object', label, 'POST', '/graphql', JSON_HEADERS, body);

  // Batched arrays.
  for (const [label, body] of [
    ['two operations', `[${valid},${valid}]`],
    ['one operation', `[${valid}]`],
    ['1,000 operations', `[${new Array(1000).fill(valid).join(',')}]`],
    ['an operation and a number', `[${valid},1]`],
    ['nested batches', `[[${valid}]]`],
    ['a batch of mutations', `[${graphqlBody(MUTATION_M)},${graphqlBody(MUTATION_M)}]`],
  ] as const)
    raw('batch', `a batch: ${label}`, 'POST', '/graphql', JSON_HEADERS, body);

  // Huge bodies.
  const padded = (size: number) => `{"query":"{ __typename }","zz":"${'p'.repeat(Math.max(0, size - 33))}"}`;
  raw('huge-body', 'exactly at the limit', 'POST', '/graphql', JSON_HEADERS, padded(maxBodyBytes));
  raw('huge-body', 'one byte over the limit', 'POST', '/graphql', JSON_HEADERS, padded(maxBodyBytes + 1));
  raw('huge-body', 'three times the limit', 'POST', '/graphql', JSON_HEADERS, padded(maxBodyBytes * 3));
  raw(
    'huge-body',
    'a gzip bomb (16 MB inflated)',
    'POST',
    '/graphql',
    { ...JSON_HEADERS, 'content-encoding': 'gzip' },
    gzipSync(padded(16_000_000)),
  );
  raw('huge-body', 'a gzip body', 'POST', '/graphql', { ...JSON_HEADERS, 'content-encoding': 'gzip' }, gzipSync(valid));
  raw(
    'huge-body',
    'broken gzip',
    'POST',
    '/graphql',
    { ...JSON_HEADERS, 'content-encoding': 'gzip' },
    Buffer.from('not gzip at all'),
  );
  raw(
    'huge-body',
    'an unknown content encoding',
    'POST',
    '/graphql',
    { ...JSON_HEADERS, 'content-encoding': 'zz-nope' },
    valid,
  );
  raw(
    'huge-body',
    'brotli encoding',
    'POST',
    '/graphql',
    { ...JSON_HEADERS, 'content-encoding': 'br' },
    Buffer.from('garbage'),
  );
  raw(
    'huge-body',
    'a 1 MB query of whitespace',
    'POST',
    '/graphql',
    JSON_HEADERS,
    graphqlBody(`${' '.repeat(1_000_000)}{ __typename }`),
  );

  // GET.
  out.push(get('transport/get', 'GET with a mutation (preflight header)', authorization, { query: MUTATION_M }));
  out.push(
    get('transport/get', 'GET with a mutation and its name', authorization, { query: MUTATION_M, operationName: 'M' }),
  );
  out.push(get('transport/get', 'GET with a mutation, no preflight header', authorization, { query: MUTATION_M }, {}));
  out.push(get('transport/get', 'GET with a query, no preflight header', authorization, { query: QUERY_A }, {}));
  out.push(
    get('transport/get', 'GET with a query and a mutation, choosing the mutation', authorization, {
      query: `${QUERY_A} ${MUTATION_M}`,
      operationName: 'M',
    }),
  );
  out.push(get('transport/get', 'GET without a query', authorization, {}));
  out.push(get('transport/get', 'GET with broken variables', authorization, { query: QUERY_A, variables: '{"a":' }));
  out.push(
    get('transport/get', 'GET with variables that are a list', authorization, { query: QUERY_A, variables: '[1]' }),
  );
  out.push(get('transport/get', 'GET with broken extensions', authorization, { query: QUERY_A, extensions: '{{' }));
  out.push(
    get('transport/get', 'GET with two query parameters', authorization, {}, { 'apollo-require-preflight': 'true' }),
  );
  out[out.length - 1].path = `/graphql?query=${encodeURIComponent(QUERY_A)}&query=${encodeURIComponent(QUERY_B)}`;
  out.push(
    get('transport/get', 'GET with a 12 KB query', authorization, { query: `{ __typename ${' '.repeat(12_000)}}` }),
  );
  out.push({
    ...get('transport/get', "GET with a 100 KB query (over Node's header limit)", authorization, {
      query: `{ __typename ${' '.repeat(100_000)}}`,
    }),
    allowNonJson: [414, 431],
  });
  out.push(get('transport/get', 'GET with a broken percent-encoding', authorization, {}));
  out[out.length - 1].path = '/graphql?query=%E0%A4%A&variables=%';
  out.push(get('transport/get', 'GET with a body', authorization, { query: QUERY_A }));
  out[out.length - 1].body = valid;

  // Methods and paths (Node's HTTP parser answers a method it does not know with a bare 400 before any handler runs).
  for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PROPFIND', 'FOO', 'TRACE', 'SEARCH']) {
    raw(
      'method',
      `${method} /graphql`,
      method,
      '/graphql',
      JSON_HEADERS,
      method === 'HEAD' || method === 'TRACE' ? undefined : valid,
      method === 'HEAD' ? [200, 204, 400, 404, 405] : method === 'FOO' ? [400] : undefined,
    );
  }
  for (const [method, path] of [
    ['GET', '/nope'],
    ['POST', '/nope'],
    ['POST', '/graphql/extra'],
    ['GET', '/graphql/'],
    ['POST', '/health'],
    ['DELETE', '/ready'],
    ['GET', '/%2e%2e/etc/passwd'],
    ['GET', '/graphql?%'],
    ['POST', '//graphql'],
    ['GET', `/${'x'.repeat(8000)}`],
  ] as const) {
    raw(
      'path',
      `${method} ${path.slice(0, 40)}`,
      method,
      path,
      JSON_HEADERS,
      method === 'GET' || method === 'DELETE' ? undefined : valid,
    );
  }
  raw('path', 'a header of 20 KB', 'POST', '/graphql', { ...JSON_HEADERS, 'x-big': 'h'.repeat(20_000) }, valid, [431]);
  raw(
    'path',
    'x-apollo-operation-name of 10 KB',
    'POST',
    '/graphql',
    { ...JSON_HEADERS, 'x-apollo-operation-name': 'n'.repeat(10_000) },
    valid,
  );
  void fixtures;
  void post;
  void Raw;
  return out;
}

/** Authorization headers that are malformed, revoked, of another organization, of a service; on reads, mutations, introspection. */
export function tokenRequests(tokens: {
  valid: string;
  revoked: string;
  otherOrganization: string;
  service: string;
  removedMember: string;
}): HostileRequest[] {
  const out: HostileRequest[] = [];
  const headers: [string, string | string[] | undefined][] = [
    ['no header', undefined],
    ['an empty header', ''],
    ['"Token" alone', 'Token'],
    ['"Token " and nothing', 'Token '],
    ['"Bearer " and nothing', 'Bearer '],
    ['an unknown key', 'Token not-a-real-key'],
    ['an 8 KB key', `Token ${'k'.repeat(8000)}`],
    ['Basic credentials', 'Basic dXNlcjpwYXNz'],
    ['a lower-case scheme', `token ${tokens.valid}`],
    ['two spaces', `Token  ${tokens.valid}`],
    ['a trailing word', `Token ${tokens.valid} extra`],
    ['the key without a scheme', tokens.valid],
    ['the key less its last character', `Token ${tokens.valid.slice(0, -1)}`],
    ['the key upper-cased', `Token ${tokens.valid.toUpperCase()}`],
    ['the scheme twice', `Bearer Bearer ${tokens.valid}`],
    ['a tab', `Token\t${tokens.valid}`],
    ['two Authorization headers', [`Token ${tokens.valid}`, 'Token not-a-real-key']],
    ['latin-1 bytes', 'Token caf\u00e9'],
    ['a revoked key', `Token ${tokens.revoked}`],
    ['a revoked key as Bearer', `Bearer ${tokens.revoked}`],
    ["a removed member's key", `Token ${tokens.removedMember}`],
    ["another organization's key", `Token ${tokens.otherOrganization}`],
    ['a service token', `Token ${tokens.service}`],
  ];
  const bodies: [string, string][] = [
    ['a read', graphqlBody('{ projects(first: 5) { totalCount nodes { id } } viewer { user { id } } }')],
    ['a mutation', graphqlBody('mutation { tokenCreate(input: { name: "hostile" }) { userErrors { code } } }')],
    ['introspection', graphqlBody('{ __schema { queryType { name } } }')],
    ['__typename and a read', graphqlBody('{ __typename organizations { totalCount } }')],
  ];
  for (const [label, authorization] of headers) {
    for (const [what, body] of bodies) {
      out.push({
        category: 'tokens/header',
        label: `${label}: ${what}`,
        method: 'POST',
        path: '/graphql',
        headers: { ...JSON_HEADERS, ...(authorization === undefined ? {} : { authorization }) },
        body,
      });
    }
    out.push({
      ...get('tokens/header', `${label}: GET a read`, undefined, { query: '{ viewer { user { id } } }' }),
      headers: {
        accept: JSON_HEADERS.accept,
        'apollo-require-preflight': 'true',
        ...(authorization === undefined ? {} : { authorization }),
      },
    });
  }
  return out;
}
