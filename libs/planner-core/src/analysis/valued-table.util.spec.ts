import { qualifiedByValue, tableQualifiedByValue } from './valued-table.util';

describe('tableQualifiedByValue', () => {
  const tables = ['members', 'visits', 'lockers'];

  it('finds the table a snake_case value is said before, in either number', () => {
    expect(tableQualifiedByValue('how many members had card_declined visits this week', tables)).toBe('visits');
    expect(tableQualifiedByValue('list the out_of_order locker per floor', tables)).toBe('lockers');
  });

  it('finds nothing for a value before another word, a plain word, or a table name itself', () => {
    expect(tableQualifiedByValue('members with card_declined at the door', tables)).toBeNull();
    expect(tableQualifiedByValue('how many members had declined visits', tables)).toBeNull();
    expect(tableQualifiedByValue('count member_id visits', ['member_id', 'visits'])).toBeNull();
  });

  it('finds nothing with one table to choose from', () => {
    expect(tableQualifiedByValue('card_declined visits', ['visits'])).toBeNull();
  });
});

describe('qualifiedByValue', () => {
  it('finds the one table a snake_case value qualifies', () => {
    expect(qualifiedByValue('members with card_declined visits per door', ['visits'])).toBe('visits');
  });

  it('finds the table a quoted snake_case value is said before ("\'card_declined\' visits")', () => {
    expect(qualifiedByValue("distinct members w/ 'card_declined' visits today", ['visits'])).toBe('visits');
    expect(qualifiedByValue('how many "card_declined" visits', ['visits'])).toBe('visits');
    expect(qualifiedByValue('count `card_declined` visits', ['visits'])).toBe('visits');
    expect(qualifiedByValue("members with 'card_declined' at the door", ['visits'])).toBeNull();
  });

  it('finds nothing in no tables, or for a value before another word', () => {
    expect(qualifiedByValue('card_declined visits', [])).toBeNull();
    expect(qualifiedByValue('card_declined at the door', ['visits'])).toBeNull();
  });
});
