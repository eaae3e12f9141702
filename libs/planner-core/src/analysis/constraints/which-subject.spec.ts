import { readOpeningSubject, readWhichSubject } from './which-subject';

describe('readWhichSubject', () => {
  it('reads the subject before any verb in the past tense ("which tenants renewed …", "which drivers clocked …")', () => {
    expect(readWhichSubject('which tenants renewed their lease from more than 2 branches')).toEqual({
      noun: 'tenants',
      qualifier: null,
    });
    expect(readWhichSubject('which night-shift drivers clocked in twice')).toEqual({
      noun: 'drivers',
      qualifier: 'night-shift',
    });
  });

  it('reads the subject before an adverb of time and the verb ("which customers still owe …")', () => {
    expect(readWhichSubject('Which customers still owe us money on bills due before May?')).toEqual({
      noun: 'customers',
      qualifier: null,
    });
    expect(readWhichSubject('which tenants already paid this month')).toEqual({ noun: 'tenants', qualifier: null });
  });

  it('reads the noun that ends the words after "which", past qualifiers', () => {
    expect(readWhichSubject('Which Marketing team contractors had over 7 lockouts?')).toEqual({
      noun: 'contractors',
      qualifier: 'team',
    });
    expect(readWhichSubject('which store regions have made more than $9,000?')).toEqual({
      noun: 'regions',
      qualifier: 'store',
    });
    expect(readWhichSubject('what warehouses were idle')).toEqual({ noun: 'warehouses', qualifier: null });
    expect(readWhichSubject('any kiosk model that crashed twice')).toEqual({ noun: 'model', qualifier: 'kiosk' });
  });

  it('reads a plural noun before the whole it is part of ("which cost centres of the Sales division …")', () => {
    expect(readWhichSubject('which cost centres of the Sales division went over plan')).toEqual({
      noun: 'centres',
      qualifier: 'cost',
    });
    expect(readWhichSubject('which wards of our North Campus have exceeded it')?.noun).toBe('wards');
    expect(readWhichSubject('what share of the wards were full')?.noun).not.toBe('share');
  });

  it('reads a plural noun the question opens with before what each of them has', () => {
    expect(readWhichSubject('kiosks with a mean basket value of over 40')).toEqual({ noun: 'kiosks', qualifier: null });
    expect(readWhichSubject('show me the store regions whose average refund is above 9')).toEqual({
      noun: 'regions',
      qualifier: 'store',
    });
    expect(readWhichSubject('the kiosk with a mean basket value of over 40')).toBeNull();
  });

  it('should read nothing without "which" or a verb after the subject', () => {
    expect(readWhichSubject('regions that made more than $9,000')).toBeNull();
    expect(readWhichSubject('which of them')).toBeNull();
  });

  it('should read the subject before a verb of going over or past a limit', () => {
    expect(readWhichSubject('which freight lanes went past their cap in May')).toEqual({
      noun: 'lanes',
      qualifier: 'freight',
    });
    expect(readWhichSubject('what kitchen stations overspent last week')).toEqual({
      noun: 'stations',
      qualifier: 'kitchen',
    });
  });
});

describe('readOpeningSubject', () => {
  it('reads the subject after "report" or "identify", and one said to be outside a range', () => {
    expect(readOpeningSubject('report the source addresses outside 10.0.0.0/8 that failed')).toEqual({
      noun: 'addresses',
      qualifier: 'source',
    });
    expect(readOpeningSubject('identify the accounts that had lockouts')).toEqual({
      noun: 'accounts',
      qualifier: null,
    });
  });

  it('reads the plural noun a question opens with, past a source tag, a verb of showing and qualifiers', () => {
    expect(readOpeningSubject('edr - kiosks in the lobby range pinging port 7')).toEqual({
      noun: 'kiosks',
      qualifier: null,
    });
    expect(readOpeningSubject('show me the build servers that rebooted')).toEqual({
      noun: 'servers',
      qualifier: 'build',
    });
    expect(readOpeningSubject('proxy logs: client addresses fetching .iso files')).toEqual({
      noun: 'addresses',
      qualifier: 'client',
    });
  });

  it('reads the subject before a participle that picks some of them ("printers jammed …")', () => {
    expect(readOpeningSubject('ops - printers jammed since noon')).toEqual({ noun: 'printers', qualifier: null });
  });

  it('should read nothing when the opening noun is not followed by words that pick some of them', () => {
    expect(readOpeningSubject('kiosks')).toBeNull();
    expect(readOpeningSubject('how many kiosks rebooted')).toBeNull();
  });
});
