import { z } from 'zod';
import type { RootField } from '../../auth/role-table';
import type { Context } from '../../context';
import type { Database } from '../../db/database';
import type { CorrectionSessionRow } from '../../db/rows';
import type { CorrectionTagInput, TagStatus } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { isFailure, mutationTarget } from '../mutation-target';
import { failure, fromZod, notFound, type Failure } from '../user-errors';
import type { CorrectionChangeModel } from './correction-session.models';

// A session takes changes while it runs; FINISHED, FAILED and DELETING refuse them (and so do the creation steps).
const EDITABLE = ['STARTED', 'ANNOTATING'] as const;

// PostgreSQL refuses NUL characters in text: no store keeps them.
const noNul = (v: string) => !v.includes('\u0000');
const Tag = z
  .object({
    class: z.string().trim().min(1).max(200).refine(noNul, 'class must not contain NUL characters').nullish(),
    label: z.string().trim().min(1).max(200).refine(noNul, 'label must not contain NUL characters').nullish(),
    span: z
      .array(z.number().int().min(0))
      .length(2, 'span is [start, end]')
      .refine(([a, b]) => a <= b, 'span start is not after its end')
      .nullish(),
    text: z.string().max(10_000).refine(noNul, 'text must not contain NUL characters').nullish(),
  })
  .refine((t) => t.class != null || t.label != null, 'a tag has a class, a label or both');

function editable(session: CorrectionSessionRow): Failure | null {
  return (EDITABLE as readonly string[]).includes(session.status)
    ? null
    : failure('INVALID_STATE_TRANSITION', `The session is ${session.status}: it takes no changes`, ['sessionId']);
}

class SessionClosed extends Error {}

/**
 * Locks the session row and re-checks that it is editable, first in a change's transaction: two annotators
 * marking the last two segments queue here, so the second sees the first's work (and FINISHED refuses changes).
 */
async function lockEditable(trx: Database, sessionId: string): Promise<void> {
  const open = await trx
    .updateTable('correctionSession')
    .set({ updatedAt: new Date().toISOString() })
    .where('id', '=', sessionId)
    .where('status', 'in', [...EDITABLE])
    .returning('id')
    .executeTakeFirst();
  if (!open) throw new SessionClosed();
}

/** Runs a change in one transaction behind the session lock; a session closed meanwhile answers INVALID_STATE_TRANSITION. */
async function change<T>(ctx: Context, sessionId: string, work: (trx: Database) => Promise<T>): Promise<T | Failure> {
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await lockEditable(trx, sessionId);
      return work(trx);
    });
  } catch (error) {
    if (error instanceof SessionClosed)
      return failure('INVALID_STATE_TRANSITION', 'The session is no longer open for changes', ['sessionId']);
    throw error;
  }
}

/** After a change to a segment: the reviewer departed from the prediction there, and the session is being annotated. */
async function recordChange(
  trx: Database,
  session: CorrectionSessionRow,
  segmentId: string,
  changesPrediction: boolean,
) {
  if (changesPrediction) {
    await trx
      .updateTable('correctionSegment')
      .set({ predictionChanged: 1 })
      .where('sessionId', '=', session.id)
      .where('segmentId', '=', segmentId)
      .execute();
  }
  await trx
    .updateTable('correctionSession')
    .set({ status: 'ANNOTATING', updatedAt: new Date().toISOString() })
    .where('id', '=', session.id)
    .where('status', '=', 'STARTED')
    .execute();
}

async function answer(ctx: Context, sessionId: string, extra: Partial<CorrectionChangeModel>) {
  ctx.loaders.rowById('correctionSession').clear(sessionId);
  ctx.loaders.correctionStats.clear(sessionId);
  const session = (await ctx.loaders.rowById('correctionSession').load(sessionId))!;
  return { session, ...extra, userErrors: [] };
}

/** The session and one of its segments, when the caller may change them. */
async function sessionAndSegment(ctx: Context, field: RootField, sessionId: string, segmentId: string) {
  const session = await mutationTarget(ctx, field, 'correctionSession', sessionId, ['sessionId']);
  if (isFailure(session)) return session;
  const closed = editable(session);
  if (closed) return closed;
  const inSession =
    tableOfId(segmentId) === 'segment' ? await ctx.loaders.correctionSegment(session.id, segmentId) : null;
  if (!inSession) return notFound('segment in this session', ['segmentId']);
  return { session, segmentId };
}

/** A tag and its session, when the caller may change them. */
async function tagAndSession(ctx: Context, field: RootField, id: string) {
  const tag = await mutationTarget(ctx, field, 'correctionTag', id);
  if (isFailure(tag)) return tag;
  const session = (await ctx.loaders.rowById('correctionSession').load(tag.sessionId))!;
  const closed = editable(session);
  return closed ?? { tag, session };
}

