import type { ChangeRow } from '../../db/rows';
import { changeCursor } from '../change/change-cursor';

// The body of a delivery (Standard Webhooks' `{type, timestamp, data}`): the change as the API shows it, its cursor
// included so that a receiver that missed deliveries can replay the log from there. Made once, when the delivery is
// queued, and stored: every retry sends the same bytes.
export function webhookBody(change: ChangeRow): string {
  return JSON.stringify({
    type: change.type,
    timestamp: change.createdAt,
    data: {
      id: change.id,
      cursor: changeCursor(change.sequence),
      type: change.type,
      objectType: change.objectType,
      objectId: change.objectId,
      projectId: change.projectId,
      organizationId: change.organizationId,
      actor: { kind: change.actorKind, id: change.actorId },
      createdAt: change.createdAt,
      payload: JSON.parse(change.payloadJson) as unknown,
    },
  });
}
