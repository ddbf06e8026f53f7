import DataLoader from 'dataloader';
import type { Selectable } from 'kysely';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Database } from './db/database';
import { columnsForConnection } from './db/list-columns';
import {
  countByParents,
  findPagesByParents,
  findRowsByIds,
  orderedCursorPayload,
  ROOT,
  type ListQuery,
  type ListRow,
} from './db/list.repository';
import type { TaskRow } from './db/rows';
import type { DB } from './db/types.generated';
import type { NodeTable } from './ids';
import { byKey, groupByKey } from './keyed';
import { findChunksByTaskIds, findLastProgress } from './modules/coding/coding.repository';
import { findTaskStarts } from './modules/job/job.repository';
import { findPromptProjects, findPromptStats } from './modules/prompt/prompt.repository';
import { createCorrectionLoaders } from './modules/correction-session/correction-session.loaders';
import { tasksToScale } from './modules/scale/scale-export';
import { countTasksByBatchAndStatus } from './modules/task/task.repository';
import { findChunksByMessageIds } from './modules/thread/thread.repository';
import { toConnection, type Connection } from './pagination/connection';
import { pageWindow, type PageArgs } from './pagination/page-window';

// Keys per statement: far below the bind-parameter limits of both stores (SQLite 32,766; PostgreSQL 65,535),
// and high enough that a page the cost limit admits loads each level in one statement.
const MAX_BATCH = 5000;

