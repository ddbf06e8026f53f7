// The physical limit for Q1 (issue 9): a bare node:http server answering Q1's JSON with hand-written batched SQL on
// the same driver as Annograph (better-sqlite3, or pg) and nothing else: no GraphQL, no auth, no framework.
// Usage: node --import tsx bench/limit-server.ts <port> <database url>
import http from 'node:http';
import SQLite from 'better-sqlite3';
import pg from 'pg';

type Row = Record<string, any>;
type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

const [port, url] = [Number(process.argv[2]), process.argv[3]];

/** The driver, and how it tests a column against a list of ids bound as one parameter. */
function connect(): { query: Query; list: (ids: string[]) => [string, unknown] } {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return {
      query: async (text, params) => (await pool.query(text, params)).rows,
      list: (ids) => ['= any($1::text[])', ids],
    };
  }
  const db = new SQLite(url.replace(/^sqlite:/, ''), { readonly: true });
  const statements = new Map<string, SQLite.Statement>();
  const query: Query = async (text, params) => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = db.prepare(text.replace(/\$\d+/g, '?'))));
    return statement.all(...params) as Row[];
  };
  return { query, list: (ids) => ['in (select value from json_each($1))', JSON.stringify(ids)] };
}

const { query, list } = connect();
const cursor = (id: string) => Buffer.from(`cursor:${id}`, 'utf8').toString('base64url');

/** Children of many parents in one statement, grouped by parent, at most `perParent` each (the page size). */
async function childrenOf(
  table: string,
  parentColumn: string,
  columns: string,
  parentIds: string[],
  perParent: number,
): Promise<Map<string, Row[]>> {
  const [inList, param] = list(parentIds);
  const rows = await query(
    `select ${columns}, ${parentColumn} as parent from ${table} where ${parentColumn} ${inList} order by ${parentColumn}, id`,
    [param],
  );
  const byParent = new Map<string, Row[]>();
  for (const row of rows) {
    const group = byParent.get(row.parent) ?? [];
    if (group.length < perParent) group.push(row);
    byParent.set(row.parent, group);
  }
  return byParent;
}

async function q1(projectId: string) {
  const [project] = await query('select id, name from project where id = $1', [projectId]);
  if (!project) return { data: { project: null } };
  const tasks = await query(
    'select id, status, external_id, created_at from task where project_id = $1 order by id limit 51',
    [projectId],
  );
  const page = tasks.slice(0, 50);
  const threads = await childrenOf(
    'thread',
    'task_id',
    'id, external_id',
    page.map((t) => t.id),
    20,
  );
  const turns = await childrenOf(
    'turn',
    'thread_id',
    'id, external_id',
    [...threads.values()].flat().map((t) => t.id),
    20,
  );
  const messages = await childrenOf(
    'message',
    'turn_id',
    'id, role, text',
    [...turns.values()].flat().map((t) => t.id),
    5,
  );
  const annotations = await childrenOf(
    'annotation',
    'message_id',
    'id, key, type, value_json',
    [...messages.values()].flat().map((m) => m.id),
    20,
  );
  return {
    data: {
      project: {
        id: project.id,
        name: project.name,
        tasks: {
          pageInfo: {
            hasNextPage: tasks.length > 50,
            endCursor: page.length ? cursor(page[page.length - 1].id) : null,
          },
          nodes: page.map((task) => ({
            id: task.id,
            status: task.status,
            externalId: task.external_id,
            createdAt: task.created_at,
            threads: {
              nodes: (threads.get(task.id) ?? []).map((thread) => ({
                id: thread.id,
                externalId: thread.external_id,
                turns: {
                  nodes: (turns.get(thread.id) ?? []).map((turn) => ({
                    id: turn.id,
                    externalId: turn.external_id,
                    messages: {
                      nodes: (messages.get(turn.id) ?? []).map((message) => ({
                        id: message.id,
                        role: message.role,
                        content: { text: message.text },
                        annotations: {
                          nodes: (annotations.get(message.id) ?? []).map((a) => ({
                            id: a.id,
                            key: a.key,
                            type: a.type,
                            value: a.value_json === null ? null : JSON.parse(a.value_json),
                          })),
                        },
                      })),
                    },
                  })),
                },
              })),
            },
          })),
        },
      },
    },
  };
}

http
  .createServer((req, res) => {
    if (req.method === 'GET') return void res.end('ready');
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    const answerQ1 = async () => {
      try {
        const answer = await q1(JSON.parse(body).variables.projectId);
        const json = JSON.stringify(answer);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      }
    };
    // Every failure is answered inside answerQ1: no promise is left for the emitter to ignore.
    req.on('end', () => void answerQ1());
  })
  .listen(port, '127.0.0.1', () => process.stdout.write(`limit server on ${port}\n`));
