import { ratingsFromRows } from '../../src/modules/agreement/ratings-from-rows';
import { AgreementError } from '../../src/modules/agreement/reliability-data';

const row = (targetId: string, authorKey: string, valueJson: string | null) => ({
  level: 'MESSAGE',
  targetId,
  authorKey,
  valueJson,
});

describe('ratingsFromRows', () => {
  it('keeps the first (newest) value of each item and author and groups items by level and target', () => {
    const ratings = ratingsFromRows(
      [
        row('m1', 'user:a', '"good"'),
        row('m1', 'user:a', '"bad"'),
        row('m1', 'user:b', '"bad"'),
        row('m2', 'user:a', '3'),
      ],
      'NOMINAL',
    );
    expect(ratings.items.map((i) => [i.id, [...i.values]])).toEqual([
      [
        'MESSAGE:m1',
        [
          ['user:a', 'good'],
          ['user:b', 'bad'],
        ],
      ],
      ['MESSAGE:m2', [['user:a', 3]]],
    ]);
  });

  it('compares lists and booleans as JSON text at NOMINAL, and keeps 1 and "1" apart', () => {
    const ratings = ratingsFromRows(
      [row('m1', 'a', '["x","y"]'), row('m1', 'b', 'true'), row('m1', 'c', '"1"'), row('m1', 'd', '1')],
      'NOMINAL',
    );
    expect([...ratings.items[0].values.values()]).toEqual(['["x","y"]', 'true', '1', 1]);
  });

  it('refuses a non-numeric value at INTERVAL with NON_NUMERIC_VALUE', () => {
    expect(() => ratingsFromRows([row('m1', 'a', '"good"')], 'INTERVAL')).toThrow(
      expect.objectContaining({ code: 'NON_NUMERIC_VALUE' }) as AgreementError,
    );
  });
});
