import { elapsedConditionClause, readElapsedCondition } from './sql-elapsed-condition.util';

describe('readElapsedCondition', () => {
  it('reads the later moment, the comparison, the duration and the earlier moment', () => {
    expect(readElapsedCondition('tickets closed more than 48 hours after they were opened')).toEqual(
      expect.objectContaining({ end: 'closed', start: 'opened', operator: '>', seconds: 48 * 3600 }),
    );
    expect(readElapsedCondition('parcels delivered within 3 days of being shipped')).toEqual(
      expect.objectContaining({ end: 'delivered', start: 'shipped', operator: '<=', seconds: 3 * 86_400 }),
    );
    expect(readElapsedCondition('claims settled 10 days or more after filing')).toEqual(
      expect.objectContaining({ end: 'settled', start: 'filing', operator: '>=' }),
    );
  });

  it('reads "took more than N <unit> to <verb>" from the row\'s own time', () => {
    expect(readElapsedCondition('how many claims took over 10 days to get approved')).toEqual(
      expect.objectContaining({ end: 'approved', start: '', operator: '>', seconds: 10 * 86_400 }),
    );
  });

  it('reads "more than N <unit> between <a> and <b>" with the first moment as the earlier one', () => {
    expect(readElapsedCondition('tickets with at least 3 days between opening and closure')).toEqual(
      expect.objectContaining({ end: 'closure', start: 'opening', operator: '>=', seconds: 3 * 86_400 }),
    );
  });

  it('reads nothing from a window or a duration with no comparison', () => {
    expect(readElapsedCondition('sign-ins in the last 30 days from Spain')).toBeNull();
    expect(readElapsedCondition('orders shipped 2 days after payment')).toBeNull();
    expect(readElapsedCondition('hosts with more than 2 days of logs')).toBeNull();
  });
});

describe('elapsedConditionClause', () => {
  const columns = ['ticket_id', 'opened_at', 'closed_at'];

  it('compares the later column with the earlier one plus the duration', () => {
    const condition = readElapsedCondition('tickets closed more than 2 days after they were opened')!;
    expect(elapsedConditionClause(condition, columns, 't')).toBe("t.closed_at > t.opened_at + INTERVAL '2 days'");
  });

  it("counts from the row's own time when no earlier moment is said", () => {
    const condition = readElapsedCondition('tickets that took more than 8 hours to be closed')!;
    expect(elapsedConditionClause(condition, columns, 't', 'opened_at')).toBe(
      "t.closed_at > t.opened_at + INTERVAL '8 hours'",
    );
  });

  it('gives nothing when the table has no column for a moment', () => {
    const condition = readElapsedCondition('tickets escalated more than 2 days after they were opened')!;
    expect(elapsedConditionClause(condition, columns, 't')).toBeNull();
  });
});
