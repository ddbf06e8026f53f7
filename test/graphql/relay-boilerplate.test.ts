import {
  buildASTSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema } from '../../src/graphql/schema';

// Issue 17, item 6: the Relay boilerplate (every `XConnection`/`XEdge` pair and the paging arguments of every field
// returning a connection) stays hand-written in schema/*.graphql, and this test keeps the copies identical. It reads
// the assembled schema, never a file, so types may move between schema files freely.
//
// Why not generate them at load: GraphQL Code Generator (codegen.ts) reads schema/**/*.graphql as they are, and the
// files are what people and editors read. (relay-compiler, rover/Apollo Router and the snapshot read files printed
// from the assembled schema, so a transform inside loadTypeDefs would reach them; codegen would need repointing.)
// And the copies are not pure boilerplate: they name their items, say what totalCount counts, and a few add a true
// qualifier (INTENDED below), which a generator would need parameters for.
//
// House shape (DECISIONS.md D7): `edges: [XEdge!]!`, `nodes: [X!]!`, `pageInfo: PageInfo!`, `totalCount: Int!`;
// `XEdge { cursor: String!, node: X! }`; `first: Int, after: String, last: Int, before: String`, no SDL default values
// (20 and the cap of 100 are applied by pagination/page-window.ts and stated in the descriptions).
//
// Descriptions name the list's items ("The tasks of this page, …"), so each description is compared as a template:
// the connection's item noun, plural and singular, becomes {items} / {item}. The canonical template of each field and
// argument is the one most copies have; every other copy is a finding that names it with the text it should have.
// Only `totalCount` says what is counted ("match", "the task has"): that part is free, the frame around it is not.

/** Types whose name ends in Connection but that are no Relay connection. */
const NOT_CONNECTIONS = new Set(['ProviderConnection']); // a provider's endpoint and key (an entity, implements Node)

/** Item nouns that the node type's last word does not give (default: OrganizationMember -> member / members). */
const NOUNS: Record<string, { item?: string; items?: string }> = {
  OrganizationMember: { item: 'membership' },
  ProjectMember: { item: 'membership' },
  ExportJob: { item: 'export', items: 'exports' },
};

/**
 * Copies that deliberately differ from the canonical text because they say something true that the others do not:
 * the exact text each must have, and why. An entry whose copy became canonical is reported as stale.
 */
export const INTENDED: Record<string, { text: string; why: string }> = {
  'TaskEdge.cursor': {
    text: 'Opaque cursor of this task, for after/before on the same list and order.',
    why: 'task lists take orderBy: the cursor carries the sort value',
  },
  'PromptEdge.cursor': {
    text: 'Opaque cursor of this prompt, for after/before on the same list and order.',
    why: 'prompt lists take orderBy: the cursor carries the sort value',
  },
  'InferenceRunEdge.cursor': {
    text: 'Opaque cursor of this run, for after/before on the same list and order.',
    why: 'run lists take orderBy: the cursor carries the sort value',
  },
  'InferenceRunResultEdge.cursor': {
    text: "Opaque cursor of this result, for after/before on the same run's results.",
    why: "a result's cursor is only valid within its run",
  },
  'CorrectionDocumentEdge.node': {
    text: "The document with the session's segments and tags.",
    why: 'says what the node carries',
  },
  ...Object.fromEntries(
    ['Project.tasks', 'Batch.tasks', 'Delivery.tasks'].flatMap((field) =>
      (['after', 'before'] as const).map((arg) => [
        `${field}(${arg}:)`,
        {
          text: `Cursor from this list in the same order: returns tasks ${arg} this one.`,
          why: 'the list takes orderBy: a cursor from another order is refused',
        },
      ]),
    ),
  ),
  'SearchSession.events(first:)': {
    // Canonical wording plus the eventsLimit rule of batchSessions (SearchSession.ts applies it).
    text: 'Returns at most this many events from the start (0 to 100; 20 when neither `first` nor `last` is given, or `eventsLimit` under `batchSessions`).',
    why: 'under batchSessions the default is eventsLimit, not 20',
  },
};

const CONNECTION_FIELDS = ['edges', 'nodes', 'pageInfo', 'totalCount'] as const;
const EDGE_FIELDS = ['cursor', 'node'] as const;
const PAGING_ARGS = [
  ['first', 'Int'],
  ['after', 'String'],
  ['last', 'Int'],
  ['before', 'String'],
] as const;
const PAGE_INFO = { hasNextPage: 'Boolean!', hasPreviousPage: 'Boolean!', startCursor: 'String', endCursor: 'String' };

type Nouns = { item: string; items: string };

