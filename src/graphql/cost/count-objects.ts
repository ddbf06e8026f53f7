import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from '../../context';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../pagination/page-window';

type Resolver = GraphQLFieldResolver<unknown, Context>;
type Field = GraphQLField<unknown, Context>;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';
const isConnection = (type: GraphQLNamedType) =>
  isObjectType(type) && type.name.endsWith('Connection') && 'nodes' in type.getFields();
const isEdge = (type: GraphQLNamedType) =>
  isObjectType(type) && type.name.endsWith('Edge') && 'cursor' in type.getFields();
// Arguments that say how many objects a list field returns before it runs (nodes(ids:), _entities(representations:)).
const SIZE_ARGUMENTS = ['ids', 'representations'];

/**
 * Charges the request's object budget (ctx.cost.budget) as execution produces objects: a connection costs one plus
 * its items (reserved at its page size before its page is read, the unused part given back), any other object field
 * one (object or null), a list of objects one per element (known from `ids`/`representations` before it runs, else
 * counted when it arrives). A connection's `nodes`/`edges` and an edge's `node` are paid by the connection. Wrapping
 * the resolvers rather than an Apollo willResolveField hook counts alike on both execution paths: graphql-jit calls
 * the same resolvers (DECISIONS.md D8). Scalar fields keep their resolvers (most have none).
 */
export function countObjectsAsResolved(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const paidByParent = isConnection(type) ? ['nodes', 'edges'] : isEdge(type) ? ['node'] : [];
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!isCompositeType(named) || paidByParent.includes(field.name)) continue;
      field.resolve = charging(field, field.resolve ?? defaultFieldResolver);
    }
  }
  return schema;
}

function charging(field: Field, resolve: Resolver): Resolver {
  if (isConnection(getNamedType(field.type))) return chargingPage(field, resolve);
  if (!isListType(getNullableType(field.type))) return chargingOne(field, resolve);
  const sizedBy = field.args.find((a) => SIZE_ARGUMENTS.includes(a.name))?.name;
  return sizedBy ? chargingSized(field, resolve, sizedBy) : chargingPerElement(field, resolve);
}

/**
 * How a field answers past the budget. The answer is replaced by one QUERY_TOO_COMPLEX anyway (cost-plugin.ts), so
 * the rest of execution should cost as little as possible: a nullable field is null, without an error of its own
 * for graphql-js to record and Apollo to format; a non-null one fails with the request's one refusal, as a rejected
 * promise, never a synchronous throw (graphql-js 16 abandons the pending promises of a list or object when one of its
 * fields throws synchronously, and a rejection among those would be unhandled).
 */
function refusal(field: Field): (error: GraphQLError) => unknown {
  return isNonNullType(field.type) ? (error) => Promise.reject(error) : () => null;
}

function chargingOne(field: Field, resolve: Resolver): Resolver {
  const refuse = refusal(field);
  return (source, args, ctx, info) => {
    const refused = ctx.cost.budget.take(1);
    return refused ? refuse(refused) : resolve(source, args, ctx, info);
  };
}

/** The page a connection may return: its first/last, or the default (an invalid size is the resolver's to refuse). */
function pageSizeOf(args: { first?: unknown; last?: unknown }): number {
  const size = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  return typeof size === 'number' && size >= 0 ? Math.min(size, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

// Whether a connection's selection asks for its items (nodes or edges); a fragment counts as asking. Cached per
// field of the document: graphql-js and graphql-jit hand every parent the same field node.
const asksForItems = new WeakMap<FieldNode, boolean>();

function selectsItems(info: GraphQLResolveInfo): boolean {
  const node = info.fieldNodes[0];
  let asks = asksForItems.get(node);
  if (asks === undefined) {
    asks = info.fieldNodes.some((f) =>
      f.selectionSet?.selections.some(
        (s) => s.kind !== Kind.FIELD || s.name.value === 'nodes' || s.name.value === 'edges',
      ),
    );
    asksForItems.set(node, asks);
  }
  return asks;
}

function chargingPage(field: Field, resolve: Resolver): Resolver {
  const refuse = refusal(field);
  return (source, args, ctx, info) => {
    const { budget } = ctx.cost;
    // A page read only for its totalCount or pageInfo produces no items.
    const size = selectsItems(info) ? pageSizeOf(args) : 0;
    const refused = budget.take(1 + size);
    if (refused) return refuse(refused);
    const settle = (page: unknown) => {
      const filled = (page as { nodes?: unknown[] } | null)?.nodes?.length ?? size;
      budget.refund(Math.max(0, size - filled));
      return page;
    };
    if (size === 0) return resolve(source, args, ctx, info);
    const result = resolve(source, args, ctx, info);
    return isThenable(result) ? Promise.resolve(result).then(settle) : settle(result);
  };
}

function chargingSized(field: Field, resolve: Resolver, argument: string): Resolver {
  const refuse = refusal(field);
  return (source, args, ctx, info) => {
    const size = (args as Record<string, unknown>)[argument];
    const refused = ctx.cost.budget.take(Array.isArray(size) ? size.length : 0);
    return refused ? refuse(refused) : resolve(source, args, ctx, info);
  };
}

function chargingPerElement(field: Field, resolve: Resolver): Resolver {
  const refuse = refusal(field);
  return (source, args, ctx, info) => {
    const { budget } = ctx.cost;
    const refused = budget.take(0);
    if (refused) return refuse(refused);
    const count = (list: unknown) => {
      budget.record(Array.isArray(list) ? list.length : 0);
      return list;
    };
    const result = resolve(source, args, ctx, info);
    // A list that arrives past the budget is still returned: its elements fail, each at its first object field.
    return isThenable(result) ? Promise.resolve(result).then(count) : count(result);
  };
}
