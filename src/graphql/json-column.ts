/** Reads a JSON text column; null or empty text gives the fallback. */
export function fromJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  return JSON.parse(text) as T;
}

/** Writes a value to a JSON text column. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}
