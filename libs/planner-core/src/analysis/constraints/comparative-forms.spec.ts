import { fixComparatives } from './comparative-forms';

describe('fixComparatives', () => {
  it('should read "more big than" as "bigger than"', () => {
    expect(fixComparatives('weeks where the cost is more big than the plan')).toBe(
      'weeks where the cost is bigger than the plan',
    );
  });

  it('should read a doubled comparative ("more higher") as the comparative', () => {
    expect(fixComparatives('regions with sales more higher than last year')).toBe(
      'regions with sales higher than last year',
    );
  });

  it('should read "most small" as the superlative', () => {
    expect(fixComparatives('the 3 most small invoices')).toBe('the 3 smallest invoices');
  });

  it('should leave "more than" and adjectives without their own form alone', () => {
    const text = 'hosts with more than 5 events, the more expensive ones first';
    expect(fixComparatives(text)).toBe(text);
  });

  it('should keep "most"/"more" counting things before a plural noun ("the most new members")', () => {
    const text = 'which regions signed the most new members, and did any sign more late renewals than before';
    expect(fixComparatives(text)).toBe(text);
  });

  it('should still grade the adjective when a count ranks the rows ("the 4 most old tickets")', () => {
    expect(fixComparatives('the 4 most old tickets')).toBe('the 4 oldest tickets');
  });
});
