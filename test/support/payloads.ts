import type { GraphQLResult } from './server';

/** One user error of `code` (at `path` when given) in the payload of mutation `field`, no top-level error. */
export function expectUserError(result: GraphQLResult, field: string, code: string, path?: string[]) {
  expect(result.errors).toBeUndefined();
  const errors = result.data![field].userErrors;
  expect(errors).toHaveLength(1);
  expect(errors[0].code).toBe(code);
  if (path) expect(errors[0].field).toEqual(path);
  expect(errors[0].message.length).toBeGreaterThan(0);
}

/** A top-level FORBIDDEN naming the required role (and worded `message` when given), and no data. */
export function expectForbidden(result: GraphQLResult, requiredRole: string, message?: string) {
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRole });
  if (message) expect(result.errors![0].message).toBe(message);
}
