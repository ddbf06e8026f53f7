import { loadNode } from '../../graphql/load-typed';
import type { Resolvers } from '../../graphql/types.generated';
import { typenameOfId } from '../../ids';
import { checkedEntities } from './entities';

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_p, { id }, ctx) => loadNode(ctx, id) as never,
    nodes: (_p, { ids }, ctx) => Promise.all(ids.map((id) => loadNode(ctx, id))) as never,
    // `_entities` is federation's; its own resolver would answer INTERNAL_SERVER_ERROR for a malformed representation.
    ...({ _entities: checkedEntities } as object),
  },
  Node: {
    __resolveType: (row) => typenameOfId(row.id),
  },
};
