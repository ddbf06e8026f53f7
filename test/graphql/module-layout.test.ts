import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { MODULE_RESOLVERS } from '../../src/graphql/resolvers';

// One room per domain: schema/<name>.graphql, src/modules/<name>/ (with <name>.resolvers.ts) and its tests in
// test/<name>/ (or test/graphql/<name>.test.ts) are found by one name, and a module resolves only what its SDL
// file declares. base.graphql holds the roots, scalars and shared types, with no module of its own.
const ROOT = path.join(__dirname, '../..');
const SHARED_SDL = ['base'];
const FEDERATION_FIELDS = ['Query._entities'];
const TYPE_HOOKS = ['__resolveReference', '__resolveType', '__isTypeOf'];

const domains = fs
  .readdirSync(path.join(ROOT, 'schema'))
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => f.replace(/\.graphql$/, ''))
  .filter((name) => !SHARED_SDL.includes(name));

/** `Type.field` for every field the SDL file declares, and `Type.__type` for every type it defines. */
function declaredIn(domain: string): Set<string> {
  const doc = parse(fs.readFileSync(path.join(ROOT, 'schema', `${domain}.graphql`), 'utf8'));
  const declared = new Set<string>();
  for (const definition of doc.definitions) {
    if (!('name' in definition) || !definition.name) continue;
    const type = definition.name.value;
    const extension = definition.kind.endsWith('Extension');
    if (!extension) declared.add(`${type}.__type`);
    for (const field of 'fields' in definition ? (definition.fields ?? []) : [])
      declared.add(`${type}.${field.name.value}`);
  }
  return declared;
}

function testsOf(domain: string): string[] {
  const folder = path.join(ROOT, 'test', domain);
  const inFolder = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.test.ts')) : [];
  const single = path.join(ROOT, 'test', 'graphql', `${domain}.test.ts`);
  return [...inFolder, ...(fs.existsSync(single) ? [single] : [])];
}

/** Coordinates a module resolves that its SDL file does not declare. */
export function strayResolvers(domain: string, resolvers: Record<string, unknown>): string[] {
  const declared = declaredIn(domain);
  const stray: string[] = [];
  for (const [type, fields] of Object.entries(resolvers)) {
    for (const field of Object.keys(fields as object)) {
      const coordinate = `${type}.${field}`;
      if (FEDERATION_FIELDS.includes(coordinate)) continue;
      const ok = TYPE_HOOKS.includes(field) ? declared.has(`${type}.__type`) : declared.has(coordinate);
      if (!ok) stray.push(coordinate);
    }
  }
  return stray;
}

/** Application code: every .ts file below `dir` (relative to the repository root). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(relative));
    else if (entry.name.endsWith('.ts')) out.push(relative);
  }
  return out;
}

/** Kysely statements a file builds (comment lines left out). */
export function statementsIn(text: string): number {
  const code = text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .join('\n');
  return (code.match(/\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto)\(|\bsql`/g) ?? []).length;
}

// Where SQL may be written: repositories, the list descriptors' conditions, and the generic engine and migrations in
// src/db (src/auth/visible-lists.ts holds the visibility conditions the lists share).
const SQL_HOMES = [/\.repository\.ts$/, /\.lists\.ts$/, /^src\/db\//, /^src\/auth\/visible-lists\.ts$/];

// Where a transaction may be opened: change-log.ts's transactionWithChanges (inTransaction and underOpenTask use it),
// which writes the changes a transaction records (issue 18). A raw `.transaction()` would silently drop them.
const TRANSACTION_HOMES = ['src/modules/change/change-log.ts'];

/** Files (comment lines left out) that open a raw Kysely transaction. */
export function opensTransaction(text: string): boolean {
  return text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .some((line) => /\.transaction\(\)/.test(line));
}

function transactionsOutsideChangeLog(): string[] {
  return sourceFiles('src')
    .filter((f) => !TRANSACTION_HOMES.includes(f))
    .filter((f) => opensTransaction(fs.readFileSync(path.join(ROOT, f), 'utf8')));
}

function sqlOutsideRepositories(): string[] {
  return sourceFiles('src')
    .filter((f) => !SQL_HOMES.some((home) => home.test(f)))
    .filter((f) => statementsIn(fs.readFileSync(path.join(ROOT, f), 'utf8')) > 0);
}

describe('one room per domain', () => {
  it('has a module folder with <name>.resolvers.ts for every schema file, and no module without one', () => {
    const missing = domains.filter(
      (d) => !fs.existsSync(path.join(ROOT, 'src/modules', d, `${d}.resolvers.ts`)) || !(d in MODULE_RESOLVERS),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(MODULE_RESOLVERS).filter((m) => !domains.includes(m))).toEqual([]);
  });

  it('has tests named after every schema file', () => {
    expect(domains.filter((d) => testsOf(d).length === 0)).toEqual([]);
  });

  it.each(domains)('the %s module resolves only fields its SDL file declares', (domain) => {
    expect(strayResolvers(domain, MODULE_RESOLVERS[domain] as Record<string, unknown>)).toEqual([]);
  });

  it('keeps every SQL statement in a repository (lists only describe conditions; src/db is the engine)', () => {
    expect(sqlOutsideRepositories()).toEqual([]);
  });

  it('opens transactions only through the change log (transactionWithChanges), so no change is dropped', () => {
    expect(transactionsOutsideChangeLog()).toEqual([]);
  });

  it('finds a raw transaction (the check can fail)', () => {
    expect(opensTransaction('await db.transaction().execute(async (trx) => work(trx));')).toBe(true);
    expect(opensTransaction('const t = db\n    .transaction()\n    .execute(work);')).toBe(true);
    expect(opensTransaction('// db.transaction() is named in a comment only')).toBe(false);
    expect(opensTransaction('transactionWithChanges(db, work)')).toBe(false);
  });

  it('has services that take (db, actor) and never the GraphQL context', () => {
    const services = sourceFiles('src/modules').filter((f) => f.endsWith('.service.ts'));
    expect(services.length).toBeGreaterThan(15);
    const withContext = services.filter((f) =>
      /from '[./]*\/context'|\bctx\./.test(fs.readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(withContext).toEqual([]);
  });

  it('finds SQL written outside a repository (the check can fail)', () => {
    expect(statementsIn("const rows = await db.selectFrom('task').selectAll().execute();")).toBe(1);
    expect(statementsIn("await trx.updateTable('batch').set({ status }).execute();\nsql`select 1`")).toBe(2);
    expect(statementsIn('// selectFrom is named in a comment only')).toBe(0);
  });

  it('finds a resolver placed in the wrong module (the check can fail)', () => {
    const misplaced = { Task: { threads: () => [] }, Coder: { __resolveReference: () => null } };
    expect(strayResolvers('batch', misplaced)).toEqual(['Task.threads', 'Coder.__resolveReference']);
  });
});
