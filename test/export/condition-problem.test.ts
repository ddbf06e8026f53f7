import { conditionProblem } from '../../src/modules/export/formats/condition-problem';

describe('conditionProblem', () => {
  it('accepts no condition, a key only, and a ground-truth-only condition', () => {
    expect(conditionProblem({})).toBeNull();
    expect(conditionProblem({ condition: { key: 'quality' } })).toBeNull();
    expect(conditionProblem({ condition: { groundTruth: true } })).toBeNull();
  });

  it('accepts a numeric comparison with a number and EQ with a string', () => {
    expect(conditionProblem({ condition: { key: 'quality', comparison: 'GTE', value: 4 } })).toBeNull();
    expect(conditionProblem({ condition: { key: 'label', comparison: 'EQ', value: 'good' } })).toBeNull();
  });

  it('refuses a comparison without a value', () => {
    expect(conditionProblem({ condition: { key: 'quality', comparison: 'EQ' } })).toEqual({
      field: 'condition.value',
      message: 'A comparison needs a value to compare with.',
    });
  });

  it('refuses GT on a string', () => {
    expect(conditionProblem({ condition: { key: 'quality', comparison: 'GT', value: 'high' } })).toEqual({
      field: 'condition.value',
      message: 'GT compares numbers; give a number.',
    });
  });
});
