import { z } from 'zod';
import type { Database } from '../db/database';
import { findUserByEmail } from '../modules/access/access.repository';
import { issueToken } from '../modules/access/access.service';
import { SYSTEM_ACTOR } from '../modules/change/change-log';
import { findOrganizationBySlug } from '../modules/organization/organization.repository';
import { createOrganization, OrganizationSlug } from '../modules/organization/organization.service';
import { findProjectsByName } from '../modules/project/project.repository';
import { createProject } from '../modules/project/project.service';
import { isFailure, type Result } from '../modules/result';
import { systemActor } from './system-actor';

// The CLI's commands as functions of (db, options, print), so tests call them without a process.
export type Print = (line: string) => void;
export class CliError extends Error {}

const Email = z.string().trim().toLowerCase().email();
const Slug = OrganizationSlug;
const ServiceRole = z.enum(['VIEWER', 'ANNOTATOR', 'REVIEWER', 'MANAGER', 'ADMIN']);

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new CliError(`${what}: ${result.error.issues.map((i) => i.message).join('; ')}`);
  return result.data;
}

async function organizationBySlug(db: Database, slug: string) {
  const org = await findOrganizationBySlug(db, slug);
  if (!org) throw new CliError(`no organization with slug "${slug}"`);
  return org;
}

/** A service's value; its user errors as a CliError. */
export function valueOf<T>(result: Result<T>): T {
  if (isFailure(result)) throw new CliError(result.userErrors.map((e) => e.message).join('; '));
  return result.value;
}

/** First install: an organization, its OWNER, and one token printed once. */
export async function init(
  db: Database,
  opts: { org?: string; email?: string; name?: string },
  print: Print,
): Promise<void> {
  const slug = parse(Slug, opts.org, '--org');
  const email = parse(Email, opts.email, '--email');
  const { secret } = valueOf(
    await createOrganization(db, { slug, name: opts.name, ownerEmail: email, tokenName: 'created by annograph init' }),
  );
  print(`organization "${slug}" created with OWNER ${email}`);
  print(`token (shown once; send it as "Authorization: Token <token>"):`);
  print(secret);
}

/** A token for a person (by email), or with --service a service token of an organization. */
export async function tokenCreate(
  db: Database,
  opts: { email?: string; service?: boolean; org?: string; role?: string; name?: string },
  print: Print,
): Promise<void> {
  let secret: string;
  if (opts.service) {
    const org = await organizationBySlug(db, parse(Slug, opts.org, '--org'));
    const role = parse(ServiceRole, opts.role ?? 'VIEWER', '--role');
    ({ secret } = await issueToken(
      db,
      { organizationId: org.id, serviceRole: role },
      opts.name ?? 'service',
      SYSTEM_ACTOR,
    ));
    print(`service token of "${org.slug}" with role ${role} (shown once):`);
  } else {
    const email = parse(Email, opts.email, '--email');
    const user = await findUserByEmail(db, email);
    if (!user) throw new CliError(`no user with email ${email}`);
    ({ secret } = await issueToken(db, { userId: user.id }, opts.name ?? 'cli', SYSTEM_ACTOR));
    print(`token of ${email} (shown once):`);
  }
  print(secret);
}

/** A project in an organization. */
export async function projectCreate(
  db: Database,
  opts: { org?: string; name?: string; description?: string },
  print: Print,
): Promise<void> {
  const org = await organizationBySlug(db, parse(Slug, opts.org, '--org'));
  const name = parse(z.string().trim().min(1).max(200), opts.name, '--name');
  const [existing] = await findProjectsByName(db, name, org.id);
  if (existing) throw new CliError(`"${org.slug}" already has a project named "${name}" (${existing.id})`);
  const { id } = valueOf(
    await createProject(db, systemActor(db), { organizationId: org.id, name, description: opts.description }),
  );
  print(`project ${id} "${name}" created in "${org.slug}"`);
}
