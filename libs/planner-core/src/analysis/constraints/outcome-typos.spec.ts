import { fixOutcomeTypos, fixTimeWordTypos } from './outcome-typos';

describe('fixOutcomeTypos', () => {
  it('never corrects a word inside an address or a dotted name, and still corrects the words around it', () => {
    expect(fixOutcomeTypos('falied logons of m.quartey@shop.example today')).toBe(
      'failed logons of m.quartey@shop.example today',
    );
    expect(fixOutcomeTypos('lookups of quartey.branch.example and of quartey@x.example')).toBe(
      'lookups of quartey.branch.example and of quartey@x.example',
    );
    expect(fixOutcomeTypos('how many orders this quartey.')).toBe('how many orders this quarter.');
  });

  it('reads a misspelt outcome word as the word', () => {
    expect(fixOutcomeTypos('faild payments from the shop')).toBe('failed payments from the shop');
    expect(fixOutcomeTypos('falied jobs')).toBe('failed jobs');
    expect(fixOutcomeTypos('sucessful uploads')).toBe('successful uploads');
    expect(fixOutcomeTypos('requests denyed by the proxy')).toBe('requests denied by the proxy');
    expect(fixOutcomeTypos('connections blokced at the edge')).toBe('connections blocked at the edge');
  });

  it('leaves real words and spelt outcome words alone', () => {
    expect(fixOutcomeTypos('tickets filed last week')).toBe('tickets filed last week');
    expect(fixOutcomeTypos('accounts locked out')).toBe('accounts locked out');
    expect(fixOutcomeTypos('edge denies by source port')).toBe('edge denies by source port');
    expect(fixOutcomeTypos('failed logons with field values')).toBe('failed logons with field values');
    expect(fixOutcomeTypos('emails mailed to the team')).toBe('emails mailed to the team');
  });

  it('allows two edits only when both words are long: a seven-letter word two edits away is another word', () => {
    expect(fixOutcomeTypos('monthly figures for the board')).toBe('monthly figures for the board');
    expect(fixOutcomeTypos('unsucessfull logons')).toBe('unsuccessful logons');
  });

  it('should read a misspelt business word as the word, and leave its other forms and near real words alone', () => {
    expect(fixOutcomeTypos('refnds per contry in the spring')).toBe('refunds per country in the spring');
    expect(fixOutcomeTypos('top catgories by revnue')).toBe('top categories by revenue');
    expect(fixOutcomeTypos('invoiced totals per county')).toBe('invoiced totals per county');
    expect(fixOutcomeTypos('tickets currently assigned')).toBe('tickets currently assigned');
    expect(fixOutcomeTypos('fresh produce sold per segmented list')).toBe('fresh produce sold per segmented list');
  });

  it('should read a misspelt sign-in noun as the noun, and leave the near real words alone', () => {
    expect(fixOutcomeTypos('sigins from the branch office')).toBe('signins from the branch office');
    expect(fixOutcomeTypos('denied logisn on the kiosk')).toBe('denied logins on the kiosk');
    expect(fixOutcomeTypos('staff signing contracts')).toBe('staff signing contracts');
    expect(fixOutcomeTypos('routing logics of the gateway')).toBe('routing logics of the gateway');
    expect(fixOutcomeTypos('posts to /admin/login.aspx')).toBe('posts to /admin/login.aspx');
    expect(fixOutcomeTypos('Sing-ins and sing in attempts, singing aside')).toBe(
      'Sign-ins and sign in attempts, singing aside',
    );
  });
});

describe('fixOutcomeTypos, names of who a business serves', () => {
  it('leaves a trade name for customers as written, however near a business word', () => {
    expect(fixOutcomeTypos('distinct patients per clinic')).toBe('distinct patients per clinic');
    expect(fixOutcomeTypos('top donors this spring')).toBe('top donors this spring');
  });
});

describe('fixTimeWordTypos', () => {
  it('writes a misspelt day, unit or weekday as the word', () => {
    expect(fixTimeWordTypos('uploads yestreday and todya')).toBe('uploads yesterday and today');
    expect(fixTimeWordTypos('vms deallocated this mnth, and over 3 mnths')).toBe(
      'vms deallocated this month, and over 3 months',
    );
    expect(fixTimeWordTypos('host mnth-01 and mnth.example.com')).toBe('host mnth-01 and mnth.example.com');
    expect(fixTimeWordTypos('the last 9 mintues')).toBe('the last 9 minutes');
    expect(fixTimeWordTypos('renewals due in the nxt 7 days')).toBe('renewals due in the next 7 days');
    expect(fixTimeWordTypos('host nxt-01')).toBe('host nxt-01');
    expect(fixTimeWordTypos('since wednsday afternon')).toBe('since wednesday afternoon');
    expect(fixTimeWordTypos('every fortnihgt in febuary')).toBe('every fortnight in february');
  });

  it('leaves real words, time words with an ending and names with dots alone', () => {
    expect(fixTimeWordTypos('weeds by the mouth, weekdays only')).toBe('weeds by the mouth, weekdays only');
    expect(fixTimeWordTypos('hourly and fortnightly and mondays')).toBe('hourly and fortnightly and mondays');
    expect(fixTimeWordTypos('mail to yestrday@corp.example')).toBe('mail to yestrday@corp.example');
  });
});
