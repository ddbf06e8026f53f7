import { z } from 'zod';
import type { Actor } from '../../auth/access';
import type { RootField } from '../../auth/role-table';
import type { Database } from '../../db/database';
import type { SearchSessionRow } from '../../db/rows';
import { tableOfId } from '../../ids';
import { mutationTarget } from '../mutation-target';
import { failure, notFound, type Failure } from '../user-errors';
import { findSearchSessionsByClientOrAnnographId } from './search-session.repository';

/**
 * The longest client id Annograph keeps (EmbeddingStudio `session_id`, `event_id`, `object_id`, `user_id`,
 * `release_id`): 255 characters. Longer ids are BAD_USER_INPUT, never truncated; PostgreSQL also refuses NUL
 * characters in text, so no store keeps them.
 */
export const MAX_CLIENT_ID = 255;

/**
 * What is wrong with a client id, or null: longer than 255 characters, with a NUL, or (unless `allowEmpty`) empty
 * after trimming when `trim`.
 */
export function clientIdProblem(name: string, value: string, { trim = false, allowEmpty = false } = {}): string | null {
  const v = trim ? value.trim() : value;
  if (!v && !allowEmpty) return `${name} must not be empty`;
  if (v.length > MAX_CLIENT_ID) return `${name} is at most ${MAX_CLIENT_ID} characters`;
  if (v.includes('\u0000')) return `${name} must not contain NUL characters`;
  return null;
}

/** A zod string for a client id (see clientIdProblem). */
export function clientId(name: string, { trim = false } = {}) {
  const base = trim ? z.string().trim() : z.string();
  return base
    .min(1, `${name} must not be empty`)
    .max(MAX_CLIENT_ID, `${name} is at most ${MAX_CLIENT_ID} characters`)
    .refine((v) => !v.includes('\u0000'), `${name} must not contain NUL characters`);
}

/**
 * The search session a mutation names (EmbeddingStudio sends its own `session_id`): without `projectId`, `id`
 * is Annograph's `ssn_…` id; with it, `id` is the client's session id the session was registered with in that
 * project, or the Annograph id of a session of that project. When it is one session's client id and another's
 * Annograph id (a client chose an `ssn_…` string as its id), it is ambiguous: BAD_USER_INPUT. A session of
 * another project or organization is never found (NOT_FOUND, as an unknown id). The resolver primes its loader.
 */
export async function searchSessionTarget(
  db: Database,
  actor: Actor,
  field: RootField,
  id: string,
  projectId: string | null | undefined,
  paths: { id: string[]; projectId: string[] },
): Promise<SearchSessionRow | Failure> {
  if (projectId == null) return mutationTarget(actor, field, 'searchSession', id, paths.id);
  if (tableOfId(projectId) !== 'project' || !(await actor.authorize(field, { projectId })))
    return notFound('project', paths.projectId);
  const problem = clientIdProblem('The session id', id, { trim: true });
  if (problem) return failure('BAD_USER_INPUT', problem, paths.id);
  // Registration keeps the client's id trimmed; look it up the same way. An Annograph id is matched exactly.
  const clientSessionId = id.trim();
  const rows = await findSearchSessionsByClientOrAnnographId(db, projectId, clientSessionId, id);
  if (rows.length === 0)
    return failure(
      'NOT_FOUND',
      'No search session of this project has this session id (client or Annograph)',
      paths.id,
    );
  if (rows.length > 1) {
    return failure(
      'BAD_USER_INPUT',
      "Ambiguous session id: it is one session's client session id and another's Annograph id; pass the Annograph id without projectId",
      paths.id,
    );
  }
  return rows[0];
}
