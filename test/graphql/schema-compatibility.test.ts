import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';

// Clients must not break silently: everything in the checked-in snapshot (test/fixtures/schema.snapshot.graphql,
// refreshed with `npm run schema:snapshot`) is still in the schema, unless the snapshot had marked it @deprecated.
function members(schema: GraphQLSchema): Map<string, { deprecated: boolean }> {
  const out = new Map<string, { deprecated: boolean }>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    out.set(type.name, { deprecated: false });
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        out.set(`${type.name}.${field.name}`, { deprecated: 'deprecationReason' in field && !!field.deprecationReason });
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) out.set(`${type.name}.${value.name}`, { deprecated: !!value.deprecationReason });
  }
  return out;
}

describe('schema compatibility', () => {
  it('keeps every type, field and enum value of the snapshot unless it was deprecated first', () => {
    const snapshot = members(buildSubgraphSchema(parse(fs.readFileSync(path.join(__dirname, '../fixtures/schema.snapshot.graphql'), 'utf8'))));
    const current = members(buildSchema());
    const removed = [...snapshot].filter(([name, m]) => !current.has(name) && !m.deprecated).map(([name]) => name);
    expect(removed).toEqual([]);
    expect(snapshot.size).toBeGreaterThan(500);
  });

  it('has a description on every type of its own', () => {
    const undocumented = Object.values(buildSchema().getTypeMap())
      .filter((t) => !t.name.startsWith('_') && !t.name.startsWith('link__') && !t.name.startsWith('federation__') && !['String', 'Int', 'Float', 'Boolean', 'ID', 'Query', 'Mutation'].includes(t.name))
      .filter((t) => !t.name.endsWith('Connection') && !t.name.endsWith('Edge') && !t.name.endsWith('Payload'))
      .filter((t) => !t.description)
      .map((t) => t.name);
    expect(undocumented).toEqual([]);
  });
});
