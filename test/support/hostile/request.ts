import { toJson, type Value } from './values';

/** One hostile HTTP request and where it came from. */
export type HostileRequest = {
  /** `family/kind`, e.g. `arguments/null`; counted and checked per family. */
  category: string;
  /** What was sent, readable: `Mutation.taskCreate input.projectId = null (variables)`. */
  label: string;
  method: string;
  /** Path and query string, e.g. `/graphql` or `/graphql?query=…`. */
  path: string;
  headers: Record<string, string | string[]>;
  /** The body, or a function making it when sent (thousands of bodies of a megabyte would not fit in memory at once). */
  body?: string | Buffer | (() => string | Buffer);
  /** Statuses HTTP itself answers without a JSON body (e.g. 431 for headers over Node's limit). */
  allowNonJson?: number[];
};

export const JSON_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json, application/json',
};

/** A GraphQL POST body as text (variables may hold Raw pieces too deep for JSON.stringify). */
export function graphqlBody(
  query: string | Value,
  variables?: Record<string, Value> | Value,
  operationName?: Value,
  extra: Record<string, Value> = {},
): string {
  const parts = [`"query":${typeof query === 'string' ? JSON.stringify(query) : toJson(query)}`];
  if (variables !== undefined) parts.push(`"variables":${toJson(variables)}`);
  if (operationName !== undefined) parts.push(`"operationName":${toJson(operationName)}`);
  for (const [k, v] of Object.entries(extra)) parts.push(`${JSON.stringify(k)}:${toJson(v)}`);
  return `{${parts.join(',')}}`;
}

/** A POST /graphql of one operation with the given Authorization header. */
export function post(
  category: string,
  label: string,
  authorization: string | undefined,
  body: string | (() => string),
  headers: Record<string, string> = {},
): HostileRequest {
  return {
    category,
    label,
    method: 'POST',
    path: '/graphql',
    headers: { ...JSON_HEADERS, ...(authorization === undefined ? {} : { authorization }), ...headers },
    body,
  };
}

/** A GET /graphql with the given parameters (and Apollo's CSRF preflight header unless told otherwise). */
export function get(
  category: string,
  label: string,
  authorization: string | undefined,
  params: Record<string, string>,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): HostileRequest {
  const search = new URLSearchParams(params).toString();
  return {
    category,
    label,
    method: 'GET',
    path: `/graphql${search ? `?${search}` : ''}`,
    headers: { accept: JSON_HEADERS.accept, ...(authorization === undefined ? {} : { authorization }), ...headers },
  };
}
