import { getNamedType, getNullableType, isInterfaceType, isObjectType, type GraphQLField } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';
import { NODE_TYPENAMES } from '../../src/ids';

// Issue 16: Relay's normalizer throws on an `id` that is not a string, and Apollo Client merges objects of one
// typename and id into one cache record: every field named `id` must be a global id that node(id:) resolves.
describe('ids that client caches can trust', () => {
  const schema = buildSchema();
  const idFields = Object.values(schema.getTypeMap())
    .filter((type) => (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values((type as { getFields: () => Record<string, GraphQLField<unknown, unknown>> }).getFields())
        .filter((f) => f.name === 'id')
        .map((field) => ({ type, field })),
    );

  it('finds the id fields to check', () => {
    expect(idFields.length).toBeGreaterThan(25);
  });

  it('every id that is not deprecated is ID! of a Node type that node(id:) dispatches to', () => {
    const problems = idFields
      .filter(({ field }) => !field.deprecationReason)
      .flatMap(({ type, field }) => {
        const wrong: string[] = [];
        if (String(field.type) !== 'ID!') wrong.push(`${type.name}.id is ${String(field.type)}, not ID!`);
        const isNode =
          type.name === 'Node' ||
          ((isObjectType(type) || isInterfaceType(type)) && type.getInterfaces().some((i) => i.name === 'Node'));
        if (!isNode) wrong.push(`${type.name} has an id but does not implement Node`);
        if (isObjectType(type) && !NODE_TYPENAMES.has(type.name))
          wrong.push(`${type.name} implements Node but node(id:) has no id prefix for it`);
        return wrong;
      });
    expect(problems).toEqual([]);
  });

  it('keeps the old non-global ids only as deprecated fields next to their replacement', () => {
    const deprecated = idFields
      .filter(({ field }) => field.deprecationReason)
      .map(({ type }) => type.name)
      .sort();
    expect(deprecated).toEqual(['CandidateCode', 'CodingServiceInfo']);
    const candidate = schema.getType('CandidateCode');
    const info = schema.getType('CodingServiceInfo');
    expect(isObjectType(candidate) && String(candidate.getFields().code?.type)).toBe('Int!');
    expect(isObjectType(info) && String(info.getFields().serviceId?.type)).toBe('String!');
  });

  it('every Node type named in the id table is an object type implementing Node', () => {
    for (const typename of NODE_TYPENAMES) {
      const type = getNullableType(getNamedType(schema.getType(typename)!));
      expect([typename, isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')]).toEqual([
        typename,
        true,
      ]);
    }
  });
});
