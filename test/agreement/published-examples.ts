// Published worked examples the agreement tests reproduce (numbers copied from the sources, never computed here).

/**
 * Fleiss (1971) as worked in Wikipedia, "Fleiss' kappa", Worked example: 10 subjects, 14 raters, 5 categories;
 * each row counts the raters per category 1..5. P-bar = 0.378, P-bar_e = 0.213, kappa = 0.210.
 */
export const FLEISS_1971: readonly (readonly number[])[] = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];