function nounsOf(node: string): Nouns {
  const last = node.match(/[A-Z][a-z0-9]*$/)?.[0]?.toLowerCase() ?? node.toLowerCase();
  const plural = /(s|x|z|ch|sh)$/.test(last)
    ? `${last}es`
    : /[^aeiou]y$/.test(last)
      ? `${last.slice(0, -1)}ies`
      : `${last}s`;
  return { item: NOUNS[node]?.item ?? last, items: NOUNS[node]?.items ?? plural };
}

const word = (w: string) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
const toTemplate = (text: string, n: Nouns) => text.replace(word(n.items), '{items}').replace(word(n.item), '{item}');
const fromTemplate = (template: string, n: Nouns) =>
  template.replaceAll('{items}', n.items).replaceAll('{item}', n.item);
/** totalCount: what is counted is free ("match", "the task has"); the frame is canonical. */
const totalCountFrame = (template: string) =>
  template.replace(/^How many \{items\} .+, across pages\.$/, 'How many {items} …, across pages.');

type Copy = { coordinate: string; text: string | null | undefined; nouns: Nouns; normalize?: (t: string) => string };

/** Compares the copies of one description: the majority template is canonical, the rest are findings. */
function compareCopies(what: string, copies: Copy[], intended: typeof INTENDED, findings: string[]): void {
  const templates = new Map<string, number>();
  const templateOf = (c: Copy) => (c.normalize ?? ((t) => t))(toTemplate(c.text!, c.nouns));
  const counted = copies.filter((c) => c.text && !intended[c.coordinate]);
  for (const c of counted) templates.set(templateOf(c), (templates.get(templateOf(c)) ?? 0) + 1);
  const ranked = [...templates].sort((a, b) => b[1] - a[1]);
  if (ranked.length > 1 && ranked[0][1] === ranked[1][1])
    findings.push(
      `${what}: no majority description (${ranked[0][1]} copies each of "${ranked[0][0]}" and "${ranked[1][0]}")`,
    );
  const canonical = ranked[0]?.[0];
  for (const c of copies) {
    if (!c.text) {
      findings.push(`${c.coordinate}: no description`);
      continue;
    }
    const exception = intended[c.coordinate];
    if (exception) {
      if (c.text !== exception.text)
        findings.push(`${c.coordinate}: description "${c.text}", expected "${exception.text}" (${exception.why})`);
      else if (canonical !== undefined && templateOf(c) === canonical)
        findings.push(`${c.coordinate}: INTENDED entry is stale, the copy is canonical`);
      continue;
    }
    if (canonical !== undefined && templateOf(c) !== canonical)
      findings.push(`${c.coordinate}: description "${c.text}", expected "${fromTemplate(canonical, c.nouns)}"`);
  }
}

export type RelayReport = {
  connections: string[];
  edges: string[];
  /** Fields returning a connection, as `Type.field`. */
  pagedFields: string[];
  shapeFindings: string[];
  descriptionFindings: string[];
  argumentFindings: string[];
};

