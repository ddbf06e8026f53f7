import type { Database } from '../db/database';
import { findOrganizationBySlug } from '../modules/organization/organization.repository';
import { findProjectsByName } from '../modules/project/project.repository';
import { createProject } from '../modules/project/project.service';
import type { ProjectRouter } from '../modules/scale/scale-import';
import { ScaleTask, type ScaleTaskRecord } from '../modules/scale/scale-task.schema';
import { CliError, valueOf } from './commands';
import { systemActor } from './system-actor';

/** The project name a Scale task carries: `project` as a name, or an expanded project's `name` (else its id). */
function projectNameOf(record: ScaleTaskRecord): string | null {
  const project = record.project;
  if (project == null) return null;
  if (typeof project === 'string') return project;
  return typeof project.name === 'string' ? project.name : project.id;
}

/**
 * `annograph import scale <file> --org <slug> [--create-project]`: each task goes into the organization's project
 * its `project` names, made when `createProject` asks (once per name and run); a task naming no project, or one
 * the organization lacks, is that record's failure and the others go on.
 */
export async function scaleProjectRouter(
  db: Database,
  opts: { org?: string; createProject?: boolean },
): Promise<ProjectRouter> {
  if (!opts.org)
    throw new CliError('pass --project <id or name>, or --org <slug> to import each task into the project it names');
  const org = await findOrganizationBySlug(db, opts.org);
  if (!org) throw new CliError(`no organization with slug "${opts.org}"`);
  const known = new Map<string, Promise<{ projectId: string } | { problem: string }>>();
  const resolve = async (name: string) => {
    const matches = await findProjectsByName(db, name, org.id);
    if (matches.length === 1) return { projectId: matches[0].id };
    if (matches.length > 1) return { problem: `project: several projects of "${org.slug}" are named "${name}"` };
    if (!opts.createProject)
      return { problem: `project: "${org.slug}" has no project named "${name}" (add --create-project to create it)` };
    try {
      const made = valueOf(
        await createProject(db, systemActor(db), { organizationId: org.id, name }, { source: 'SCALE' }),
      );
      return { projectId: made.id };
    } catch (error) {
      // A name createProject refuses (too long, say) fails the tasks that carry it, not the whole file.
      if (error instanceof CliError) return { problem: `project: cannot create "${name}": ${error.message}` };
      throw error;
    }
  };
  const resolved = new Map<string, string>();
  const router: ProjectRouter = (record) => {
    const name = projectNameOf(record);
    if (!name) return Promise.resolve({ problem: 'project: the task names no project; pass --project to choose one' });
    let answer = known.get(name);
    if (!answer) {
      known.set(name, (answer = resolve(name)));
      // A failure is the caller's to see, through `answer`.
      answer.then(
        (a) => 'projectId' in a && resolved.set(name, a.projectId),
        () => {},
      );
    }
    return answer;
  };
  // A record not validated yet: its project when its name was resolved before (its `project` checked alone).
  router.known = (value) => {
    const project = ScaleTask.shape.project.safeParse((value as { project?: unknown } | null)?.project);
    const name = project.success ? projectNameOf({ project: project.data } as ScaleTaskRecord) : null;
    return (name && resolved.get(name)) ?? null;
  };
  return router;
}
