// Q1 in the shapes a UI writes (issue 20): the same tree of 50 tasks (threads, turns, messages, annotations) reached
// from different roots, in every order a task list offers, with default and explicit page sizes, as `nodes` or as
// `edges { node }`, with fragments and aliases. The GraphQL documents are generated here; the limit server
// (limit-server.ts) reads the same shape to answer the same JSON with hand-written SQL in the same order.

export type TaskOrderField = 'CREATED_AT' | 'COMPLETED_AT' | 'UPDATED_AT';
export type Q1Root = 'project' | 'projectByName' | 'batch' | 'delivery';

export type Q1Shape = {
  /** Also the operation's name: the limit server finds the shape by it. */
  name: string;
  root: Q1Root;
  order: { field: TaskOrderField; direction: 'ASC' | 'DESC' } | null;
  /** first: 10 written on threads, turns, messages and annotations; false: their defaults (messages: 5 as Q1 asks). */
  explicitSizes: boolean;
  edges: boolean;
  /** Fragments for every level and aliases on some fields (the JSON then has the aliases' keys). */
  fragmentsAndAliases: boolean;
};

const shape = (name: string, s: Partial<Omit<Q1Shape, 'name'>>): Q1Shape => ({
  name,
  root: 'project',
  order: null,
  explicitSizes: false,
  edges: false,
  fragmentsAndAliases: false,
  ...s,
});

const ORDERS: Q1Shape['order'][] = (['CREATED_AT', 'COMPLETED_AT', 'UPDATED_AT'] as const).flatMap((field) =>
  (['ASC', 'DESC'] as const).map((direction) => ({ field, direction })),
);
const orderName = (o: NonNullable<Q1Shape['order']>) =>
  `${o.field.toLowerCase().replace(/_(\w)/, (_, c: string) => c.toUpperCase())}${o.direction === 'ASC' ? 'Asc' : 'Desc'}`;

/** Every shape the bench measures; the first is issue 9's Q1. */
export const Q1_SHAPES: Q1Shape[] = [
  shape('Q1', {}),
  shape('Q1_explicitSizes', { explicitSizes: true }),
  shape('Q1_byName', { root: 'projectByName' }),
  shape('Q1_byName_createdAtAsc', { root: 'projectByName', order: ORDERS[0] }),
  ...ORDERS.map((order) => shape(`Q1_${orderName(order!)}`, { order })),
  shape('Q1_edges', { edges: true }),
  shape('Q1_fragmentsAliases', { fragmentsAndAliases: true, explicitSizes: true }),
  shape('Q1_batch', { root: 'batch' }),
  shape('Q1_delivery_completedAtDesc', { root: 'delivery', order: ORDERS[3] }),
];

/** The keys of the answer: a field's name, or its alias in a shape with aliases. */
export type Q1Keys = {
  tasks: string;
  threads: string;
  nodes: string;
  content: string;
  text: string;
  key: string;
};
const PLAIN: Q1Keys = {
  tasks: 'tasks',
  threads: 'threads',
  nodes: 'nodes',
  content: 'content',
  text: 'text',
  key: 'key',
};
const ALIASED: Q1Keys = {
  tasks: 'page',
  threads: 'conversations',
  nodes: 'items',
  content: 'body',
  text: 'plain',
  key: 'question',
};
export const keysOf = (s: Q1Shape): Q1Keys => (s.fragmentsAndAliases ? ALIASED : PLAIN);

/** The id variable's name and the root field of a shape. */
function rootOf(s: Q1Shape): { variables: string; open: string; close: string } {
  switch (s.root) {
    case 'project':
      return { variables: '$id: ID!', open: 'project(id: $id) {', close: '}' };
    case 'projectByName':
      return {
        variables: '$name: String!',
        open: 'projects(filter: { name: $name }, first: 1) { nodes {',
        close: '} }',
      };
    case 'batch':
      return { variables: '$id: ID!', open: 'batch(id: $id) {', close: '}' };
    case 'delivery':
      return { variables: '$id: ID!', open: 'delivery(id: $id) {', close: '}' };
  }
}

/** The GraphQL document of a shape. */
export function q1Document(s: Q1Shape): string {
  const k = keysOf(s);
  const alias = (key: keyof Q1Keys, field: string) => (k[key] === key ? field : `${k[key]}: ${field}`);
  const size = (explicit: number, fallback: number | null) =>
    s.explicitSizes ? `(first: ${explicit})` : fallback === null ? '' : `(first: ${fallback})`;
  const list = (inner: string) => (s.edges ? `edges { node { ${inner} } }` : `${alias('nodes', 'nodes')} { ${inner} }`);
  const orderBy = s.order ? `, orderBy: { field: ${s.order.field}, direction: ${s.order.direction} }` : '';
  const annotation = `id ${alias('key', 'key')} type value`;
  const message = `id role ${alias('content', 'content')} { ${alias('text', 'text')} } annotations${size(10, null)} { ${list(s.fragmentsAndAliases ? '...AnnotationCell' : annotation)} }`;
  const turn = `id externalId messages${size(10, 5)} { ${list(s.fragmentsAndAliases ? '...MessageCell' : message)} }`;
  const thread = `id externalId turns${size(10, null)} { ${list(s.fragmentsAndAliases ? '...TurnCell' : turn)} }`;
  const taskFields = `id status externalId createdAt ${alias('threads', 'threads')}${size(10, null)} { ${list(s.fragmentsAndAliases ? '...ThreadCell' : thread)} }`;
  const task = s.fragmentsAndAliases ? '...TaskRow' : taskFields;
  const tasks = s.edges ? `edges { cursor node { ${task} } }` : `${alias('nodes', 'nodes')} { ${task} }`;
  const root = rootOf(s);
  const head = s.fragmentsAndAliases ? '...Head' : 'id name';
  const body = `query ${s.name}(${root.variables}) {
  ${root.open}
    ${head}
    ${alias('tasks', 'tasks')}(first: 50${orderBy}) {
      pageInfo { hasNextPage endCursor }
      ${tasks}
    }
  ${root.close}
}`;
  if (!s.fragmentsAndAliases) return body;
  const on = { project: 'Project', projectByName: 'Project', batch: 'Batch', delivery: 'Delivery' }[s.root];
  return `${body}
fragment Head on ${on} { id name }
fragment TaskRow on Task { ${taskFields} }
fragment ThreadCell on Thread { ${thread} }
fragment TurnCell on Turn { ${turn} }
fragment MessageCell on Message { ${message} }
fragment AnnotationCell on Annotation { ${annotation} }`;
}

/** Page sizes of the nested lists the limit server applies: what Annograph applies to the document. */
export function pageSizesOf(s: Q1Shape) {
  const nested = s.explicitSizes ? 10 : 20;
  return { threads: nested, turns: nested, messages: s.explicitSizes ? 10 : 5, annotations: nested };
}

/** The ids (or names) a shape's requests rotate over. */
export type Q1Targets = { projectIds: string[]; projectNames: string[]; batchIds: string[]; deliveryIds: string[] };

export function q1Variables(s: Q1Shape, t: Q1Targets): object[] {
  switch (s.root) {
    case 'project':
      return t.projectIds.map((id) => ({ id }));
    case 'projectByName':
      return t.projectNames.map((name) => ({ name }));
    case 'batch':
      return t.batchIds.map((id) => ({ id }));
    case 'delivery':
      return t.deliveryIds.map((id) => ({ id }));
  }
}

export const Q1_TARGETS_QUERY = `{ projects(first: 100) { nodes { id name
  batches(first: 10) { nodes { id } } deliveries(first: 10) { nodes { id } } } } }`;
