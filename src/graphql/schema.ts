import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLSchema } from 'graphql';
import { parse } from 'graphql';
import type { Context } from '../context';
import { resolvers } from './resolvers';

/** The schema/ folder, from src/graphql (tsx, jest) or dist/src/graphql (compiled). */
function schemaDir(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'schema');
    if (fs.existsSync(path.join(candidate, 'base.graphql'))) return candidate;
  }
  throw new Error(`schema/ not found above ${__dirname}`);
}

/** The SDL of every domain module, concatenated (schema/*.graphql, base first). */
export function loadTypeDefs(): string {
  const dir = schemaDir();
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
}

/** The executable Federation v2 subgraph schema (adds `_service` and `_entities`). */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: parse(loadTypeDefs()), resolvers: resolvers as GraphQLResolverMap<Context> }]);
}
