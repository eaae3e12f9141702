import type { ConstraintFilter } from './constraints';
import { splitOutcome, wordOnCodeColumn, outcomeNamedByOperation } from './status-words.util';

const status = (values: string[]): ConstraintFilter => ({
  kind: 'status',
  operator: values.length > 1 ? 'in' : 'eq',
  values,
  field: null,
  currency: null,
  expression: values.join(' or '),
});
const isOutcome = (v: string) => ['failed', 'succeeded'].includes(v.toLowerCase());

describe('splitOutcome', () => {
  it('splits an outcome from the other statuses of one list', () => {
    expect(splitOutcome(status(['Failed', 'suspended', 'paused']), isOutcome)).toEqual([
      expect.objectContaining({ operator: 'eq', values: ['Failed'] }),
      expect.objectContaining({ operator: 'in', values: ['suspended', 'paused'] }),
    ]);
  });

  it('should leave a list of outcomes only, of other statuses only, or a negated list whole', () => {
    expect(splitOutcome(status(['failed']), isOutcome)).toHaveLength(1);
    expect(splitOutcome(status(['shipped', 'returned']), isOutcome)).toHaveLength(1);
    expect(splitOutcome({ ...status(['failed', 'paused']), operator: 'not_in' }, isOutcome)).toHaveLength(1);
  });
});

describe('wordOnCodeColumn', () => {
  it('flags a status word on a column of result codes, not a code or another column', () => {
    expect(wordOnCodeColumn(status(['locked']), 'Sub_Status')).toBe(true);
    expect(wordOnCodeColumn(status(['0xC000006D']), 'Status')).toBe(false);
    expect(wordOnCodeColumn(status(['50126']), 'ResultType')).toBe(false);
    expect(wordOnCodeColumn(status(['refunded']), 'status')).toBe(false);
    expect(wordOnCodeColumn(status(['QuotaExceeded']), 'errorCode')).toBe(false);
  });
});

describe('outcomeNamedByOperation', () => {
  const action = (values: string[]): ConstraintFilter => ({
    kind: 'action',
    operator: 'in' as const,
    values,
    field: null,
    currency: null,
    expression: values.join(' '),
  });

  it('says so when every operation named carries its outcome in its name', () => {
    expect(outcomeNamedByOperation([action(['BadgeScanFailed', 'KioskUnlockFailure'])])).toBe(true);
    expect(outcomeNamedByOperation([action(['BadgeScanFailed', 'BadgeScanned'])])).toBe(false);
    expect(outcomeNamedByOperation([{ ...action(['Failed']), kind: 'text' }])).toBe(false);
  });
});
