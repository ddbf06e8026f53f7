/**
 * The values of a client's list, once each. A list filter binds one SQL parameter per value: 100,000 copies of one
 * status would be 100,000 parameters (SQLite refuses more than 32,766, PostgreSQL more than 65,535), and an enum
 * list has at most as many distinct values as the enum. Lists of ids go through isOneOf (db/one-of.ts): one value.
 */
export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
