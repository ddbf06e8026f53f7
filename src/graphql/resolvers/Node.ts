import { typenameOfId } from '../../ids';
import type { NodeResolvers } from '../types.generated';

export const Node: NodeResolvers = {
  __resolveType: (row) => typenameOfId(row.id) as never,
};
