import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ASTNode, type DefinitionNode } from 'graphql';

// Every schema coordinate written in schema/*.graphql that has no description, by file: types, fields, arguments,
// enum values and input fields of our own (the Federation types added by @apollo/subgraph are not ours to document).
export function undocumentedCoordinates(schemaDir = path.join(__dirname, '../../schema')): string[] {
  const missing: string[] = [];
  for (const file of fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const doc = parse(fs.readFileSync(path.join(schemaDir, file), 'utf8'));
    for (const def of doc.definitions) collect(def, file, missing);
  }
  return missing;
}

type Described = ASTNode & { description?: { value: string }; name: { value: string } };

function collect(def: DefinitionNode, file: string, missing: string[]): void {
  const note = (node: Described, coordinate: string) => {
    if (!node.description?.value.trim()) missing.push(`${file}: ${coordinate}`);
  };
  switch (def.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
    case Kind.INTERFACE_TYPE_EXTENSION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION: {
      // `extend type Query/Mutation` adds fields to a type documented elsewhere: only its fields need words.
      if (def.kind.endsWith('Definition')) note(def, def.name.value);
      for (const field of def.fields ?? []) {
        note(field, `${def.name.value}.${field.name.value}`);
        if ('arguments' in field)
          for (const arg of field.arguments ?? [])
            note(arg, `${def.name.value}.${field.name.value}(${arg.name.value}:)`);
      }
      return;
    }
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
      if (def.kind === Kind.ENUM_TYPE_DEFINITION) note(def, def.name.value);
      for (const value of def.values ?? []) note(value, `${def.name.value}.${value.name.value}`);
      return;
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_DEFINITION:
      note(def, def.name.value);
      return;
    case Kind.DIRECTIVE_DEFINITION:
      note(def, `@${def.name.value}`);
      for (const arg of def.arguments ?? []) note(arg, `@${def.name.value}(${arg.name.value}:)`);
      return;
    default:
      return;
  }
}

if (require.main === module) {
  const missing = undocumentedCoordinates(process.argv[2]);
  const only = process.argv[3];
  for (const line of missing) if (!only || line.startsWith(`${only}:`)) console.log(line);
  console.error(`${missing.length} undocumented`);
}
