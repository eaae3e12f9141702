import { readElapsedMeasure } from './elapsed-measure';

describe('readElapsedMeasure', () => {
  it('reads "how many days did <who> take to <verb>" as the time to that moment', () => {
    expect(readElapsedMeasure('on average, how many days did patients in each ward take to pay their bills?')).toEqual({
      kind: 'avg',
      of: 'days to pay',
    });
    expect(readElapsedMeasure('how many hours do tenants take to sign, typically')).toEqual({
      kind: 'avg',
      of: 'hours to sign',
    });
    expect(readElapsedMeasure('how many days did we take off in May')).toBeNull();
  });

  it('reads the time between two named moments, with the kind of aggregate said', () => {
    expect(readElapsedMeasure('median hours between ticket creation and first response, per queue')).toEqual({
      kind: 'median',
      of: 'hours from ticket creation to response',
    });
    expect(readElapsedMeasure('mean number of days from a claim being filed to it being settled?')).toEqual({
      kind: 'avg',
      of: 'days from claim filed to settled',
    });
  });

  it('reads "days to <verb>" as the time from the row’s own moment to that one', () => {
    expect(readElapsedMeasure('typical days to ship by warehouse')).toEqual({ kind: 'avg', of: 'days to ship' });
    // What the verb is done to, said after it, is passed over.
    expect(readElapsedMeasure('avg hours to approve expense claims per manager')).toEqual({
      kind: 'avg',
      of: 'hours to approve',
    });
    expect(readElapsedMeasure('longest time it took to approve, this quarter')).toEqual({
      kind: 'max',
      of: 'days to approve',
    });
  });

  it('reads "how many hours / how long does it take … to <verb>" as the time to that moment', () => {
    expect(
      readElapsedMeasure('On average, how many hours does it take the warehouse to ship a parcel, by carrier?'),
    ).toEqual({
      kind: 'avg',
      of: 'hours to ship',
    });
    expect(readElapsedMeasure('median: how long did it take support to resolve tickets?')).toEqual({
      kind: 'median',
      of: 'days to resolve',
    });
  });

  it('should read nothing from an average of a value or a plain window', () => {
    expect(readElapsedMeasure('average basket value per store')).toBeNull();
    expect(readElapsedMeasure('orders in the last 30 days')).toBeNull();
  });
});
