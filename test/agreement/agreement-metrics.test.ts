import {
  AgreementError,
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  perAuthorAgreement,
  type Ratings,
  type Value,
} from '../../src/modules/agreement/agreement-metrics';
import { FLEISS_1971 } from './published-examples';

// Expected numbers below are copied from the cited sources, never produced by the code under test.

/** Reliability data from a coders-by-units matrix (one row per coder, null = missing). */
function matrix(rows: Record<string, readonly (Value | null)[]>): Ratings {
  const coders = Object.keys(rows);
  const units = rows[coders[0]].length;
  return {
    items: Array.from({ length: units }, (_, u) => ({
      id: `u${u + 1}`,
      values: new Map(coders.flatMap((c) => (rows[c][u] === null ? [] : [[c, rows[c][u]] as [string, Value]]))),
    })),
  };
}

/** Reliability data from a subjects-by-categories count table (Fleiss' layout): raters r1.. per subject. */
function counts(categories: readonly string[], table: readonly (readonly number[])[]): Ratings {
  return {
    items: table.map((row, i) => {
      const values = row.flatMap((count, j) => Array<string>(count).fill(categories[j]));
      return { id: `s${i + 1}`, values: new Map(values.map((v, r) => [`r${r + 1}`, v])) };
    }),
  };
}

/** Two coders over `n` items, from a 2x2 table {yes/yes, yes/no, no/yes, no/no}. */
function twoByTwo(yy: number, yn: number, ny: number, nn: number): Ratings {
  const rows: [Value, Value][] = [
    ...Array<[Value, Value]>(yy).fill(['yes', 'yes']),
    ...Array<[Value, Value]>(yn).fill(['yes', 'no']),
    ...Array<[Value, Value]>(ny).fill(['no', 'yes']),
    ...Array<[Value, Value]>(nn).fill(['no', 'no']),
  ];
  return matrix({ A: rows.map(([a]) => a), B: rows.map(([, b]) => b) });
}

const errorCode = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof AgreementError ? e.code : `not an AgreementError: ${String(e)}`;
  }
  return undefined;
};

describe("Cohen's kappa", () => {
  // Wikipedia, "Cohen's kappa", worked example: 50 grant proposals read by A and B; both yes 20, A yes and B no 5,
  // A no and B yes 10, both no 15. p_o = 0.7, p_e = 0.5, kappa = 0.4.
  it('reproduces the 50-proposals example (kappa = 0.4)', () => {
    const r = cohenKappa(twoByTwo(20, 5, 10, 15));
    expect(r.value).toBeCloseTo(0.4, 3);
    expect(r).toMatchObject({ items: 50, authors: 2 });
  });

  // Wikipedia, same article, "Same percentages but different numbers": 45/15/25/15 gives kappa 0.1304 and
  // 25/35/5/35 gives kappa 0.2593 (both with p_o = 0.60).
  it('reproduces the same-agreement, different-marginals examples (0.1304, 0.2593)', () => {
    expect(cohenKappa(twoByTwo(45, 15, 25, 15)).value).toBeCloseTo(0.1304, 3);
    expect(cohenKappa(twoByTwo(25, 35, 5, 35)).value).toBeCloseTo(0.2593, 3);
  });

  it('uses only items both authors rated', () => {
    const r = cohenKappa(matrix({ A: ['x', 'y', 'x', null], B: ['x', 'y', null, 'y'] }));
    expect(r).toEqual({ value: 1, items: 2, authors: 2 });
  });

  it('says NEEDS_TWO_AUTHORS for one or three authors', () => {
    expect(errorCode(() => cohenKappa(matrix({ A: ['x', 'y'] })))).toBe('NEEDS_TWO_AUTHORS');
    expect(errorCode(() => cohenKappa(matrix({ A: ['x'], B: ['x'], C: ['y'] })))).toBe('NEEDS_TWO_AUTHORS');
  });

  it('answers null for no shared item and for no variation', () => {
    expect(cohenKappa({ items: [] })).toEqual({
      value: null,
      undefinedReason: 'NO_PAIRABLE_VALUES',
      items: 0,
      authors: 0,
    });
    expect(cohenKappa(matrix({ A: ['x', null], B: [null, 'x'] }))).toMatchObject({
      value: null,
      undefinedReason: 'NO_PAIRABLE_VALUES',
      items: 0,
    });
    expect(cohenKappa(matrix({ A: ['x', 'x'], B: ['x', 'x'] }))).toMatchObject({
      value: null,
      undefinedReason: 'NO_VARIATION',
      items: 2,
    });
  });
});

