import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from './types.generated';

// Row types of every table, named as in the Kysely example app (DESIGN.md B3).
export type OrganizationRow = Selectable<DB['organization']>;
export type InsertableOrganizationRow = Insertable<DB['organization']>;
export type UserRow = Selectable<DB['appUser']>;
export type InsertableUserRow = Insertable<DB['appUser']>;
export type ProjectRow = Selectable<DB['project']>;
export type InsertableProjectRow = Insertable<DB['project']>;
export type UpdateableProjectRow = Updateable<DB['project']>;
export type BatchRow = Selectable<DB['batch']>;
export type InsertableBatchRow = Insertable<DB['batch']>;
export type UpdateableBatchRow = Updateable<DB['batch']>;
export type TaskRow = Selectable<DB['task']>;
export type InsertableTaskRow = Insertable<DB['task']>;
export type UpdateableTaskRow = Updateable<DB['task']>;
export type ThreadRow = Selectable<DB['thread']>;
export type InsertableThreadRow = Insertable<DB['thread']>;
export type TurnRow = Selectable<DB['turn']>;
export type InsertableTurnRow = Insertable<DB['turn']>;
export type MessageRow = Selectable<DB['message']>;
export type InsertableMessageRow = Insertable<DB['message']>;
export type MessageChunkRow = Selectable<DB['messageChunk']>;
export type InsertableMessageChunkRow = Insertable<DB['messageChunk']>;
export type AnnotationRow = Selectable<DB['annotation']>;
export type InsertableAnnotationRow = Insertable<DB['annotation']>;
export type UpdateableAnnotationRow = Updateable<DB['annotation']>;
