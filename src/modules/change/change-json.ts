import type { ChangeRow } from '../../db/rows';
import { changeCursor } from './change-cursor';

/** The actor of a change as the GraphQL `ChangeActor` gives it: its kind and the one id that kind carries. */
export function changeActorIds(c: Pick<ChangeRow, 'actorKind' | 'actorId'>) {
  return {
    kind: c.actorKind,
    userId: c.actorKind === 'USER' ? c.actorId : null,
    tokenId: c.actorKind === 'SERVICE_TOKEN' ? c.actorId : null,
    worker: c.actorKind === 'WORKER' ? c.actorId : null,
  };
}

/** A change with the scalar fields of the GraphQL `Change` type, in its order (the CLI's JSON lines). */
export function changeAsJson(c: ChangeRow) {
  return {
    id: c.id,
    cursor: changeCursor(c.sequence),
    type: c.type,
    objectType: c.objectType,
    objectId: c.objectId,
    projectId: c.projectId,
    organizationId: c.organizationId,
    actor: changeActorIds(c),
    createdAt: c.createdAt,
    payload: JSON.parse(c.payloadJson) as unknown,
  };
}
