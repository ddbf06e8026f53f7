import SQLite from 'better-sqlite3';
const db = new SQLite(process.argv[2], { readonly: true });
for (const q of [
  'select "thread"."external_id", "thread"."id", "thread"."project_id", "thread"."task_id" from "thread" where "thread"."task_id" in (select value from json_each(?)) order by "thread"."task_id" asc, "thread"."id" asc limit ?',
  'select "annotation"."id", "annotation"."key", "annotation"."message_id", "annotation"."project_id", "annotation"."type", "annotation"."value_json" from "annotation" where "annotation"."level" = ? and "annotation"."message_id" in (select value from json_each(?)) order by "annotation"."message_id" asc, "annotation"."id" asc limit ?',
  'select "task"."created_at", "task"."external_id", "task"."id", "task"."project_id", "task"."status" from "task" where "task"."project_id" = ? order by "task"."created_at" asc, "task"."id" asc limit ?',
  'select "message"."id", "message"."project_id", "message"."role", "message"."text", "message"."turn_id" from "message" where "message"."turn_id" in (select value from json_each(?)) order by "message"."turn_id" asc, "message"."id" asc limit ?',
]) console.log(db.prepare('explain query plan ' + q).all(...(q.includes('level') ? ['MESSAGE', '[]', 10] : q.includes('json_each') ? ['[]', 10] : ['p', 10])).map((r: any) => r.detail).join(' | '));
