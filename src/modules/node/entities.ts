import { entitiesResolver } from '@apollo/subgraph/dist/types';
import { isUnionType, type GraphQLResolveInfo } from 'graphql';
import { badUserInput } from '../../errors';

/**
 * Federation's `_entities`, with every representation checked before Apollo's resolver sees it. `_Any` takes any
 * value, and Apollo's resolver throws a plain Error (answered INTERNAL_SERVER_ERROR) for a representation that is
 * not an object whose `__typename` names an entity type: such a value is the client's mistake, BAD_USER_INPUT.
 */
export function checkedEntities(
  _source: unknown,
  args: { representations: unknown[] },
  context: unknown,
  info: GraphQLResolveInfo,
): unknown {
  const entity = info.schema.getType('_Entity');
  const entityTypes = new Set(isUnionType(entity) ? entity.getTypes().map((t) => t.name) : []);
  args.representations.forEach((representation, index) => {
    const typename =
      representation !== null && typeof representation === 'object' && !Array.isArray(representation)
        ? (representation as { __typename?: unknown }).__typename
        : undefined;
    if (typeof typename !== 'string' || !entityTypes.has(typename)) {
      throw badUserInput(`representations[${index}] must be an object whose __typename names an entity type`, {
        argument: 'representations',
        index,
      });
    }
  });
  return entitiesResolver({ representations: args.representations, context, info });
}
