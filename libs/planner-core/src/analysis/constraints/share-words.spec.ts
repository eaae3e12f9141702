import { readShare } from './share-words';

describe('readShare', () => {
  it.each(['return rate by store this quarter', 'what percentage of shipments were lost', '% of tickets reopened'])(
    'reads a part of all rows: "%s"',
    (text) => {
      expect(readShare(text)).not.toBeNull();
    },
  );

  it.each(['exchange rate of EUR to USD', 'hourly rate per contractor', 'tickets reopened this week'])(
    'reads no share where a rate is a price or nothing is a part: "%s"',
    (text) => {
      expect(readShare(text)).toBeNull();
    },
  );
});
