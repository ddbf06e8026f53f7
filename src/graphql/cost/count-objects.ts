import { defaultFieldResolver, getNamedType, getNullableType, isAbstractType, isListType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../../context';

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * Charges the request's object budget (ctx.cost.budget) as execution produces objects: one per object-typed field
 * (whether it resolves to an object or null), one per element of a list of objects. Wrapping the resolvers, rather
 * than an Apollo willResolveField hook, counts on both execution paths: graphql-jit calls the same resolvers
 * (DECISIONS.md D8). Scalar fields are free and keep their resolvers (most have none), so the common leaf costs nothing.
 */
export function countObjectsAsResolved(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!isObjectType(named) && !isAbstractType(named)) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = isListType(getNullableType(field.type)) ? chargingPerElement(resolve) : chargingOne(resolve);
    }
  }
  return schema;
}

// Past the budget a field answers a rejected promise, never a synchronous throw: graphql-js 16 abandons the
// pending promises of a list or object when one of its fields throws synchronously, and a budget error in one of
// those would then be an unhandled rejection (which ends a Node process).
function chargingOne(resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> {
  return (source, args, ctx, info) => {
    const refused = ctx.cost.budget.take(1);
    return refused ? Promise.reject(refused) : resolve(source, args, ctx, info);
  };
}

function chargingPerElement(resolve: GraphQLFieldResolver<unknown, Context>): GraphQLFieldResolver<unknown, Context> {
  return (source, args, ctx, info) => {
    const { budget } = ctx.cost;
    const refused = budget.take(0);
    if (refused) return Promise.reject(refused);
    const result = resolve(source, args, ctx, info);
    if (!isThenable(result)) {
      const over = budget.take(lengthOf(result));
      return over ? Promise.reject(over) : result;
    }
    // A list that arrives past the budget is still returned: its elements fail, each at its first object field.
    return Promise.resolve(result).then((list) => {
      budget.record(lengthOf(list));
      return list;
    });
  };
}