/** A tag's span lies within its segment's span (both are offsets into the document): BAD_USER_INPUT otherwise. */
async function outsideSegment(
  ctx: Context,
  segmentId: string,
  span: number[] | null | undefined,
): Promise<Failure | null> {
  if (!span) return null;
  const segment = await ctx.loaders.rowById('segment').load(segmentId);
  if (!segment) return notFound('segment', ['segmentId']);
  const [start, end] = span;
  if (start < segment.spanStart || end > segment.spanEnd) {
    return failure(
      'BAD_USER_INPUT',
      `span [${start}, ${end}] is outside its segment's span [${segment.spanStart}, ${segment.spanEnd}]`,
      ['tag', 'span'],
    );
  }
  return null;
}

const columns = (t: z.infer<typeof Tag>) => ({
  class: t.class ?? null,
  label: t.label ?? null,
  spanStart: t.span?.[0] ?? null,
  spanEnd: t.span?.[1] ?? null,
  text: t.text ?? null,
});

export async function addCorrectionTag(ctx: Context, sessionId: string, segmentId: string, input: CorrectionTagInput) {
  const parsed = Tag.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error, 'tag');
  const found = await sessionAndSegment(ctx, 'Mutation.correctionTagAdd', sessionId, segmentId);
  if (isFailure(found)) return found;
  const outside = await outsideSegment(ctx, segmentId, parsed.data.span);
  if (outside) return outside;
  const now = new Date().toISOString();
  const tag = await change(ctx, sessionId, async (trx) => {
    const row = await trx
      .insertInto('correctionTag')
      .values({
        id: newId('correctionTag'),
        projectId: found.session.projectId,
        sessionId,
        segmentId,
        ...columns(parsed.data),
        status: 'CORRECTING',
        predicted: 0,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordChange(trx, found.session, segmentId, true);
    return row;
  });
  if (isFailure(tag)) return tag;
  return answer(ctx, sessionId, { tag });
}

export async function changeCorrectionTag(ctx: Context, id: string, input: CorrectionTagInput) {
  const parsed = Tag.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error, 'tag');
  const found = await tagAndSession(ctx, 'Mutation.correctionTagChange', id);
  if (isFailure(found)) return found;
  const outside = await outsideSegment(ctx, found.tag.segmentId, parsed.data.span);
  if (outside) return outside;
  const tag = await change(ctx, found.session.id, async (trx) => {
    const row = await trx
      .updateTable('correctionTag')
      .set({ ...columns(parsed.data), predicted: 0, updatedAt: new Date().toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (row) await recordChange(trx, found.session, row.segmentId, true);
    return row ?? notFound('tag', ['id']);
  });
  if (isFailure(tag)) return tag;
  return answer(ctx, found.session.id, { tag });
}

export async function deleteCorrectionTag(ctx: Context, id: string) {
  const found = await tagAndSession(ctx, 'Mutation.correctionTagDelete', id);
  if (isFailure(found)) return found;
  const deleted = await change(ctx, found.session.id, async (trx) => {
    await trx.deleteFrom('correctionTag').where('id', '=', id).execute();
    await recordChange(trx, found.session, found.tag.segmentId, true);
    return true;
  });
  if (isFailure(deleted)) return deleted;
  return answer(ctx, found.session.id, { tag: null });
}

/** READY or CORRECTING: confirming does not change what the tag says, so the prediction counts as kept. */
export async function confirmCorrectionTag(ctx: Context, id: string, status: TagStatus) {
  const found = await tagAndSession(ctx, 'Mutation.correctionTagConfirm', id);
  if (isFailure(found)) return found;
  const tag = await change(ctx, found.session.id, async (trx) => {
    const row = await trx
      .updateTable('correctionTag')
      .set({ status, updatedAt: new Date().toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (row) await recordChange(trx, found.session, row.segmentId, false);
    return row ?? notFound('tag', ['id']);
  });
  if (isFailure(tag)) return tag;
  return answer(ctx, found.session.id, { tag });
}

/** Marks a segment annotated; when it was the last one, the session is FINISHED (one conditional update). */
export async function markSegmentAnnotated(ctx: Context, sessionId: string, segmentId: string) {
  const found = await sessionAndSegment(ctx, 'Mutation.correctionSegmentMarkAnnotated', sessionId, segmentId);
  if (isFailure(found)) return found;
  const now = new Date().toISOString();
  const segment = await change(ctx, sessionId, async (trx) => {
    await trx
      .updateTable('correctionSegment')
      .set({ annotatedAt: now })
      .where('sessionId', '=', sessionId)
      .where('segmentId', '=', segmentId)
      .where('annotatedAt', 'is', null)
      .execute();
    await recordChange(trx, found.session, segmentId, false);
    await trx
      .updateTable('correctionSession')
      .set({ status: 'FINISHED', finishedAt: now, updatedAt: now })
      .where('id', '=', sessionId)
      .where('status', 'in', [...EDITABLE])
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('correctionSegment')
              .select('segmentId')
              .where('sessionId', '=', sessionId)
              .where('annotatedAt', 'is', null),
          ),
        ),
      )
      .execute();
    return trx
      .selectFrom('correctionSegment')
      .selectAll()
      .where('sessionId', '=', sessionId)
      .where('segmentId', '=', segmentId)
      .executeTakeFirstOrThrow();
  });
  if (isFailure(segment)) return segment;
  return answer(ctx, sessionId, { segment: { sessionId, segmentId, annotatedAt: segment.annotatedAt } });
}
