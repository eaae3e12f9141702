import { readGuestAccounts } from './guest-accounts';
import { SpanSet } from './value-hit';

const read = (text: string) => readGuestAccounts(text, new SpanSet()).map((h) => [h.kind, h.value, h.operator]);

describe('readGuestAccounts', () => {
  it("reads a tenant's guests as the #EXT# mark of their user names, once", () => {
    expect(read('Teams sign-ins by external guests this week')).toEqual([['user', '#EXT#', 'contains']]);
    expect(read('files B2B guests opened, any UPN with #EXT#')).toEqual([['user', '#EXT#', 'contains']]);
  });

  it("should leave another app's guest role alone", () => {
    expect(read('how many guest accounts does our billing app have')).toEqual([]);
    expect(read('external guests of the booking system')).toEqual([]);
  });
});
