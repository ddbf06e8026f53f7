import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Issue 16: relay-compiler (its own binary, shipped in its npm package) compiles the README's Relay fragments against
// the committed client schema. The README's blocks are the source, so what it shows is what compiles.
const ROOT = path.resolve(__dirname, '../..');
const RELAY = path.join(ROOT, 'node_modules/relay-compiler/cli.js');

function readmeBlocks(): { file: string; graphql: string }[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n# relay: (\w+\.ts)\n([\s\S]*?)```/g)].map((m) => ({
    file: m[1],
    graphql: m[2],
  }));
}

function compile(dir: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [RELAY], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

function project(blocks: { file: string; graphql: string }[], schemaFile: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annograph-relay-'));
  fs.mkdirSync(path.join(dir, 'src/__generated__'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'relay.config.json'),
    JSON.stringify({
      src: './src',
      schema: schemaFile,
      language: 'typescript',
      artifactDirectory: './src/__generated__',
    }),
  );
  for (const { file, graphql } of blocks)
    fs.writeFileSync(
      path.join(dir, 'src', file),
      `const graphql = String.raw;\nexport default graphql\`\n${graphql}\`;\n`,
    );
  return dir;
}

describe('Relay against the client schema', () => {
  const blocks = readmeBlocks();
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('finds the README fragments', () => {
    expect(blocks.map((b) => b.file)).toEqual(['TaskRow.ts', 'ProjectTasks.ts', 'CodingReview.ts']);
  });

  it('compiles them with relay-compiler', () => {
    const dir = project(blocks, path.join(ROOT, 'client-schema.graphql'));
    dirs.push(dir);
    const result = compile(dir);
    expect([result.ok, result.ok ? '' : result.output]).toEqual([true, '']);
    const artifacts = fs.readdirSync(path.join(dir, 'src/__generated__')).sort();
    expect(artifacts).toEqual([
      'CodingReview_chunk.graphql.ts',
      'ProjectTasksQuery.graphql.ts',
      'TaskRowRefetchQuery.graphql.ts',
      'TaskRow_task.graphql.ts',
    ]);
    // The refetch query goes through node(id:), which Relay requires of a Node-implementing type.
    expect(fs.readFileSync(path.join(dir, 'src/__generated__/TaskRowRefetchQuery.graphql.ts'), 'utf8')).toMatch(
      /node\(id: \$id\)/,
    );
  });

  it('fails on what Relay refuses: the subgraph SDL, and a field the schema lacks', () => {
    const sdl = path.join(os.tmpdir(), `annograph-subgraph-${process.pid}.graphql`);
    fs.writeFileSync(
      sdl,
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n${fs.readFileSync(path.join(ROOT, 'client-schema.graphql'), 'utf8')}`,
    );
    const withSdl = project(blocks, sdl);
    const broken = project(
      [{ file: 'Broken.ts', graphql: 'fragment Broken_task on Task { id noSuchField }' }],
      path.join(ROOT, 'client-schema.graphql'),
    );
    dirs.push(withSdl, broken);
    expect(compile(withSdl).ok).toBe(false);
    const result = compile(broken);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/noSuchField/);
    fs.rmSync(sdl, { force: true });
  });
});