describe("Fleiss' kappa", () => {
  // Fleiss (1971) as worked in Wikipedia, "Fleiss' kappa", Worked example: 10 subjects, 14 raters, 5 categories;
  // P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210. Category proportions 0.143, 0.200, 0.279, 0.150, 0.229.
  const WIKIPEDIA = FLEISS_1971;

  it('reproduces the 10 x 14 x 5 worked example (kappa = 0.210)', () => {
    const r = fleissKappa(counts(['1', '2', '3', '4', '5'], WIKIPEDIA));
    expect(r.value).toBeCloseTo(0.21, 3);
    expect(r).toMatchObject({ items: 10, authors: 14 });
  });

  it('says UNEQUAL_RATER_COUNTS, and leaves out items rated once', () => {
    const unequal = matrix({ A: ['x', 'y', 'x'], B: ['x', 'y', null], C: ['y', null, null] });
    expect(errorCode(() => fleissKappa(unequal))).toBe('UNEQUAL_RATER_COUNTS');
    // Item 3 (rated once) is left out: items 1 (x, x) and 2 (x, y); P = (1 + 0) / 2, p_x = 3/4, p_y = 1/4,
    // P_e = 10/16, kappa = (1/2 - 5/8) / (3/8) = -1/3.
    const r = fleissKappa(matrix({ A: ['x', 'x', 'y'], B: ['x', 'y', null] }));
    expect(r.items).toBe(2);
    expect(r.value).toBeCloseTo(-1 / 3, 9);
    expect(fleissKappa(matrix({ A: ['x', 'y'] }))).toMatchObject({
      value: null,
      undefinedReason: 'NO_PAIRABLE_VALUES',
    });
  });

  it('answers 1 for agreement over several categories, null with no variation or no items', () => {
    expect(fleissKappa(matrix({ A: ['x', 'y'], B: ['x', 'y'], C: ['x', 'y'] })).value).toBe(1);
    expect(fleissKappa(matrix({ A: ['x'], B: ['x'] }))).toMatchObject({ value: null, undefinedReason: 'NO_VARIATION' });
    expect(fleissKappa({ items: [] })).toMatchObject({ value: null, undefinedReason: 'NO_PAIRABLE_VALUES', items: 0 });
  });
});

