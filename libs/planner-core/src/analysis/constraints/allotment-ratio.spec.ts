import { readAllotmentRatio } from './allotment-ratio';

describe('readAllotmentRatio', () => {
  it('reads the share of the allotment that spending is compared with, and how', () => {
    expect(readAllotmentRatio('teams that burned through over 75 percent of their Q3 travel budget')).toEqual({
      operator: 'gt',
      ratio: 0.75,
      expression: 'burned through over 75 percent of their Q3 travel budget',
    });
    expect(readAllotmentRatio('regions that have spent less than 40% of the allocation')?.operator).toBe('lt');
    expect(readAllotmentRatio('which units used at least 12.5% of its allowance')?.ratio).toBe(0.125);
  });

  it('reads a share compared with a symbol ("spent >90% of")', () => {
    expect(readAllotmentRatio('units that already spent >85% of their 2031 budget')).toMatchObject({
      operator: 'gt',
      ratio: 0.85,
    });
    expect(readAllotmentRatio('crews having used >= 60 % of the allocation')?.operator).toBe('gte');
    expect(readAllotmentRatio('crews having used <30% of the allocation')?.operator).toBe('lt');
  });

  it('should read nothing from a percentage that is no share of an allotment', () => {
    expect(readAllotmentRatio('spent more than 90% of the time idle')).toBeNull();
    expect(readAllotmentRatio('departments over budget')).toBeNull();
  });
});
