import type { RatingRow } from './agreement.repository';
import { AgreementError, type Level, type Ratings, type Value } from './reliability-data';

/**
 * Reliability data from rows ordered newest first within (item, author): the first row of each pair wins.
 * NOMINAL compares JSON values: strings and numbers as themselves (1 and '1' stay apart), anything else (booleans,
 * lists) as its JSON text; the other levels need numbers.
 */
export function ratingsFromRows(rows: readonly RatingRow[], level: Level): Ratings {
  const items = new Map<string, Map<string, Value>>();
  for (const row of rows) {
    const itemId = `${row.level}:${row.targetId}`;
    let values = items.get(itemId);
    if (!values) items.set(itemId, (values = new Map()));
    if (values.has(row.authorKey) || row.valueJson === null) continue;
    values.set(row.authorKey, valueOf(JSON.parse(row.valueJson) as unknown, level));
  }
  return { items: [...items].map(([id, values]) => ({ id, values })) };
}

/** A rating's parsed JSON as a Value of the level. */
export function valueOf(parsed: unknown, level: Level): Value {
  if (level === 'NOMINAL')
    return typeof parsed === 'string' || typeof parsed === 'number' ? parsed : JSON.stringify(parsed);
  if (typeof parsed === 'number' && Number.isFinite(parsed)) return parsed;
  throw new AgreementError('NON_NUMERIC_VALUE', `${level} agreement needs numbers; got ${JSON.stringify(parsed)}`);
}
