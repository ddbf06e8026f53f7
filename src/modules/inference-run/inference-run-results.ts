import DataLoader from 'dataloader';
import type { Selectable } from 'kysely';
import type { Database } from '../../db/database';
import { countByParents, findPagesByParents, orderedCursorPayload, type ListRow } from '../../db/list.repository';
import type { DB } from '../../db/types.generated';
import type { InferenceRunResultFilter } from '../../graphql/types.generated';
import type { Loaders } from '../../loaders';
import { toConnection, type Connection } from '../../pagination/connection';
import { pageWindow, type PageArgs } from '../../pagination/page-window';
import { RESULT_ORDER, resultsOfRuns } from './inference-run.lists';

// The results of inference runs: a run's tasks that have been predicted (inference_run_task rows with the
// prediction's id), in task order, through the list engine: the results of every run on a page load in one
// statement (and their count in one more), whatever the number of runs and the page size. The list itself (its
// filter) is resultsOfRuns in inference-run.lists.ts; this file holds the per-request loaders over it.

/** A predicted task of a run: `id` is its prediction's annotation id, `correct` 1/0/null. */
export type InferenceRunResultModel = Omit<Selectable<DB['inferenceRunTask']>, 'id'> & { id: string };

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
          orderedCursorPayload(row as unknown as ListRow, RESULT_ORDER),
        ),
      );
    });
    pages.set(key, loader);
  }
  return loader.load(runId);
}
