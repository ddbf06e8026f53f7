import type { CorrectionSessionRow, CorrectionTagRow, DocumentRow } from '../../db/rows';
import type { UserError } from '../user-errors';

// What the correction types resolve from.
/** A document in one session (the `id` is the document's, for paging). */
export type CorrectionDocumentModel = { id: string; sessionId: string; document: DocumentRow };
/** A segment in one session. */
export type CorrectionSegmentModel = { sessionId: string; segmentId: string; annotatedAt: string | null };
/** A change's answer: the session after it, and what changed. */
export type CorrectionChangeModel = {
  session?: CorrectionSessionRow | null;
  tag?: CorrectionTagRow | null;
  segment?: CorrectionSegmentModel | null;
  userErrors: UserError[];
};
