import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema as parseSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
} from 'graphql';
import { CLIENT_SCHEMA_FILE, printClientSchema } from '../../src/graphql/client-schema';
import { buildSchema } from '../../src/graphql/schema';

// Issue 16: relay-compiler panics on the subgraph SDL and GraphQL Inspector refuses it (`@link`, `@key`); clients
// get a committed schema of their own, with nothing of federation in it.
const committed = fs.readFileSync(path.resolve(__dirname, '../..', CLIENT_SCHEMA_FILE), 'utf8');
const FEDERATION = /^(_Any|_Entity|_Service|FieldSet|federation__\w+|link__\w+)$/;

/** Every field and argument of a type as `name(args): Type`, to compare two schemas type by type. */
function signatures(type: GraphQLNamedType): string[] {
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return [];
  return Object.values(type.getFields()).map(
    (f) =>
      `${f.name}(${'args' in f ? f.args.map((a: { name: string; type: unknown }) => `${a.name}: ${String(a.type)}`).join(', ') : ''}): ${f.type}`,
  );
}

describe('the client schema file', () => {
  it(`is what npm run schema:client writes (run it when the schema changes)`, () => {
    expect(committed).toBe(`${printClientSchema()}\n`);
  });

  it('has no federation internals and parses as a plain GraphQL schema', () => {
    expect(committed).not.toMatch(/@link|@key|@shareable|_Any|_Entity|_service|_entities|FieldSet/);
    expect(() => parseSchema(committed)).not.toThrow();
  });

  it('has every type, field and argument the server executes, apart from federation', () => {
    const client = parseSchema(committed);
    const served = buildSchema();
    for (const type of Object.values(served.getTypeMap())) {
      if (type.name.startsWith('__') || FEDERATION.test(type.name)) continue;
      const theirs = client.getType(type.name);
      expect([type.name, theirs?.constructor.name]).toEqual([type.name, type.constructor.name]);
      const fields = signatures(type).filter((s) => !/^_(service|entities)\(/.test(s));
      expect([type.name, signatures(theirs!)]).toEqual([type.name, fields]);
    }
    for (const type of Object.values(client.getTypeMap())) {
      if (!type.name.startsWith('__'))
        expect([type.name, !!served.getType(getNamedType(type).name)]).toEqual([type.name, true]);
    }
  });
});
