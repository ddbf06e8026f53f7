// The physical limit for Q1 in every shape of q1-shapes.ts (issues 9, 20): a bare node:http server answering each
// shape's JSON with hand-written batched SQL, in the same order Annograph reads, on the same driver (better-sqlite3,
// or pg) and nothing else: no GraphQL, no auth, no framework. Statements are prepared once (named on PostgreSQL)
// and rows come as arrays on both drivers. Usage: node --import tsx bench/limit-server.ts <port> <database url>
import { createHash } from 'node:crypto';
import http from 'node:http';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { keysOf, pageSizesOf, Q1_SHAPES, type Q1Shape } from './q1-shapes';

type Row = unknown[];
type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

const [port, url] = [Number(process.argv[2]), process.argv[3]];

/** The driver, and how it tests a column against a list of ids bound as one parameter. */
function connect(): { query: Query; list: (ids: string[]) => [string, unknown] } {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const names = new Map<string, string>();
    const nameOf = (text: string) => {
      let name = names.get(text);
      if (!name) names.set(text, (name = `q${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
      return name;
    };
    return {
      query: async (text, values) => (await pool.query({ name: nameOf(text), text, values, rowMode: 'array' })).rows,
      list: (ids) => ['= any($1::text[])', ids],
    };
  }
  const db = new SQLite(url.replace(/^sqlite:/, ''), { readonly: true });
  const statements = new Map<string, SQLite.Statement>();
  const query: Query = async (text, params) => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = db.prepare(text.replace(/\$\d+/g, '?')).raw(true)));
    return statement.all(...params) as Row[];
  };
  return { query, list: (ids) => ['in (select value from json_each($1))', JSON.stringify(ids)] };
}

const { query, list } = connect();
const cursor = (position: string) => Buffer.from(`cursor:${position}`, 'utf8').toString('base64url');
const SHAPES = new Map(Q1_SHAPES.map((s) => [s.name, s]));

/** Children of many parents in one statement (parent id last), grouped by parent, at most `perParent` each. */
async function childrenOf(
  table: string,
  parentColumn: string,
  columns: string,
  parentIds: string[],
  perParent: number,
): Promise<Map<string, Row[]>> {
  const byParent = new Map<string, Row[]>();
  if (!parentIds.length) return byParent;
  const [inList, param] = list(parentIds);
  const rows = await query(
    `select ${columns}, ${parentColumn} from ${table} where ${parentColumn} ${inList} order by ${parentColumn}, id`,
    [param],
  );
  const last = rows.length ? rows[0].length - 1 : 0;
  for (const row of rows) {
    const parent = row[last] as string;
    let group = byParent.get(parent);
    if (!group) byParent.set(parent, (group = []));
    if (group.length < perParent) group.push(row);
  }
  return byParent;
}

const ids = (groups: Map<string, Row[]>) => {
  const all: string[] = [];
  for (const group of groups.values()) for (const row of group) all.push(row[0] as string);
  return all;
};

const ORDER_COLUMNS = { CREATED_AT: 'created_at', COMPLETED_AT: 'completed_at', UPDATED_AT: 'updated_at' };
const CURSOR_KEYS = { CREATED_AT: 'createdAt', COMPLETED_AT: 'completedAt', UPDATED_AT: 'updatedAt' };

/** The root's row (id, name) and the column its tasks hang from. */
async function rootRow(s: Q1Shape, variables: { id?: string; name?: string }) {
  const table = s.root === 'projectByName' ? 'project' : s.root;
  const where = s.root === 'projectByName' ? 'name = $1 order by id limit 1' : 'id = $1';
  const [row] = await query(`select id, name from ${table} where ${where}`, [variables.id ?? variables.name]);
  return { row, parentColumn: `${table}_id` };
}

/** Tasks of one parent, a page of 50 and one more, in the shape's order (Annograph's: nulls first ascending). */
function tasksOf(s: Q1Shape, parentColumn: string, parentId: string): Promise<Row[]> {
  const columns = 'id, status, external_id, created_at';
  if (!s.order) return query(`select ${columns} from task where ${parentColumn} = $1 order by id limit 51`, [parentId]);
  const column = ORDER_COLUMNS[s.order.field];
  const direction = s.order.direction === 'ASC' ? 'asc' : 'desc';
  const nulls = s.order.field === 'COMPLETED_AT' ? (direction === 'asc' ? ' nulls first' : ' nulls last') : '';
  return query(
    `select ${columns}, ${column} from task where ${parentColumn} = $1 order by ${column} ${direction}${nulls}, id ${direction} limit 51`,
    [parentId],
  );
}

async function answer(s: Q1Shape, variables: { id?: string; name?: string }) {
  const { row: head, parentColumn } = await rootRow(s, variables);
  const k = keysOf(s);
  const sizes = pageSizesOf(s);
  const wrap = (node: object | null) =>
    s.root === 'projectByName' ? { projects: { [k.nodes]: node ? [node] : [] } } : { [s.root]: node };
  if (!head) return { data: wrap(null) };
  const fetched = await tasksOf(s, parentColumn, head[0] as string);
  const page = fetched.slice(0, 50);
  const threads = await childrenOf(
    'thread',
    'task_id',
    'id, external_id',
    page.map((t) => t[0] as string),
    sizes.threads,
  );
  const turns = await childrenOf('turn', 'thread_id', 'id, external_id', ids(threads), sizes.turns);
  const messages = await childrenOf('message', 'turn_id', 'id, role, text', ids(turns), sizes.messages);
  const annotations = await childrenOf(
    'annotation',
    'message_id',
    'id, key, type, value_json',
    ids(messages),
    sizes.annotations,
  );

  const listOf = (rows: Row[] | undefined, node: (row: Row) => object) =>
    s.edges ? { edges: (rows ?? []).map((r) => ({ node: node(r) })) } : { [k.nodes]: (rows ?? []).map(node) };
  const annotation = (a: Row) => ({
    id: a[0],
    [k.key]: a[1],
    type: a[2],
    value: a[3] === null ? null : JSON.parse(a[3] as string),
  });
  const message = (m: Row) => ({
    id: m[0],
    role: m[1],
    [k.content]: { [k.text]: m[2] },
    annotations: listOf(annotations.get(m[0] as string), annotation),
  });
  const turn = (t: Row) => ({ id: t[0], externalId: t[1], messages: listOf(messages.get(t[0] as string), message) });
  const thread = (t: Row) => ({ id: t[0], externalId: t[1], turns: listOf(turns.get(t[0] as string), turn) });
  const task = (t: Row) => ({
    id: t[0],
    status: t[1],
    externalId: t[2],
    createdAt: t[3],
    [k.threads]: listOf(threads.get(t[0] as string), thread),
  });
  const positionOf = s.order
    ? (t: Row) => JSON.stringify([CURSOR_KEYS[s.order!.field], t[4] ?? '', t[0]])
    : (t: Row) => t[0] as string;
  const last = page[page.length - 1];
  const tasks = {
    pageInfo: { hasNextPage: fetched.length > 50, endCursor: last ? cursor(positionOf(last)) : null },
    ...(s.edges
      ? { edges: page.map((t) => ({ cursor: cursor(positionOf(t)), node: task(t) })) }
      : { [k.nodes]: page.map(task) }),
  };
  return { data: wrap({ id: head[0], name: head[1], [k.tasks]: tasks }) };
}

http
  .createServer((req, res) => {
    if (req.method === 'GET') return void res.end('ready');
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    const respond = async () => {
      try {
        const { operationName, variables } = JSON.parse(body);
        const s = SHAPES.get(operationName);
        if (!s) throw new Error(`no Q1 shape named ${operationName}`);
        const json = JSON.stringify(await answer(s, variables));
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      }
    };
    // Every failure is answered inside respond: no promise is left for the emitter to ignore.
    req.on('end', () => void respond());
  })
  .listen(port, '127.0.0.1', () => process.stdout.write(`limit server on ${port}\n`));