describe("Krippendorff's alpha", () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C (nominal data, any number of
  // observers, missing data): observers A-D, 12 units. The paper gives n = 40 pairable values (unit 12 has a
  // single value and is dropped) and alpha_nominal = 0.743; the same data give alpha_ordinal = 0.815 (section D),
  // alpha_interval = 0.849 (section E) and alpha_ratio = 0.797 (section F). Ordinal 0.815 and ratio 0.797 are also
  // asserted on this matrix by the `krippendorff` Python package's tests (pln-fing-udelar/fast-krippendorff,
  // tests/test_krippendorff.py, test_ordinal_metric and test_ratio_metric).
  const K2011 = matrix({
    A: [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    C: [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  });

  it.each([
    ['NOMINAL', 0.743],
    ['ORDINAL', 0.815],
    ['INTERVAL', 0.849],
    ['RATIO', 0.797],
  ] as const)('reproduces Krippendorff (2011): %s alpha = %s', (level, expected) => {
    const r = krippendorffAlpha(K2011, level);
    expect(r.value).toBeCloseTo(expected, 3);
    expect(r).toMatchObject({ items: 11, authors: 4, pairableValues: 40 });
  });

  // Hand count on that matrix (not from the paper): the off-diagonal coincidences are o_23 = o_32 = 3/3 (unit 2:
  // 2,3,2,2), 12 pairs of 1/3 (unit 6: 1,2,3,4) and o_12 = o_21 = 3/3 (unit 8: 1,1,2,1), 8 in all, so the nominal
  // D_o = 8/40 = 0.2; and 1 - D_o/D_e must be the alpha above.
  it('reports the nominal D_o = 0.2 of the 2011 example, and D_e with 1 - D_o/D_e = alpha', () => {
    const r = krippendorffAlpha(K2011, 'NOMINAL');
    expect(r.observedDisagreement).toBeCloseTo(8 / 40, 9);
    expect(1 - r.observedDisagreement! / r.expectedDisagreement!).toBeCloseTo(r.value!, 12);
  });

  // Wikipedia, "Krippendorff's alpha", computational example (3 coders, 15 units; by hand, 12 units have two or more
  // values, 26 values in all) and the
  // `krippendorff` Python package's tests on the same matrix: nominal 0.691358, interval 0.810845.
  const WIKIPEDIA = matrix({
    A: [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
    B: [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
    C: [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
  });

  it('reproduces the Wikipedia example (nominal 0.691, interval 0.811)', () => {
    expect(krippendorffAlpha(WIKIPEDIA, 'NOMINAL').value).toBeCloseTo(0.691358, 5);
    expect(krippendorffAlpha(WIKIPEDIA, 'INTERVAL').value).toBeCloseTo(0.810845, 5);
    expect(krippendorffAlpha(WIKIPEDIA, 'NOMINAL')).toMatchObject({ items: 12, authors: 3, pairableValues: 26 });
  });

  it('takes string categories at the nominal level and refuses them at the others', () => {
    const r = krippendorffAlpha(matrix({ A: ['a', 'b', 'a'], B: ['a', 'b', 'a'] }), 'NOMINAL');
    expect(r).toMatchObject({ value: 1, observedDisagreement: 0 });
    expect(errorCode(() => krippendorffAlpha(matrix({ A: ['a', 'b'], B: ['a', 'b'] }), 'INTERVAL'))).toBe(
      'NON_NUMERIC_VALUE',
    );
    expect(errorCode(() => krippendorffAlpha(matrix({ A: [-1, 2], B: [-1, 2] }), 'RATIO'))).toBe(
      'NEGATIVE_RATIO_VALUE',
    );
  });

  it('edge cases: one item, all agree, no variation, all missing', () => {
    // One item with two different values: D_o = D_e = 1 (n = 2), alpha = 0.
    expect(krippendorffAlpha(matrix({ A: [1], B: [2] }), 'NOMINAL')).toMatchObject({
      value: 0,
      items: 1,
      pairableValues: 2,
      observedDisagreement: 1,
      expectedDisagreement: 1,
    });
    // All agree over several values: alpha = 1 at every level.
    for (const level of ['NOMINAL', 'ORDINAL', 'INTERVAL', 'RATIO'] as const)
      expect(krippendorffAlpha(matrix({ A: [1, 2, 3], B: [1, 2, 3], C: [1, 2, null] }), level).value).toBe(1);
    // No variation (one value throughout): D_o = D_e = 0, alpha undefined -> null.
    expect(krippendorffAlpha(matrix({ A: [2, 2], B: [2, 2] }), 'INTERVAL')).toEqual({
      value: null,
      undefinedReason: 'NO_VARIATION',
      items: 2,
      authors: 2,
      pairableValues: 4,
      observedDisagreement: 0,
      expectedDisagreement: 0,
    });
    // All missing, or one value per item: nothing pairable.
    for (const data of [matrix({ A: [null, null], B: [null, null] }), matrix({ A: [1, null], B: [null, 2] })])
      expect(krippendorffAlpha(data, 'NOMINAL')).toEqual({
        value: null,
        undefinedReason: 'NO_PAIRABLE_VALUES',
        items: 0,
        authors: 0,
        pairableValues: 0,
        observedDisagreement: null,
        expectedDisagreement: null,
      });
  });
});

describe('per-author agreement', () => {
  it('with two authors, equals the metric for each', () => {
    const data = twoByTwo(20, 5, 10, 15);
    const rows = perAuthorAgreement(data, 'COHEN_KAPPA');
    expect(rows.map((r) => r.author)).toEqual(['A', 'B']);
    for (const r of rows) {
      expect(r.value).toBeCloseTo(0.4, 3);
      expect(r).toMatchObject({ items: 50, authors: 2 });
    }
  });

  it("pools the others: each author's pairs with every other author on shared items", () => {
    // C disagrees with A and B on u2; A and B always agree. Per author, nominal alpha over (author, other) pairs:
    // A: pairs (x,x)(x,x)(y,y)(y,z)(x,x)(x,x) -> 6 two-value units. Hand count: n = 12, o_xx = 8, o_yy = 2,
    // o_yz = o_zy = 1; n_x = 8, n_y = 3, n_z = 1; D_o = 2/12; D_e = (2*(8*3 + 8*1 + 3*1))/(12*11) = 70/132;
    // alpha = 1 - (2/12)/(70/132) = 1 - 22/70 = 0.685714...
    const data = matrix({ A: ['x', 'y', 'x'], B: ['x', 'y', 'x'], C: ['x', 'z', 'x'] });
    const rows = perAuthorAgreement(data, 'KRIPPENDORFF_ALPHA', 'NOMINAL');
    const a = rows.find((r) => r.author === 'A')!;
    expect(a.value).toBeCloseTo(1 - 22 / 70, 9);
    expect(a).toMatchObject({ items: 3, authors: 3, pairableValues: 12 });
    // C is the odd one out: its agreement is lower than A's.
    const c = rows.find((r) => r.author === 'C')!;
    expect(c.value!).toBeLessThan(a.value!);
  });

  it('gives an author who shares no item null', () => {
    const data = matrix({ A: ['x', 'y', null], B: ['x', 'y', null], C: [null, null, 'x'] });
    expect(perAuthorAgreement(data, 'FLEISS_KAPPA').find((r) => r.author === 'C')).toEqual({
      author: 'C',
      value: null,
      undefinedReason: 'NO_PAIRABLE_VALUES',
      items: 0,
      authors: 1,
    });
  });
});
