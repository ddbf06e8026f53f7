import { badUserInput } from '../../errors';
import { sql, type SqlBool } from 'kysely';
import { defineList, type ListQuery } from '../../db/list.repository';
import type { PromptOrder } from '../../graphql/types.generated';

/** `text` as a LIKE pattern matching itself: `%`, `_` and the escape character are taken literally (`escape '\'`). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// The escape character spelt out: SQLite's LIKE has none by default (PostgreSQL's is the backslash).
const like = (column: string, term: string) => sql<SqlBool>`lower(${sql.ref(column)}) like ${term} escape '\\'`;

const promptsOfOrganizationList = defineList({
  table: 'prompt',
  parentColumn: 'organizationId',
  order: ({ orderBy }: { term: string | null; orderBy: PromptOrder | null }) =>
    orderBy
      ? {
          column: { TITLE: 'title', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' }[orderBy.field],
          descending: orderBy.direction === 'DESC',
        }
      : undefined,
  filter: (qb, { term }) =>
    term ? qb.where((eb) => eb.or([like('prompt.title', term), like('prompt.description', term)])) : qb,
});

const MAX_SEARCH_LENGTH = 200;

export function promptsOfOrganization(
  search: string | null | undefined,
  orderBy?: PromptOrder | null,
): ListQuery<'prompt'> {
  // SQLite refuses LIKE patterns past 50,000 bytes (and a long one costs a scan per row anyway).
  if (search && search.length > MAX_SEARCH_LENGTH)
    throw badUserInput(`\`search\` is at most ${MAX_SEARCH_LENGTH} characters`, { argument: 'search' });
  const term = search?.trim() ? `%${likeLiteral(search.trim().toLowerCase())}%` : null;
  return promptsOfOrganizationList({ term, orderBy: orderBy ?? null });
}

export const versionsOfPrompt = defineList({ table: 'promptVersion', parentColumn: 'promptId' })();
