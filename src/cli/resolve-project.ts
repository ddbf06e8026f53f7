import type { Database } from '../db/database';
import { tableOfId } from '../ids';
import { findOrganizationBySlug } from '../modules/organization/organization.repository';
import { findProjectById, findProjectsByName } from '../modules/project/project.repository';
import { createProject } from '../modules/project/project.service';
import { CliError, valueOf } from './commands';
import { systemActor } from './system-actor';

/**
 * A project by id, or by name (with --org when names repeat across organizations); for a command that takes
 * --create-project (`creatable`), that flag makes a missing one.
 */
export async function resolveProject(
  db: Database,
  ref: string | undefined,
  opts: { createProject?: boolean; org?: string; creatable?: boolean },
) {
  if (!ref) throw new CliError('--project <id or name> is required');
  if (tableOfId(ref) === 'project') {
    const byId = await findProjectById(db, ref);
    if (byId) return byId;
    throw new CliError(`no project ${ref}`);
  }
  const org = opts.org ? await findOrganizationBySlug(db, opts.org) : undefined;
  if (opts.org && !org) throw new CliError(`no organization with slug "${opts.org}"`);
  const matches = await findProjectsByName(db, ref, org?.id);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) throw new CliError(`several projects are named "${ref}": pass --org or the project id`);
  if (!opts.createProject)
    throw new CliError(
      `no project named "${ref}"${opts.creatable ? ' (add --create-project --org <slug> to create it)' : ''}`,
    );
  if (!org) throw new CliError('--create-project needs --org <slug>');
  return valueOf(await createProject(db, systemActor(db), { organizationId: org.id, name: ref }, { source: 'SCALE' }));
}