/** Every DataLoader of one request. Made in createContext only: loaders are never shared between requests. */
export function createLoaders(db: Database) {
  const byIdLoaders = new Map<NodeTable, DataLoader<string, unknown>>();
  function rowById<T extends NodeTable>(table: T): DataLoader<string, Selectable<DB[T]> | null> {
    let loader = byIdLoaders.get(table);
    if (!loader) {
      loader = new DataLoader(
        async (ids: readonly string[]) => byKey(ids, (await findRowsByIds(db, table, ids)) as ListRow[], (r) => r.id),
        {
          maxBatchSize: MAX_BATCH,
        },
      );
      byIdLoaders.set(table, loader);
    }
    return loader as DataLoader<string, Selectable<DB[T]> | null>;
  }

  // One count loader per list (filter included), one page loader per list and window.
  const countLoaders = new Map<string, DataLoader<string, number>>();
  const pageLoaders = new Map<string, DataLoader<string, Connection<unknown>>>();
  function countLoader(list: ListQuery): DataLoader<string, number> {
    let loader = countLoaders.get(list.key);
    if (!loader) {
      loader = new DataLoader(
        async (parentIds: readonly string[]) => {
          const counts = await countByParents(db, list, parentIds);
          return parentIds.map((id) => counts.get(id) ?? 0);
        },
        { maxBatchSize: MAX_BATCH },
      );
      countLoaders.set(list.key, loader);
    }
    return loader;
  }

  // The loader each connection field used last: every item of a list calls its field's resolver with the same
  // fieldNodes and equal arguments, so all but the first call skip working out columns and the loader key.
  const lastLoaderOfField = new WeakMap<
    readonly FieldNode[],
    { listKey: string; args: PageArgs; loader: DataLoader<string, Connection<unknown>> }
  >();
  const sameArgs = (a: PageArgs, b: PageArgs) =>
    a.first === b.first && a.after === b.after && a.last === b.last && a.before === b.before;

  /** The page of `list` under one parent (ROOT for a root list); pages of all parents load in one statement. */
  function connection<T extends NodeTable>(
    list: ListQuery<T>,
    parentId: string,
    args: PageArgs,
    info?: GraphQLResolveInfo,
  ): Promise<Connection<Selectable<DB[T]>>> {
    const last = info && lastLoaderOfField.get(info.fieldNodes);
    const loader =
      last && last.listKey === list.key && sameArgs(last.args, args) ? last.loader : pageLoader(list, args, info);
    if (info && loader !== last?.loader) lastLoaderOfField.set(info.fieldNodes, { listKey: list.key, args, loader });
    return loader.load(parentId) as Promise<Connection<Selectable<DB[T]>>>;
  }

  function pageLoader(
    list: ListQuery<NodeTable>,
    args: PageArgs,
    info: GraphQLResolveInfo | undefined,
  ): DataLoader<string, Connection<unknown>> {
    const always = () => [
      'projectId',
      ...(list.parentColumn ? [list.parentColumn] : []),
      ...(list.order ? [list.order.column] : []),
    ];
    const { columns, key: columnsKey } = columnsForConnection(list.table, list.key, info, always);
    // The key is built from the raw arguments, which are checked when its loader is made.
    const key = `${list.key}|${args.first}|${args.after}|${args.last}|${args.before}|${columnsKey}`;
    let loader = pageLoaders.get(key);
    if (!loader) {
      const window = pageWindow(args);
      const counts = countLoader(list);
      loader = new DataLoader(
        async (parentIds: readonly string[]) => {
          const rows = await findPagesByParents(db, list, parentIds, window, columns);
          // Only whole rows go to the row cache: a later load by id must not see a row with columns left out.
          if (!columns) {
            const byId = rowById(list.table) as DataLoader<string, unknown>;
            for (const row of rows) byId.prime(row.id, row);
          }
          const parentOf = (row: ListRow) => (list.parentColumn === null ? ROOT : (row[list.parentColumn] as string));
          const order = list.order;
          const positionOf = order ? (row: ListRow) => orderedCursorPayload(row, order) : undefined;
          return groupByKey(parentIds, rows, parentOf).map((page, i) =>
            toConnection(page, window, { counts, key: parentIds[i] }, positionOf),
          );
        },
        { maxBatchSize: MAX_BATCH },
      );
      pageLoaders.set(key, loader);
    }
    return loader;
  }

  const chunksByMessageId = new DataLoader(
    async (ids: readonly string[]) => groupByKey(ids, await findChunksByMessageIds(db, ids), (r) => r.messageId),
    { maxBatchSize: MAX_BATCH },
  );

  const taskCountsByBatchId = new DataLoader(
    async (ids: readonly string[]) => groupByKey(ids, await countTasksByBatchAndStatus(db, ids), (r) => r.batchId),
    { maxBatchSize: MAX_BATCH },
  );

  // Scale JSON of many tasks from six statements (scale-export.ts), keyed by the task row.
  const scaleJsonByTask = new DataLoader(async (tasks: readonly TaskRow[]) => tasksToScale(db, [...tasks]), {
    // Small batches: the export's own statements list every message and chunk id of the batch.
    maxBatchSize: 200,
    cacheKeyFn: (task) => task.id,
  });

  const chunksByTaskId = new DataLoader(
    async (ids: readonly string[]) => groupByKey(ids, await findChunksByTaskIds(db, ids), (r) => r.taskId),
    { maxBatchSize: MAX_BATCH },
  );
  const taskStartedAt = new DataLoader(
    async (ids: readonly string[]) => {
      const starts = await findTaskStarts(db, ids);
      return ids.map((id) => starts.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );

  const lastProgressByTaskId = new DataLoader(
    async (ids: readonly string[]) => {
      const last = await findLastProgress(db, ids);
      return ids.map((id) => last.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );

  const promptProjectIds = new DataLoader(async (ids: readonly string[]) =>
    groupByKey(ids, await findPromptProjects(db, ids), (r) => r.promptId).map((rows) => rows.map((r) => r.id)),
  );
  const promptStats = new DataLoader((ids: readonly string[]) => findPromptStats(db, ids));

  return {
    rowById,
    connection,
    chunksByMessageId,
    taskCountsByBatchId,
    scaleJsonByTask,
    chunksByTaskId,
    lastProgressByTaskId,
    taskStartedAt,
    promptProjectIds,
    promptStats,
    ...createCorrectionLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export { byKey, groupByKey };