export function checkRelayBoilerplate(schema: GraphQLSchema, intended: typeof INTENDED = INTENDED): RelayReport {
  const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
  const isConnectionName = (name: string) => name.endsWith('Connection') && !NOT_CONNECTIONS.has(name);
  const connections = types.filter((t) => isConnectionName(t.name)).map((t) => t.name);
  const edges = types.filter((t) => t.name.endsWith('Edge')).map((t) => t.name);
  const shapeFindings: string[] = [];
  const descriptionFindings: string[] = [];
  const argumentFindings: string[] = [];
  const isEntity = (t: GraphQLNamedType | undefined | null) => !!t && (isObjectType(t) || isInterfaceType(t));

  for (const name of NOT_CONNECTIONS) {
    const t = schema.getType(name);
    if (isObjectType(t) && t.getFields().edges) shapeFindings.push(`${name}: listed as no connection but has edges`);
  }

  const pageInfo = schema.getType('PageInfo');
  if (!isObjectType(pageInfo)) shapeFindings.push('PageInfo: missing or not an object type');
  else {
    const actual = Object.fromEntries(Object.values(pageInfo.getFields()).map((f) => [f.name, String(f.type)]));
    if (JSON.stringify(actual) !== JSON.stringify(PAGE_INFO))
      shapeFindings.push(`PageInfo: fields ${JSON.stringify(actual)}, expected ${JSON.stringify(PAGE_INFO)}`);
  }

  /** Checks that `type` has exactly `expected` (name -> type), in any order. */
  const checkFields = (typeName: string, expected: Record<string, string>) => {
    const t = schema.getType(typeName);
    if (!isObjectType(t)) return shapeFindings.push(`${typeName}: not an object type`);
    const fields = t.getFields();
    for (const [field, type] of Object.entries(expected)) {
      if (!fields[field]) shapeFindings.push(`${typeName}.${field}: missing`);
      else if (String(fields[field].type) !== type)
        shapeFindings.push(`${typeName}.${field}: type ${String(fields[field].type)}, expected ${type}`);
      else if (fields[field].args.length) shapeFindings.push(`${typeName}.${field}: takes arguments`);
    }
    for (const field of Object.keys(fields))
      if (!(field in expected)) shapeFindings.push(`${typeName}.${field}: not part of the house shape`);
  };

  const copies: Record<string, Copy[]> = {};
  const add = (key: string, copy: Copy) => (copies[key] ??= []).push(copy);

  for (const connection of connections) {
    const node = connection.slice(0, -'Connection'.length);
    if (!isEntity(schema.getType(node)))
      shapeFindings.push(`${connection}: node type ${node} missing or not an object/interface`);
    if (!schema.getType(`${node}Edge`)) shapeFindings.push(`${connection}: edge type ${node}Edge missing`);
    checkFields(connection, {
      edges: `[${node}Edge!]!`,
      nodes: `[${node}!]!`,
      pageInfo: 'PageInfo!',
      totalCount: 'Int!',
    });
    const t = schema.getType(connection);
    if (isObjectType(t))
      for (const field of CONNECTION_FIELDS)
        if (t.getFields()[field])
          add(`XConnection.${field}`, {
            coordinate: `${connection}.${field}`,
            text: t.getFields()[field].description,
            nouns: nounsOf(node),
            normalize: field === 'totalCount' ? totalCountFrame : undefined,
          });
  }
  for (const edge of edges) {
    const node = edge.slice(0, -'Edge'.length);
    if (!isEntity(schema.getType(node)))
      shapeFindings.push(`${edge}: node type ${node} missing or not an object/interface`);
    if (!connections.includes(`${node}Connection`))
      shapeFindings.push(`${edge}: connection type ${node}Connection missing`);
    checkFields(edge, { cursor: 'String!', node: `${node}!` });
    const t = schema.getType(edge);
    if (isObjectType(t))
      for (const field of EDGE_FIELDS)
        if (t.getFields()[field])
          add(`XEdge.${field}`, {
            coordinate: `${edge}.${field}`,
            text: t.getFields()[field].description,
            nouns: nounsOf(node),
          });
  }
  for (const [key, list] of Object.entries(copies)) compareCopies(key, list, intended, descriptionFindings);

  const pagedFields: string[] = [];
  const argCopies: Record<string, Copy[]> = {};
  for (const t of types) {
    if (!isObjectType(t) && !isInterfaceType(t)) continue;
    for (const field of Object.values(t.getFields()) as GraphQLField<unknown, unknown>[]) {
      const returned = getNamedType(field.type).name;
      if (!isConnectionName(returned)) continue;
      const coordinate = `${t.name}.${field.name}`;
      pagedFields.push(coordinate);
      const nouns = nounsOf(returned.slice(0, -'Connection'.length));
      for (const [name, type] of PAGING_ARGS) {
        const arg = field.args.find((a) => a.name === name);
        if (!arg) argumentFindings.push(`${coordinate}(${name}:): missing`);
        else if (String(arg.type) !== type)
          argumentFindings.push(`${coordinate}(${name}:): type ${String(arg.type)}, expected ${type}`);
        else if (arg.defaultValue !== undefined)
          argumentFindings.push(
            `${coordinate}(${name}:): default value ${JSON.stringify(arg.defaultValue)}, the house has none`,
          );
        if (arg) (argCopies[name] ??= []).push({ coordinate: `${coordinate}(${name}:)`, text: arg.description, nouns });
      }
    }
  }
  for (const [name] of PAGING_ARGS) compareCopies(`(${name}:)`, argCopies[name] ?? [], intended, argumentFindings);
  return { connections, edges, pagedFields, shapeFindings, descriptionFindings, argumentFindings };
}

describe('Relay boilerplate of the assembled schema', () => {
  const report = checkRelayBoilerplate(buildSchema());

  it('covers every connection, edge and paged field (counts are logged)', () => {
    console.log(
      `relay boilerplate: ${report.connections.length} connections, ${report.edges.length} edges, ` +
        `${report.pagedFields.length} fields returning a connection, ${report.pagedFields.length * PAGING_ARGS.length} paging arguments`,
    );
    expect(report.connections.length).toBeGreaterThan(20);
    expect(report.edges.length).toBe(report.connections.length);
    expect(report.pagedFields.length).toBeGreaterThanOrEqual(report.connections.length);
  });

  it('every XConnection and XEdge has exactly the house shape, in pairs, over an existing node type', () => {
    expect(report.shapeFindings).toEqual([]);
  });

  it('the fields of connections and edges carry the canonical descriptions', () => {
    expect(report.descriptionFindings).toEqual([]);
  });

  it('every field returning a connection takes first/after/last/before with the canonical descriptions', () => {
    expect(report.argumentFindings).toEqual([]);
  });
});

