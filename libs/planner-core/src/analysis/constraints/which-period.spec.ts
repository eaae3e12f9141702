import { readWhichPeriod } from './which-period';

describe('readWhichPeriod', () => {
  it('should read the period a "which <periods>" question lists', () => {
    expect(readWhichPeriod('In which weeks did refunds pass 40?')).toMatchObject({
      unit: 'week',
      size: 1,
      seconds: 604_800,
    });
    expect(readWhichPeriod('what days was cost higher than plan')).toMatchObject({ unit: 'day' });
    expect(readWhichPeriod('Which months went over budget')).toMatchObject({ unit: 'month' });
  });

  it('should read "show the <periods> where …" as the periods listed', () => {
    expect(readWhichPeriod('show me the weeks where cost beat revenue')).toMatchObject({ unit: 'week' });
  });

  it('should read nothing for a singular or another noun', () => {
    expect(readWhichPeriod('which month is the busiest')).toBeNull();
    expect(readWhichPeriod('which customers ordered in the last 3 months')).toBeNull();
    expect(readWhichPeriod('show orders of the last 3 months where the total is over 100')).toBeNull();
  });
});
