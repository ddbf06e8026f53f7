import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { RootField } from '../../auth/role-table';
import type { Database } from '../../db/database';
import type { CorrectionSessionRow, SegmentRow } from '../../db/rows';
import type { CorrectionTagInput, TagStatus } from '../../graphql/types.generated';
import { newId, tableOfId } from '../../ids';
import { changeActorOf } from '../change/change-log';
import { mutationTarget } from '../mutation-target';
import { inTransaction, isFailure, ok, type Result } from '../result';
import { failure, fromZod, notFound, type Failure } from '../user-errors';
import { recordSessionUpdate, recordTagChange } from './correction-changes';
import type { CorrectionChangeModel } from './correction-session.models';
import { findCorrectionSegments, findCorrectionSessionById } from './correction-session.repository';
import {
  deleteCorrectionTagById,
  findCorrectionSegment,
  insertCorrectionTag,
  lockCorrectionSessionById,
  updateCorrectionSegmentAnnotated,
  updateCorrectionSegmentPredictionChanged,
  updateCorrectionSessionAnnotating,
  updateCorrectionSessionFinishedIfDone,
  updateCorrectionTag,
} from './correction-tag.repository';

/** A change's answer: the session after it (re-read once committed), and what changed. */
export type CorrectionChange = Omit<CorrectionChangeModel, 'userErrors'> & { session: CorrectionSessionRow };

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

/**
 * Runs a change in one transaction behind the session lock, re-checking first that the session is editable (two
 * annotators marking the last two segments queue there; FINISHED refuses changes): a session closed meanwhile
 * answers INVALID_STATE_TRANSITION. Once committed, the session is read again for the answer.
 */
async function change(
  db: Database,
  sessionId: string,
  work: (trx: Database) => Promise<Result<Omit<CorrectionChange, 'session'>>>,
): Promise<Result<CorrectionChange>> {
  const done = await inTransaction(db, async (trx) => {
    if (!(await lockCorrectionSessionById(trx, sessionId, EDITABLE)))
      return failure('INVALID_STATE_TRANSITION', 'The session is no longer open for changes', ['sessionId']);
    return work(trx);
  });
  if (isFailure(done)) return done;
  return ok({ session: await findCorrectionSessionById(db, sessionId), ...done.value });
}

/**
 * After a change to a segment: the reviewer departed from the prediction there, and the session is being annotated.
 * True when this was the session's first change, which moved it from STARTED to ANNOTATING.
 */
async function noteSegmentChange(
  trx: Database,
  session: CorrectionSessionRow,
  segmentId: string,
  changesPrediction: boolean,
): Promise<boolean> {
  if (changesPrediction) await updateCorrectionSegmentPredictionChanged(trx, session.id, segmentId);
  return updateCorrectionSessionAnnotating(trx, session.id);
}

/** The session and one of its segments, when the caller may change them. */
async function sessionAndSegment(db: Database, actor: Actor, field: RootField, sessionId: string, segmentId: string) {
  const session = await mutationTarget(actor, field, 'correctionSession', sessionId, ['sessionId']);
  if (isFailure(session)) return session;
  const closed = editable(session);
  if (closed) return closed;
  const inSession =
    tableOfId(segmentId) === 'segment' ? (await findCorrectionSegments(db, [session.id], [segmentId]))[0] : null;
  if (!inSession) return notFound('segment in this session', ['segmentId']);
  return { session, segmentId };
}

/** A tag and its session, when the caller may change them. */
async function tagAndSession(actor: Actor, field: RootField, id: string) {
  const tag = await mutationTarget(actor, field, 'correctionTag', id);
  if (isFailure(tag)) return tag;
  const session = (await actor.visible('correctionSession').load(tag.sessionId)) as CorrectionSessionRow;
  const closed = editable(session);
  return closed ?? { tag, session };
}

/** A tag's span lies within its segment's span (both are offsets into the document): BAD_USER_INPUT otherwise. */
async function outsideSegment(
  actor: Actor,
  segmentId: string,
  span: number[] | null | undefined,
): Promise<Failure | null> {
  if (!span) return null;
  const segment = (await actor.visible('segment').load(segmentId)) as SegmentRow | null;
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

export async function addCorrectionTag(
  db: Database,
  actor: Actor,
  sessionId: string,
  segmentId: string,
  input: CorrectionTagInput,
): Promise<Result<CorrectionChange>> {
  const parsed = Tag.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error, 'tag');
  const found = await sessionAndSegment(db, actor, 'Mutation.correctionTagAdd', sessionId, segmentId);
  if (isFailure(found)) return found;
  const outside = await outsideSegment(actor, segmentId, parsed.data.span);
  if (outside) return outside;
  const now = new Date().toISOString();
  return change(db, sessionId, async (trx) => {
    const tag = await insertCorrectionTag(trx, {
      id: newId('correctionTag'),
      projectId: found.session.projectId,
      sessionId,
      segmentId,
      ...columns(parsed.data),
      status: 'CORRECTING',
      predicted: 0,
      createdAt: now,
      updatedAt: now,
    });
    const by = changeActorOf(actor);
    recordTagChange(trx, 'CORRECTION_TAG_CREATED', tag, by);
    recordSessionUpdate(trx, found.session, by, {
      started: await noteSegmentChange(trx, found.session, segmentId, true),
    });
    return ok({ tag });
  });
}

