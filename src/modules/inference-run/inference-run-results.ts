import DataLoader from 'dataloader';
import { sql, type Selectable, type SqlBool } from 'kysely';
import type { Database } from '../../db/database';
import {
  countByParents,
  defineList,
  findPagesByParents,
  orderedCursorPayload,
  type ListOrder,
  type ListQuery,
  type ListRow,
} from '../../db/list.repository';
import { isOneOf } from '../../db/one-of';
import type { DB } from '../../db/types.generated';
import type { InferenceRunResultFilter } from '../../graphql/types.generated';
import type { Loaders } from '../../loaders';
import { tableOfId } from '../../ids';
import { toConnection, type Connection } from '../../pagination/connection';
import { pageWindow, type PageArgs } from '../../pagination/page-window';
import { distinct } from '../distinct';

// The results of inference runs: a run's tasks that have been predicted (inference_run_task rows with the
// prediction's id), in task order, through the list engine: the results of every run on a page load in one
// statement (and their count in one more), whatever the number of runs and the page size.

/** A predicted task of a run: `id` is its prediction's annotation id, `correct` 1/0/null. */
export type InferenceRunResultModel = Omit<Selectable<DB['inferenceRunTask']>, 'id'> & { id: string };

const ORDER: ListOrder = { column: 'taskId', descending: false };

type ResultListParams = { correct: boolean | null; failed: boolean | null; taskIds: string[] | null };

const resultsOfRunsList = defineList({
  table: 'inferenceRunTask',
  parentColumn: 'runId',
  order: () => ORDER,
  filter: (qb, { correct, failed, taskIds }: ResultListParams, db) =>
    qb
      .where('inferenceRunTask.id', 'is not', null)
      .$if(correct != null, (q) => q.where('inferenceRunTask.correct', '=', correct ? 1 : 0))
      .$if(failed != null, (q) => q.where('inferenceRunTask.error', failed ? 'is not' : 'is', null))
      .$if(taskIds !== null, (q) =>
        taskIds!.length ? q.where(isOneOf(db, 'inferenceRunTask.taskId', taskIds!)) : q.where(sql<SqlBool>`1 = 0`),
      ),
});

/** The predicted tasks of runs, narrowed by a filter. */
export function resultsOfRuns(
  _db: Database,
  filter: InferenceRunResultFilter | null | undefined,
): ListQuery<'inferenceRunTask'> {
  const f = filter ?? {};
  // Ids of another shape name no task: left out before SQL (PostgreSQL refuses some, e.g. with NUL bytes).
  const taskIds = f.taskIds ? distinct(f.taskIds.filter((id) => tableOfId(id) === 'task')).sort() : null;
  return resultsOfRunsList({ correct: f.correct ?? null, failed: f.failed ?? null, taskIds });
}

// One set of loaders per request: kept beside the request's other loaders, gone with them.
const perRequest = new WeakMap<Loaders, Map<string, DataLoader<string, Connection<InferenceRunResultModel>>>>();
const countsPerRequest = new WeakMap<Loaders, Map<string, DataLoader<string, number>>>();

/** A page of a run's results; the pages of every run asked for with the same arguments load together. */
export function runResults(
  db: Database,
  loaders: Loaders,
  runId: string,
  filter: InferenceRunResultFilter | null | undefined,
  args: PageArgs,
): Promise<Connection<InferenceRunResultModel>> {
  const list = resultsOfRuns(db, filter);
  let pages = perRequest.get(loaders);
  if (!pages) perRequest.set(loaders, (pages = new Map()));
  let counts = countsPerRequest.get(loaders);
  if (!counts) countsPerRequest.set(loaders, (counts = new Map()));
  let count = counts.get(list.key);
  if (!count) {
    count = new DataLoader(async (runIds: readonly string[]) => {
      const totals = await countByParents(db, list, runIds);
      return runIds.map((id) => totals.get(id) ?? 0);
    });
    counts.set(list.key, count);
  }
  const key = `${list.key}|${args.first}|${args.after}|${args.last}|${args.before}`;
  let loader = pages.get(key);
  if (!loader) {
    const window = pageWindow(args);
    const total = count;
    loader = new DataLoader(async (runIds: readonly string[]) => {
      const rows = (await findPagesByParents(db, list, runIds, window)) as unknown as InferenceRunResultModel[];
      const byRun = new Map<string, InferenceRunResultModel[]>(runIds.map((id) => [id, []]));
      for (const row of rows) byRun.get(row.runId)?.push(row);
      return runIds.map((id) =>
        toConnection(byRun.get(id)!, window, { counts: total, key: id }, (row) =>
          orderedCursorPayload(row as unknown as ListRow, ORDER),
        ),
      );
    });
    pages.set(key, loader);
  }
  return loader.load(runId);
}
