import { readLiteralValues } from './literal-values';

const valuesOf = (text: string, kind: string) =>
  readLiteralValues(text)
    .filter((hit) => hit.kind === kind)
    .map((hit) => hit.value);

describe('listContinuations (through readLiteralValues)', () => {
  it('reads every host of a list after the first, joined by commas, "or", "and" or "/"', () => {
    expect(valuesOf('reboots on server KIOSK-7 or KIOSK-9', 'host')).toEqual(['KIOSK-7', 'KIOSK-9']);
    expect(valuesOf('disk alerts on PRN01, PRN02 and PRN03 today', 'host')).toEqual(['PRN01', 'PRN02', 'PRN03']);
    expect(valuesOf('logons to host LAB12/LAB13', 'host')).toEqual(['LAB12', 'LAB13']);
  });

  it('reads every API call of a list after the first', () => {
    expect(valuesOf('who called PutBucketPolicy, DeleteBucketPolicy or PutBucketAcl', 'action')).toEqual([
      'PutBucketPolicy',
      'DeleteBucketPolicy',
      'PutBucketAcl',
    ]);
  });

  it('reads an operation named by its capitalised verb alone after an action, in a list of alternatives', () => {
    expect(valuesOf('MailItemsAccessed or Send from that address', 'action')).toEqual(['MailItemsAccessed', 'Send']);
    expect(valuesOf('FileDeleted, Move or Copy this week', 'action')).toEqual(['FileDeleted', 'Move', 'Copy']);
  });

  it('reads no operation in a lower-case verb or one joined by "and"', () => {
    expect(valuesOf('MailItemsAccessed or send them to me', 'action')).toEqual(['MailItemsAccessed']);
    expect(valuesOf('MailItemsAccessed and Send', 'action')).toEqual(['MailItemsAccessed']);
  });

  it('stops at an item of another form', () => {
    expect(valuesOf('errors on host PRN01 or yesterday', 'host')).toEqual(['PRN01']);
    expect(valuesOf('who called PutBucketPolicy and why', 'action')).toEqual(['PutBucketPolicy']);
  });
});