describe('the check itself fails on broken boilerplate', () => {
  /** Three connections in the house shape; `broken` drops PlumEdge.cursor and rewords Query.plums(first:). */
  const snippet = (broken: boolean) => {
    const connection = (x: string, cursor: boolean) => {
      const [items, item] = [`${x.toLowerCase()}s`, x.toLowerCase()];
      return `
        type ${x} { id: ID! }
        type ${x}Connection {
          """The ${items} of this page, each with its cursor."""
          edges: [${x}Edge!]!
          """The ${items} of this page, without cursors."""
          nodes: [${x}!]!
          """Whether more ${items} precede or follow this page, and its first and last cursors."""
          pageInfo: PageInfo!
          """How many ${items} the ${x === 'Apple' ? 'tree has' : 'orchard holds'}, across pages."""
          totalCount: Int!
        }
        type ${x}Edge {
          ${cursor ? `"""Opaque cursor of this ${item}, for after/before."""\n cursor: String!` : ''}
          """The ${item}."""
          node: ${x}!
        }`;
    };
    const paged = (field: string, x: string, first: string) => `
      ${field}(
        """${first}"""
        first: Int
        """Cursor: returns ${x.toLowerCase()}s after this one."""
        after: String
        """Returns at most this many ${x.toLowerCase()}s from the end."""
        last: Int
        """Cursor: returns ${x.toLowerCase()}s before this one."""
        before: String
        """A filter argument is allowed."""
        ripe: Boolean
      ): ${x}Connection!`;
    return `
      type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
      type Query {
        ${paged('apples', 'Apple', 'Returns at most this many apples from the start.')}
        ${paged('pears', 'Pear', 'Returns at most this many pears from the start.')}
        ${paged('plums', 'Plum', broken ? 'At most this many plums.' : 'Returns at most this many plums from the start.')}
      }
      ${connection('Apple', true)}
      ${connection('Pear', true)}
      ${connection('Plum', !broken)}`;
  };

  it('names the edge without cursor and the connection field whose `first` description differs', () => {
    const report = checkRelayBoilerplate(buildASTSchema(parse(snippet(true))), {});
    expect([report.connections, report.edges, report.pagedFields]).toEqual([
      ['AppleConnection', 'PearConnection', 'PlumConnection'],
      ['AppleEdge', 'PearEdge', 'PlumEdge'],
      ['Query.apples', 'Query.pears', 'Query.plums'],
    ]);
    expect(report.shapeFindings).toEqual(['PlumEdge.cursor: missing']);
    expect(report.descriptionFindings).toEqual([]);
    expect(report.argumentFindings).toEqual([
      'Query.plums(first:): description "At most this many plums.", expected "Returns at most this many plums from the start."',
    ]);
  });

  it('finds nothing in the same snippet once fixed, and holds INTENDED entries to their exact text', () => {
    const fixed = checkRelayBoilerplate(buildASTSchema(parse(snippet(false))), {});
    expect([fixed.shapeFindings, fixed.descriptionFindings, fixed.argumentFindings]).toEqual([[], [], []]);
    const intended = {
      'Query.pears(after:)': { text: 'Cursor: returns pears after this one, same order.', why: 'test' },
      'Query.apples(before:)': { text: 'Cursor: returns apples before this one.', why: 'test' },
    };
    expect(checkRelayBoilerplate(buildASTSchema(parse(snippet(false))), intended).argumentFindings).toEqual([
      'Query.pears(after:): description "Cursor: returns pears after this one.", expected "Cursor: returns pears after this one, same order." (test)',
      'Query.apples(before:): INTENDED entry is stale, the copy is canonical',
    ]);
  });

  it('names shape errors: a wrong node type, an extra field, a connection without edge type', () => {
    const sdl = snippet(false)
      .replace('nodes: [Pear!]!', 'nodes: [Pear]')
      .replace('type PlumEdge {', 'type PlumEdge {\n score: Int')
      .replace(/type AppleEdge \{[^}]*\}/, '')
      .replace('edges: [AppleEdge!]!', 'edges: [PearEdge!]!');
    const report = checkRelayBoilerplate(buildASTSchema(parse(sdl)), {});
    expect(report.shapeFindings).toEqual([
      'AppleConnection: edge type AppleEdge missing',
      'AppleConnection.edges: type [PearEdge!]!, expected [AppleEdge!]!',
      'PearConnection.nodes: type [Pear], expected [Pear!]!',
      'PlumEdge.score: not part of the house shape',
    ]);
  });
});
