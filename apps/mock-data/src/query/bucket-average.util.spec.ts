import { averagesRowsPerBucket, bucketsInWindow, bucketWord } from './bucket-average.util';

const avgOf = (of: string | null) => ({ kind: 'avg' as const, of, field: null, percentile: null });

describe('averagesRowsPerBucket', () => {
  it('should read an average of rows per bucket where no column holds what is averaged', () => {
    expect(averagesRowsPerBucket(avgOf('number'), 86_400, false)).toBe(true);
  });

  it('should leave an average of a column, an average without buckets and other measures alone', () => {
    expect(averagesRowsPerBucket(avgOf('duration'), 86_400, true)).toBe(false);
    expect(averagesRowsPerBucket(avgOf('number'), null, false)).toBe(false);
    expect(averagesRowsPerBucket({ ...avgOf(null), kind: 'sum' }, 86_400, false)).toBe(false);
    expect(averagesRowsPerBucket(null, 86_400, false)).toBe(false);
  });
});

describe('bucketsInWindow', () => {
  it('should count the whole buckets of a window', () => {
    expect(bucketsInWindow(14 * 86_400, 86_400)).toBe(14);
    expect(bucketsInWindow(86_400, 3_600)).toBe(24);
  });

  it('should give null for an unknown window, one shorter than a bucket, or no whole number of buckets', () => {
    expect(bucketsInWindow(null, 86_400)).toBeNull();
    expect(bucketsInWindow(3_600, 86_400)).toBeNull();
    expect(bucketsInWindow(3.5 * 86_400, 86_400)).toBeNull();
  });
});

describe('bucketWord', () => {
  it('should name the usual bucket lengths and fall back for others', () => {
    expect(bucketWord(86_400)).toBe('Day');
    expect(bucketWord(3_600)).toBe('Hour');
    expect(bucketWord(900)).toBe('Bucket');
  });
});
