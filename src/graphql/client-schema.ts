import { buildASTSchema, parse, printSchema, visit, type DocumentNode } from 'graphql';
import { loadTypeDefs } from './schema';

// Directives that only routers read: composition's @key and @shareable, and the @link that imports them.
const FEDERATION_DIRECTIVES = new Set([
  'key',
  'shareable',
  'link',
  'external',
  'requires',
  'provides',
  'extends',
  'inaccessible',
  'override',
  'tag',
  'composeDirective',
  'interfaceObject',
]);

/** The API's SDL without federation: what relay-compiler, GraphQL Code Generator and GraphQL Inspector read. */
export function clientTypeDefs(): DocumentNode {
  const document = parse(loadTypeDefs());
  return visit<DocumentNode>(document, {
    Directive: (node) => (FEDERATION_DIRECTIVES.has(node.name.value) ? null : undefined),
    SchemaExtension: (node) => (node.directives?.length || node.operationTypes?.length ? undefined : null),
  });
}

/**
 * The client schema (`npm run schema:client` writes client-schema.graphql): the executable schema as clients see it,
 * printed by graphql-js with no federation internals (`_Any`, `_Entity`, `_service`, `_entities`, `@link`, `@key`).
 * Routers take the subgraph SDL instead (`npm run schema:sdl`).
 */
export function printClientSchema(): string {
  const schema = buildASTSchema(clientTypeDefs());
  return printSchema(schema);
}

export const CLIENT_SCHEMA_FILE = 'client-schema.graphql';
