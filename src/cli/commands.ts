import { z } from 'zod';
import { generateSecret, hashSecret, secretPrefix } from '../auth/tokens';
import type { Database } from '../db/database';
import { newId } from '../ids';

// The CLI's commands as functions of (db, options, print), so tests call them without a process.
export type Print = (line: string) => void;
export class CliError extends Error {}

const Email = z.string().trim().toLowerCase().email();
const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'a slug is 2-63 lowercase letters, digits and dashes');
const ServiceRole = z.enum(['VIEWER', 'ANNOTATOR', 'REVIEWER', 'MANAGER', 'ADMIN']);

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new CliError(`${what}: ${result.error.issues.map((i) => i.message).join('; ')}`);
  return result.data;
}

async function issueToken(
  db: Database,
  owner: { userId: string } | { organizationId: string; serviceRole: z.infer<typeof ServiceRole> },
  name: string,
) {
  const secret = generateSecret();
  await db
    .insertInto('apiToken')
    .values({
      id: newId('apiToken'),
      name,
      tokenHash: hashSecret(secret),
      prefix: secretPrefix(secret),
      createdAt: new Date().toISOString(),
      ...owner,
    })
    .execute();
  return secret;
}

async function organizationBySlug(db: Database, slug: string) {
  const org = await db.selectFrom('organization').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (!org) throw new CliError(`no organization with slug "${slug}"`);
  return org;
}

/** First install: an organization, its OWNER, and one token printed once. */
export async function init(
  db: Database,
  opts: { org?: string; email?: string; name?: string },
  print: Print,
): Promise<void> {
  const slug = parse(Slug, opts.org, '--org');
  const email = parse(Email, opts.email, '--email');
  const now = new Date().toISOString();
  const secret = await db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('organization').select('id').where('slug', '=', slug).executeTakeFirst()) {
      throw new CliError(`organization "${slug}" exists already`);
    }
    const organizationId = newId('organization');
    await trx
      .insertInto('organization')
      .values({ id: organizationId, slug, name: opts.name ?? slug, createdAt: now })
      .execute();
    let user = await trx.selectFrom('appUser').selectAll().where('email', '=', email).executeTakeFirst();
    if (!user) {
      user = { id: newId('appUser'), email, name: email.split('@')[0], createdAt: now };
      await trx.insertInto('appUser').values(user).execute();
    }
    await trx
      .insertInto('organizationMember')
      .values({ id: newId('organizationMember'), organizationId, userId: user.id, role: 'OWNER', createdAt: now })
      .execute();
    return issueToken(trx, { userId: user.id }, 'created by annograph init');
  });
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
    secret = await issueToken(db, { organizationId: org.id, serviceRole: role }, opts.name ?? 'service');
    print(`service token of "${org.slug}" with role ${role} (shown once):`);
  } else {
    const email = parse(Email, opts.email, '--email');
    const user = await db.selectFrom('appUser').select('id').where('email', '=', email).executeTakeFirst();
    if (!user) throw new CliError(`no user with email ${email}`);
    secret = await issueToken(db, { userId: user.id }, opts.name ?? 'cli');
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
  const now = new Date().toISOString();
  const id = newId('project');
  const existing = await db
    .selectFrom('project')
    .select('id')
    .where('organizationId', '=', org.id)
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing) throw new CliError(`"${org.slug}" already has a project named "${name}" (${existing.id})`);
  await db
    .insertInto('project')
    .values({
      id,
      organizationId: org.id,
      name,
      description: opts.description ?? null,
      source: 'ANNOGRAPH',
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  print(`project ${id} "${name}" created in "${org.slug}"`);
}
