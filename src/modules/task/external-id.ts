import { z } from 'zod';

/**
 * The longest id or name an upstream may give an object (Scale `task_id`, thread, turn and annotation ids,
 * `source_id`, batch and project references; `externalId` of taskCreate, threadAppend and turnAppend; batch
 * names). 255 characters: longer ones are refused (BAD_USER_INPUT, or an import failure) rather than stored.
 */
export const MAX_UPSTREAM_ID_LENGTH = 255;

export const upstreamId = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_UPSTREAM_ID_LENGTH, `must be at most ${MAX_UPSTREAM_ID_LENGTH} characters`);

/** The same limit for optional references that may be empty (message `source_id`, appended thread and turn ids). */
export const upstreamRef = z
  .string()
  .max(MAX_UPSTREAM_ID_LENGTH, `must be at most ${MAX_UPSTREAM_ID_LENGTH} characters`);