export async function changeCorrectionTag(
  db: Database,
  actor: Actor,
  id: string,
  input: CorrectionTagInput,
): Promise<Result<CorrectionChange>> {
  const parsed = Tag.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error, 'tag');
  const found = await tagAndSession(actor, 'Mutation.correctionTagChange', id);
  if (isFailure(found)) return found;
  const outside = await outsideSegment(actor, found.tag.segmentId, parsed.data.span);
  if (outside) return outside;
  return change(db, found.session.id, async (trx) => {
    const tag = await updateCorrectionTag(trx, id, {
      ...columns(parsed.data),
      predicted: 0,
      updatedAt: new Date().toISOString(),
    });
    if (!tag) return notFound('tag', ['id']);
    const by = changeActorOf(actor);
    // The input is the whole tag: each of its fields is set again.
    recordTagChange(trx, 'CORRECTION_TAG_UPDATED', tag, by, ['class', 'label', 'span', 'text']);
    const started = await noteSegmentChange(trx, found.session, tag.segmentId, true);
    recordSessionUpdate(trx, found.session, by, { started });
    return ok({ tag });
  });
}

export async function deleteCorrectionTag(db: Database, actor: Actor, id: string): Promise<Result<CorrectionChange>> {
  const found = await tagAndSession(actor, 'Mutation.correctionTagDelete', id);
  if (isFailure(found)) return found;
  return change(db, found.session.id, async (trx) => {
    if (!(await deleteCorrectionTagById(trx, id))) return notFound('tag', ['id']);
    const by = changeActorOf(actor);
    recordTagChange(trx, 'CORRECTION_TAG_DELETED', found.tag, by);
    const started = await noteSegmentChange(trx, found.session, found.tag.segmentId, true);
    recordSessionUpdate(trx, found.session, by, { started });
    return ok({ tag: null });
  });
}

/** READY or CORRECTING: confirming does not change what the tag says, so the prediction counts as kept. */
export async function confirmCorrectionTag(
  db: Database,
  actor: Actor,
  id: string,
  status: TagStatus,
): Promise<Result<CorrectionChange>> {
  const found = await tagAndSession(actor, 'Mutation.correctionTagConfirm', id);
  if (isFailure(found)) return found;
  return change(db, found.session.id, async (trx) => {
    const tag = await updateCorrectionTag(trx, id, {
      status,
      updatedAt: new Date().toISOString(),
    });
    if (!tag) return notFound('tag', ['id']);
    const by = changeActorOf(actor);
    recordTagChange(trx, 'CORRECTION_TAG_UPDATED', tag, by, ['status']);
    const started = await noteSegmentChange(trx, found.session, tag.segmentId, false);
    recordSessionUpdate(trx, found.session, by, { started });
    return ok({ tag });
  });
}

/** Marks a segment annotated; when it was the last one, the session is FINISHED (one conditional update). */
export async function markSegmentAnnotated(
  db: Database,
  actor: Actor,
  sessionId: string,
  segmentId: string,
): Promise<Result<CorrectionChange>> {
  const found = await sessionAndSegment(db, actor, 'Mutation.correctionSegmentMarkAnnotated', sessionId, segmentId);
  if (isFailure(found)) return found;
  const now = new Date().toISOString();
  return change(db, sessionId, async (trx) => {
    const marked = await updateCorrectionSegmentAnnotated(trx, sessionId, segmentId, now);
    const started = await noteSegmentChange(trx, found.session, segmentId, false);
    const finished = await updateCorrectionSessionFinishedIfDone(trx, sessionId, now, EDITABLE);
    // A segment marked again changes nothing (unless it moves the session); the last one finishes the session.
    recordSessionUpdate(trx, found.session, changeActorOf(actor), {
      started,
      finished,
      marked: marked ? segmentId : null,
    });
    const segment = await findCorrectionSegment(trx, sessionId, segmentId);
    return ok({ segment: { sessionId, segmentId, annotatedAt: segment.annotatedAt } });
  });
}
