import { isRecordNoun } from './record-nouns';

describe('isRecordNoun', () => {
  it('knows nouns of records, singular and plural', () => {
    for (const noun of ['invoices', 'ticket', 'refunds', 'line items', 'Sign-ins'])
      expect(isRecordNoun(noun)).toBe(true);
  });

  it('knows no value or unit as a record', () => {
    for (const noun of ['dollars', 'units', 'days', 'amount', 'gb']) expect(isRecordNoun(noun)).toBe(false);
  });
});
