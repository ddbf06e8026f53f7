import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';
import { undocumentedCoordinates } from '../support/undocumented';

// Clients must not break silently: everything in the checked-in snapshot (test/fixtures/schema.snapshot.graphql,
// refreshed with `npm run schema:snapshot`) is still in the schema, unless the snapshot had marked it @deprecated.
function members(schema: GraphQLSchema): Map<string, { deprecated: boolean }> {
  const out = new Map<string, { deprecated: boolean }>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    out.set(type.name, { deprecated: false });
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        out.set(`${type.name}.${field.name}`, {
          deprecated: 'deprecationReason' in field && !!field.deprecationReason,
        });
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues())
        out.set(`${type.name}.${value.name}`, { deprecated: !!value.deprecationReason });
  }
  return out;
}

describe('schema compatibility', () => {
  it('keeps every type, field and enum value of the snapshot unless it was deprecated first', () => {
    const snapshot = members(
      buildSubgraphSchema(parse(fs.readFileSync(path.join(__dirname, '../fixtures/schema.snapshot.graphql'), 'utf8'))),
    );
    const current = members(buildSchema());
    const removed = [...snapshot].filter(([name, m]) => !current.has(name) && !m.deprecated).map(([name]) => name);
    expect(removed).toEqual([]);
    expect(snapshot.size).toBeGreaterThan(500);
  });

  it('has a description on every type, field, argument, enum value and input field of its own', () => {
    expect(undocumentedCoordinates()).toEqual([]);
  });

  it('would notice a coordinate without a description', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdl-'));
    fs.writeFileSync(
      path.join(dir, 'x.graphql'),
      '"A type." type X { "A field." a(b: Int): Int c: Int }\n"An enum." enum E { "One." ONE TWO }\nextend type Query { "Doc." x(id: ID): X }',
    );
    expect(undocumentedCoordinates(dir)).toEqual([
      'x.graphql: X.a(b:)',
      'x.graphql: X.c',
      'x.graphql: E.TWO',
      'x.graphql: Query.x(id:)',
    ]);
  });
});
