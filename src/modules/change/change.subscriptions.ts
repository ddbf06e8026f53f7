import type { Context } from '../../context';
import type { ChangeRow } from '../../db/rows';
import { AppError } from '../../errors';
import type { ChangeType } from '../../graphql/types.generated';
import { abortable } from './abortable';
import { sequenceOfCursor } from './change-cursor';
import { projectChanges, StreamEnded, type StreamSource } from './change-stream';

/** What a WebSocket subscription's context adds to a request's (src/http/subscriptions.ts). */
export type LiveContext = StreamSource & {
  /** New loaders and access for the next event: each event reads the database as of itself. */
  refresh: () => void;
};

/** The live part of a subscription's context; over HTTP there is none. */
export function liveOf(ctx: Context): LiveContext {
  if (!ctx.live)
    throw new AppError(
      'Subscriptions are served over WebSocket (graphql-transport-ws) at this URL, not over HTTP',
      'BAD_USER_INPUT',
    );
  return ctx.live;
}

/** Subscription.changes: `{ changes: row }` per visible change of the project, fresh loaders for each. */
export function subscribeToChanges(
  ctx: Context,
  args: { projectId: string; after?: string | null; types?: readonly ChangeType[] | null },
): AsyncIterableIterator<{ changes: ChangeRow | AppError }> {
  const live = liveOf(ctx);
  const after = sequenceOfCursor(args.after);
  return abortable(async function* (signal) {
    try {
      for await (const row of projectChanges(live, args.projectId, after, args.types, signal)) {
        live.refresh();
        yield { changes: row };
      }
    } catch (error) {
      // The caller lost access: one last event carries the error (resolveChange throws it), then the stream completes.
      if (!(error instanceof StreamEnded)) throw error;
      yield { changes: new AppError(`Subscription ended: ${error.message}`, 'FORBIDDEN') };
    }
  });
}

/** Subscription.changes' resolve: the change, or the error that ended the stream. */
export function resolveChange(payload: { changes: ChangeRow | AppError }): ChangeRow {
  if (payload.changes instanceof AppError) throw payload.changes;
  return payload.changes;
}
