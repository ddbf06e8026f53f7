import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { Kind, parse, type DocumentNode, type GraphQLSchema, type ObjectTypeDefinitionNode } from 'graphql';
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
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
}

/** The executable Federation v2 subgraph schema (adds `_service` and `_entities`). */
export function buildSchema(): GraphQLSchema {
  const typeDefs = parse(loadTypeDefs());
  return buildSubgraphSchema([
    { typeDefs, resolvers: { ...connectionCountResolvers(typeDefs), ...resolvers } as GraphQLResolverMap<Context> },
  ]);
}

/**
 * `totalCount` of every `…Connection` type calls the connection's count thunk (pagination/connection.ts). graphql-js's
 * default resolver would call a function-valued property by itself; graphql-jit reads properties as they are.
 */
function connectionCountResolvers(
  typeDefs: DocumentNode,
): Record<string, { totalCount: (connection: { totalCount: () => Promise<number> }) => Promise<number> }> {
  const names = typeDefs.definitions
    .filter(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value.endsWith('Connection'),
    )
    .filter((d) => d.fields?.some((f) => f.name.value === 'totalCount'))
    .map((d) => d.name.value);
  return Object.fromEntries(names.map((name) => [name, { totalCount: (connection) => connection.totalCount() }]));
}
