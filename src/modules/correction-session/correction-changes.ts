import type { Database } from '../../db/database';
import type { CorrectionSessionRow, CorrectionTagRow } from '../../db/rows';
import { recordChange, type ChangeActor } from '../change/change-log';

// What a correction session's changes record in the change log (issue 18): its tags' changes and its own, one
// change per object a transaction changes.

/**
 * The session's own change, one per transaction: a segment marked annotated, its status moved (STARTED to
 * ANNOTATING by its first change, to FINISHED by its last segment), or both. Nothing when neither happened.
 */
export function recordSessionUpdate(
  trx: Database,
  session: CorrectionSessionRow,
  by: ChangeActor,
  what: { started: boolean; marked?: string | null; finished?: boolean },
) {
  const status = what.finished ? 'FINISHED' : what.started ? 'ANNOTATING' : null;
  if (!status && !what.marked) return;
  recordChange(trx, {
    type: 'SESSION_UPDATED',
    objectId: session.id,
    projectId: session.projectId,
    by,
    payload: {
      changed: [...(what.marked ? ['segments'] : []), ...(status ? ['status'] : [])],
      ...(what.marked ? { segmentId: what.marked } : {}),
      ...(status ? { from: what.started ? 'STARTED' : 'ANNOTATING', to: status } : {}),
    },
  });
}

type TagChange = 'CORRECTION_TAG_CREATED' | 'CORRECTION_TAG_UPDATED' | 'CORRECTION_TAG_DELETED';

/** A tag's change, naming its session and segment (and the fields changed, for an update). */
export function recordTagChange(
  trx: Database,
  type: TagChange,
  tag: Pick<CorrectionTagRow, 'id' | 'projectId' | 'sessionId' | 'segmentId'>,
  by: ChangeActor,
  changed?: string[],
) {
  recordChange(trx, {
    type,
    objectId: tag.id,
    projectId: tag.projectId,
    by,
    payload: { sessionId: tag.sessionId, segmentId: tag.segmentId, ...(changed ? { changed } : {}) },
  });
}
