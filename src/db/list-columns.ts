import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

// Which columns a list page must read for the fields a query asks of its nodes. Reading only those matters: a
// page of 400 annotations with every JSON column costs SQLite four times the time of the few columns a UI shows
// (issue 9's profile). A field missing from its table's map, or a table without a map, reads every column: the
// maps only ever narrow what is known to be enough (test/graphql/list-columns.test.ts checks each field).
// A field resolved from the same row (Message.content) maps its own subfields.
type FieldMap = { [field: string]: string[] | FieldMap };

const FIELD_COLUMNS: Record<string, FieldMap> = {
  task: {
    id: [],
    __typename: [],
    project: ['projectId'],
    batch: ['batchId'],
    delivery: ['deliveryId'],
    kind: ['kind'],
    status: ['status'],
    sourceStatus: ['sourceStatus'],
    source: ['source'],
    externalId: ['externalId'],
    data: ['dataJson'],
    metadata: ['metadataJson'],
    createdAt: ['createdAt'],
    updatedAt: ['updatedAt'],
    completedAt: ['completedAt'],
    errors: ['errorsJson'],
    sensitiveContentReports: ['sensitiveContentReportsJson'],
    threads: [],
    annotations: [],
    events: [],
  },
  thread: {
    id: [],
    __typename: [],
    task: ['taskId'],
    externalId: ['externalId'],
    submissions: ['submissionsJson'],
    turns: [],
    annotations: [],
  },
  turn: {
    id: [],
    __typename: [],
    thread: ['threadId'],
    externalId: ['externalId'],
    rubrics: ['rubricsJson'],
    messages: [],
    annotations: [],
  },
  message: {
    id: [],
    __typename: [],
    turn: ['turnId'],
    role: ['role'],
    content: {
      __typename: [],
      text: ['text'],
      referenceTexts: ['referenceTextsJson'],
      attachments: ['attachmentsJson'],
      reasoning: ['reasoningJson'],
      chunks: [],
    },
    sourceId: ['sourceId'],
    modelParameters: ['modelParametersJson'],
    annotations: [],
    rubricEvaluations: ['rubricEvaluationsJson'],
  },
  annotation: {
    id: [],
    __typename: [],
    task: ['taskId'],
    thread: ['threadId'],
    turn: ['turnId'],
    message: ['messageId'],
    chunk: ['chunkId'],
    level: ['level'],
    source: ['source'],
    externalId: ['externalId'],
    key: ['key'],
    type: ['type'],
    sourceType: ['sourceType'],
    title: ['title'],
    description: ['description'],
    labels: ['labelsJson'],
    notApplicable: ['notApplicable'],
    cannotAssess: ['cannotAssess'],
    groundTruth: ['groundTruth'],
    metadata: ['metadataJson'],
    justification: ['justification'],
    value: ['valueJson'],
    possibleValues: ['possibleValuesJson'],
    inferenceRun: ['inferenceRunId'],
    authorKind: ['authorKind'],
    author: ['authorKind', 'authorUserId', 'authorSource', 'authorExternalId', 'inferenceRunId'],
    promptVersion: ['promptVersionId'],
    typedValue: ['type', 'sourceType', 'valueJson', 'possibleValuesJson'],
    createdAt: ['createdAt'],
    updatedAt: ['updatedAt'],
  },
};

/** Field names selected in a selection set, through fragments and inline fragments. */
function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fieldsOf(selection.selectionSet, fragments, out);
    else if (fragments[selection.name.value]) fieldsOf(fragments[selection.name.value].selectionSet, fragments, out);
  }
  return out;
}

/** The columns to read (null: every column) and a key naming that choice for loader keys. */
export type ColumnChoice = { columns: string[] | null; key: string };
const EVERY_COLUMN: ColumnChoice = { columns: null, key: '*' };

/**
 * The columns a connection field's nodes need (always with `id` and the `always` ones: parent, order, project),
 * or every column. `listKey` names the list, and so its table and `always`.
 */
export function columnsForConnection(
  table: string,
  listKey: string,
  info: GraphQLResolveInfo | undefined,
  always: () => string[],
): ColumnChoice {
  const map = FIELD_COLUMNS[table];
  if (!map || !info) return EVERY_COLUMN;
  // graphql-js and graphql-jit hand every item of a list the same fieldNodes array: work it out once per field.
  let byList = memo.get(info.fieldNodes);
  if (!byList) memo.set(info.fieldNodes, (byList = new Map()));
  let choice = byList.get(listKey);
  if (!choice) {
    const columns = selectedColumns(map, info, always());
    byList.set(listKey, (choice = columns ? { columns, key: columns.join(',') } : EVERY_COLUMN));
  }
  return choice;
}

const memo = new WeakMap<readonly FieldNode[], Map<string, ColumnChoice>>();

function selectedColumns(map: FieldMap, info: GraphQLResolveInfo, always: string[]): string[] | null {
  const nodeFields: FieldNode[] = [];
  for (const connectionField of info.fieldNodes) {
    for (const field of fieldsOf(connectionField.selectionSet, info.fragments)) {
      if (field.name.value === 'nodes') fieldsOf(field.selectionSet, info.fragments, nodeFields);
      if (field.name.value === 'edges') {
        for (const edgeField of fieldsOf(field.selectionSet, info.fragments))
          if (edgeField.name.value === 'node') fieldsOf(edgeField.selectionSet, info.fragments, nodeFields);
      }
    }
  }
  const columns = new Set(['id', ...always]);
  return addColumns(map, nodeFields, info.fragments, columns) ? [...columns].sort() : null;
}

/** Adds what `fields` need to `columns`; false when one of them is not in the map (then every column is read). */
function addColumns(
  map: FieldMap,
  fields: FieldNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  columns: Set<string>,
): boolean {
  for (const field of fields) {
    const needed = map[field.name.value];
    if (!needed) return false;
    if (Array.isArray(needed)) for (const column of needed) columns.add(column);
    else if (!addColumns(needed, fieldsOf(field.selectionSet, fragments), fragments, columns)) return false;
  }
  return true;
}
