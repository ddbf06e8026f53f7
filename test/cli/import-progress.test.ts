import { importProgressLine } from '../../src/cli/import-progress';
import { emptySummary } from '../../src/modules/scale/scale-import';

describe('importProgressLine', () => {
  it('shows the share read as a bar, the records, rows/s and the time left at the rate so far', () => {
    const summary = { ...emptySummary(), created: 900, unchanged: 90, failed: 10, rows: 46_000 };
    // A quarter of the file in 20 s: 2,300 rows/s, and 60 s left for the other three quarters.
    expect(importProgressLine(summary, 25, 100, 20)).toBe(
      '[######------------------] 25% 1,000 records, 2,300 rows/s, ETA 1:00',
    );
  });

  it('says ? before anything is read, and ends full with no time left', () => {
    expect(importProgressLine(emptySummary(), 0, 100, 0)).toBe(
      '[------------------------] 0% 0 records, 0 rows/s, ETA ?',
    );
    expect(importProgressLine({ ...emptySummary(), created: 3, rows: 30 }, 100, 100, 2)).toBe(
      '[########################] 100% 3 records, 15 rows/s, ETA 0:00',
    );
  });

  it('counts hours past the first', () => {
    expect(importProgressLine(emptySummary(), 1, 1000, 10)).toMatch(/ETA 2:46:30$/);
  });
});
