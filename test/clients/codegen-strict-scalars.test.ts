import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';

// Issue 16: GraphQL Code Generator with strictScalars stopped on federation's _Any; against the client schema, the
// two scalars the README names are all it needs. The CLI runs as a UI project would run it (its ESM build).
const ROOT = path.resolve(__dirname, '../..');
const CODEGEN = path.join(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js');

function codegen(schema: string, scalars: Record<string, string>): { ok: boolean; output: string; types: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-codegen-'));
  try {
    const config = {
      schema,
      generates: {
        [path.join(dir, 'types.ts')]: { plugins: ['typescript'], config: { strictScalars: true, scalars } },
      },
    };
    fs.writeFileSync(path.join(dir, 'codegen.json'), JSON.stringify(config));
    const run = spawnSync(process.execPath, [CODEGEN, '--config', path.join(dir, 'codegen.json')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', NODE_ENV: 'development' },
    }); // jest's NODE_ENV=test silences it
    const typesFile = path.join(dir, 'types.ts');
    return {
      ok: run.status === 0,
      output: `${run.stdout}${run.stderr}`,
      types: fs.existsSync(typesFile) ? fs.readFileSync(typesFile, 'utf8') : '',
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('GraphQL Code Generator with strictScalars', () => {
  const clientSchema = path.join(ROOT, 'client-schema.graphql');

  it('generates types from the client schema with the README mapping: DateTime and JSON', () => {
    const result = codegen(clientSchema, { DateTime: 'string', JSON: 'unknown' });
    expect([result.ok, result.ok ? '' : result.output]).toEqual([true, '']);
    expect(result.types).toMatch(/DateTime: \{ input: string; output: string; \}/);
    expect(result.types).toMatch(/export type CandidateCode = \{/);
    expect(result.types).not.toMatch(/_Any|_Entity|FieldSet/);
  }, 60_000);

  it("stops on the served schema as introspection shows it (federation's _Any, FieldSet): clients must not use that", () => {
    const sdl = path.join(os.tmpdir(), `annograph-subgraph-${process.pid}.graphql`);
    fs.writeFileSync(sdl, printSchema(buildSchema()));
    try {
      const result = codegen(sdl, { DateTime: 'string', JSON: 'unknown' });
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/_Any|FieldSet|link__Import/);
    } finally {
      fs.rmSync(sdl, { force: true });
    }
  }, 60_000);

  it('stops when a scalar is left unmapped, so that mapping is the whole list', () => {
    const result = codegen(clientSchema, { DateTime: 'string' });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/JSON/);
  }, 60_000);
});
