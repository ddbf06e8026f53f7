import DataLoader from 'dataloader';
import type { Actor } from '../auth/access';
import { ANONYMOUS } from '../auth/viewer';
import type { Database } from '../db/database';
import type { NodeTable } from '../ids';
import { createLoaders } from '../loaders';

/**
 * Who the CLI acts as: whoever runs it on the server holds the database, so it has every right (D8). The services
 * take it like any caller's Access, so the CLI runs the API's own validation, transactions and user errors; only
 * the checks answer yes: authorize admits every field, every existing row is visible, and the role on every
 * existing project and organization is OWNER. It is no person and no token (the anonymous viewer): a service that
 * acts for the calling person (tokenCreate) has nobody to act for. Made here only; the API never has one.
 */
export function systemActor(db: Database): Actor {
  const loaders = createLoaders(db);
  const ownerOfExisting = (table: 'project' | 'organization') =>
    new DataLoader<string, 'OWNER' | null>(async (ids) =>
      (await loaders.rowById(table).loadMany(ids)).map((row) => (row && !(row instanceof Error) ? 'OWNER' : null)),
    );
  return {
    viewer: ANONYMOUS,
    projectRole: ownerOfExisting('project'),
    organizationRole: ownerOfExisting('organization'),
    visible: (table: NodeTable) => loaders.rowById(table),
    authorize: async () => true,
  };
}
