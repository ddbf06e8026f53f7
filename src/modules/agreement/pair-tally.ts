// The pair tally: every ordered pair (a's value, b's value) that two different authors gave one item, counted by
// (a, b, va, vb, m) with m the number of values the item carries. All three coefficients, their item and author
// counts and each author's agreement with the others follow from it, and it is small (authors^2 x values^2 rows at
// most), so the database computes it in one statement (agreement.repository.ts) instead of sending every rating.
import { type Ratings, type Value } from './reliability-data';

export type PairCount = { a: string; b: string; va: Value; vb: Value; m: number; count: number };

export type PairTally = {
  pairs: readonly PairCount[];
  /** Every author who rated an item, paired or not (Cohen's kappa refuses anything but two), in key order. */
  authors: readonly string[];
};

/** The tally of reliability data held in memory (tests, a run against its ground truth). */
export function tallyOf(ratings: Ratings): PairTally {
  const counts = new Map<string, PairCount>();
  const authors = new Set<string>();
  for (const item of ratings.items) {
    const m = item.values.size;
    for (const [a, va] of item.values) {
      authors.add(a);
      for (const [b, vb] of item.values) {
        if (a === b) continue;
        const key = JSON.stringify([a, b, typeof va, va, typeof vb, vb, m]);
        const known = counts.get(key);
        if (known) known.count++;
        else counts.set(key, { a, b, va, vb, m, count: 1 });
      }
    }
  }
  return { pairs: [...counts.values()], authors: [...authors].sort() };
}

/** Either form of reliability data as a tally. */
export const asTally = (data: Ratings | PairTally): PairTally => ('items' in data ? tallyOf(data) : data);

/**
 * Items that carry two or more values, and the values in them (Krippendorff's n). An item of m values is the first
 * author of m(m-1) pairs and each of its values of m-1, so both divisions are exact per m.
 */
export function pairableCounts(tally: PairTally): { items: number; values: number } {
  const byM = new Map<number, number>();
  for (const p of tally.pairs) byM.set(p.m, (byM.get(p.m) ?? 0) + p.count);
  let items = 0;
  let values = 0;
  for (const [m, pairs] of byM) {
    items += pairs / (m * (m - 1));
    values += pairs / (m - 1);
  }
  return { items, values };
}

/** Authors who share at least one item with another author. */
export const pairedAuthors = (tally: PairTally): Set<string> => new Set(tally.pairs.map((p) => p.a));

/** Pseudo-authors for the two sides of a per-author comparison (not valid author keys). */
export const SELF = '\u0000self';
export const OTHERS = '\u0000others';

/**
 * One author's pairs as two-author data: every (author's value, another author's value) on a shared item is a unit
 * of two values, author SELF against OTHERS. `items` are the distinct items shared, `others` the authors met there.
 */
export function authorView(tally: PairTally, author: string): { tally: PairTally; items: number; others: number } {
  const pairs: PairCount[] = [];
  const others = new Set<string>();
  let items = 0;
  for (const p of tally.pairs) {
    if (p.a !== author) continue;
    pairs.push(
      { a: SELF, b: OTHERS, va: p.va, vb: p.vb, m: 2, count: p.count },
      { a: OTHERS, b: SELF, va: p.vb, vb: p.va, m: 2, count: p.count },
    );
    others.add(p.b);
    items += p.count / (p.m - 1);
  }
  return { tally: { pairs, authors: [SELF, OTHERS] }, items: Math.round(items), others: others.size };
}
