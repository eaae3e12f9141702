import { readGroupThreshold, saysAggregateThreshold } from './aggregate-threshold';

describe('aggregate thresholds', () => {
  it("names a group's aggregate just before a comparison", () => {
    expect(saysAggregateThreshold('mean score per team, keep the teams where the mean is ')).toBe(true);
    expect(saysAggregateThreshold('sales by region, for regions whose total ')).toBe(true);
    expect(saysAggregateThreshold('orders with an amount ')).toBe(false);
    expect(saysAggregateThreshold('invoices with a total ')).toBe(false);
    expect(saysAggregateThreshold('invoices whose total ')).toBe(false);
  });

  it('names an aggregate qualified by one word ("whose unpaid total", "where the combined sum")', () => {
    expect(saysAggregateThreshold('unpaid invoices per segment, only segments whose unpaid total ')).toBe(true);
    expect(saysAggregateThreshold('spend by team, teams where the combined sum is ')).toBe(true);
    expect(saysAggregateThreshold('invoices whose unpaid total ')).toBe(false);
    expect(saysAggregateThreshold('sales by region, regions whose unpaid invoices ')).toBe(false);
    expect(readGroupThreshold('refunds per store, stores whose monthly average is over 1,200')).toEqual({
      operator: 'gt',
      value: 1200,
    });
  });

  it('names an average owned by the plural things asked about, with no group word', () => {
    expect(saysAggregateThreshold('which vendors have a mean invoice ')).toBe(true);
    expect(saysAggregateThreshold('list the stores whose average sale ')).toBe(true);
    expect(saysAggregateThreshold('accounts with an average payment amount ')).toBe(true);
    expect(saysAggregateThreshold('stores whose total sale ')).toBe(false);
    expect(saysAggregateThreshold('payments with an amount ')).toBe(false);
    expect(saysAggregateThreshold('depots where the median payment amount ')).toBe(true);
    expect(saysAggregateThreshold('depots where the payment amount ')).toBe(false);
    // The amount brought in by "of" after the average's words.
    expect(saysAggregateThreshold('kiosks with a mean basket value of ')).toBe(true);
    expect(saysAggregateThreshold('kiosks with a basket value of ')).toBe(false);
  });

  it('reads the threshold said with a bare number, and none without an aggregate word', () => {
    expect(readGroupThreshold('hosts per site, only sites where the count is under 12')).toEqual({
      operator: 'lt',
      value: 12,
    });
    expect(readGroupThreshold('points per team, teams whose sum comes to at least 1,500')).toEqual({
      operator: 'gte',
      value: 1500,
    });
    expect(readGroupThreshold('teams whose sum comes to at least 1,500')).toBeNull();
    expect(readGroupThreshold('hosts with more than 12 alerts')).toBeNull();
  });

  it('reads a threshold said of the groups by a pronoun ("only those over 40") after a grouping', () => {
    expect(readGroupThreshold('denied badge swipes per door, only those over 40')).toEqual({
      operator: 'gt',
      value: 40,
    });
    expect(readGroupThreshold('printer errors by floor - just the ones with at least 7')).toEqual({
      operator: 'gte',
      value: 7,
    });
    expect(readGroupThreshold('tickets per agent, only those over 12 in the past day')).toEqual({
      operator: 'gt',
      value: 12,
    });
    // No grouping before it, or a size, time or percentage after the number: none.
    expect(readGroupThreshold('only those over 40')).toBeNull();
    expect(readGroupThreshold('the ones with 3 or more')).toBeNull();
    expect(readGroupThreshold('uploads per user, only those over 40 MB')).toBeNull();
    expect(readGroupThreshold('jobs per queue, only those over 40%')).toBeNull();
  });

  it('reads a threshold said of the groups after "only" or "just" with a sign or words of more ("only >=3")', () => {
    expect(readGroupThreshold('badge denials per door today, only >=4 pls')).toEqual({ operator: 'gte', value: 4 });
    expect(readGroupThreshold('print jobs by user, just more than 20')).toEqual({ operator: 'gt', value: 20 });
    // No grouping before it, or a unit or percentage after the number: none.
    expect(readGroupThreshold('only >=4 pls')).toBeNull();
    expect(readGroupThreshold('uploads per user, only > 40 MB')).toBeNull();
    expect(readGroupThreshold('jobs per queue, only > 40%')).toBeNull();
  });

  it('reads a threshold said of the groups by a pronoun with the comparison after the number ("3 or more", "10+")', () => {
    expect(readGroupThreshold('How many lockouts has each clerk had? Only the ones with 3 or more.')).toEqual({
      operator: 'gte',
      value: 3,
    });
    expect(readGroupThreshold('refunds per till, just those having 10+')).toEqual({ operator: 'gte', value: 10 });
    expect(readGroupThreshold('badge denials by door, the ones with 2 or fewer')).toEqual({
      operator: 'lte',
      value: 2,
    });
    // A unit or a percentage after the number is no count of the groups.
    expect(readGroupThreshold('uploads per user, only those with 40 or more MB')).toBeNull();
  });

  it('reads the count said in words ("more than five", "ten or more"), after "how many … did each …"', () => {
    expect(
      readGroupThreshold(
        'how many failed Windows logons did each user have on SRV-03 yesterday? Only show the ones with more than five.',
      ),
    ).toEqual({ operator: 'gt', value: 5 });
    expect(readGroupThreshold('denials by door, just the ones with ten or more')).toEqual({
      operator: 'gte',
      value: 10,
    });
    expect(readGroupThreshold('uploads per user, only those over five MB')).toBeNull();
  });
});
