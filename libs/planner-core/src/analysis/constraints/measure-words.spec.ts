import type { TableColumns } from './column-mapper';
import { extractConstraints } from './extract-constraints';
import {
  readAbsence,
  readComparison,
  readCountBeside,
  readMeasureList,
  readPercentile,
  readRemaining,
  readShown,
  readTimeMeasures,
  readValuePair,
} from './measure-words';

const plans: TableColumns = {
  table: 'plans',
  columns: ['plan_id', 'team', 'period_month', 'amount', 'spent', 'forecast'],
};
const accounts: TableColumns = { table: 'accounts', columns: ['account_id', 'name', 'team', 'created_at'] };
const tickets: TableColumns = { table: 'tickets', columns: ['ticket_id', 'account_id', 'opened_at'] };
const requests: TableColumns = {
  table: 'AppRequests',
  columns: ['TimeGenerated', 'Url', 'DurationMs', 'ResultCode', 'ClientIP'],
};

describe('a count, then the money of the rows counted ("and for how much")', () => {
  const invoices: TableColumns = { table: 'invoices', columns: ['invoice_id', 'amount', 'issued_at'] };
  it('sums the money of the rows counted, but not beside units sold', () => {
    const c = extractConstraints({
      text: 'How many invoices did we issue each week since 1 October, and for how much in total?',
      tables: [invoices],
      now: new Date('2026-11-24T10:00:00Z'),
    });
    expect([c.measure, ...(c.extra_measures ?? [])].map((m) => m?.kind)).toEqual(
      expect.arrayContaining(['count', 'sum']),
    );
  });
});

describe('readPercentile', () => {
  it('reads a median of the value after it', () => {
    expect(readPercentile('the median ticket duration per team')).toEqual({ kind: 'median', of: 'ticket duration' });
  });

  it('reads p95 and "99th percentile of" as a percentile with its rank', () => {
    expect(readPercentile('p95 latency by endpoint')).toEqual({ kind: 'percentile', of: 'latency', percentile: 95 });
    expect(readPercentile('99th percentile of the duration')).toEqual({
      kind: 'percentile',
      of: 'duration',
      percentile: 99,
    });
  });

  it('reads the 50th percentile as a median and ignores a question without one', () => {
    expect(readPercentile('50th percentile of size')).toEqual({ kind: 'median', of: 'size' });
    expect(readPercentile('average size of uploads')).toBeNull();
  });
});

describe('readMeasureList', () => {
  it('reads aggregate words listed with slashes, commas or "and" before one value, each kind once', () => {
    expect(readMeasureList('max/mean/min ticket duration by team')).toEqual([
      { kind: 'max', of: 'ticket duration' },
      { kind: 'avg', of: 'ticket duration' },
      { kind: 'min', of: 'ticket duration' },
    ]);
    expect(readMeasureList('the lowest, highest and average of the fee per plan')).toEqual([
      { kind: 'min', of: 'fee' },
      { kind: 'max', of: 'fee' },
      { kind: 'avg', of: 'fee' },
    ]);
    expect(readMeasureList('sum & avg spend for each team')).toEqual([
      { kind: 'sum', of: 'spend' },
      { kind: 'avg', of: 'spend' },
    ]);
  });

  it('reads a median and percentiles listed with their ranks', () => {
    expect(readMeasureList('median/p90 wait time per clinic')).toEqual([
      { kind: 'median', of: 'wait time' },
      { kind: 'percentile', of: 'wait time', percentile: 90 },
    ]);
    expect(readMeasureList('p75, p99.5 and max payload size')).toEqual([
      { kind: 'percentile', of: 'payload size', percentile: 75 },
      { kind: 'percentile', of: 'payload size', percentile: 99.5 },
      { kind: 'max', of: 'payload size' },
    ]);
  });

  it('reads a count listed with the others as a count of the rows', () => {
    expect(readMeasureList('count / max / mean fee per plan')).toEqual([
      { kind: 'count', of: null },
      { kind: 'max', of: 'fee' },
      { kind: 'avg', of: 'fee' },
    ]);
    expect(readMeasureList('count and count fee')).toEqual([]);
  });

  it('reads no list from one aggregate word, a list with no value after it, or one word said twice', () => {
    expect(readMeasureList('average fee per plan')).toEqual([]);
    expect(readMeasureList('min and max per week')).toEqual([]);
    expect(readMeasureList('mean / avg fee')).toEqual([]);
  });

  it('gives the measures to the constraints, a count read first staying first', () => {
    const listed = extractConstraints({ text: 'max and min spent per team', tables: [plans] });
    expect(listed.measure).toEqual({ kind: 'max', of: 'spent', field: 'spent' });
    expect(listed.extra_measures).toEqual([{ kind: 'min', of: 'spent', field: 'spent' }]);
    const counted = extractConstraints({ text: 'number of plans and avg/max amount per team', tables: [plans] });
    expect(counted.measure?.kind).toBe('count');
    expect(counted.extra_measures?.map((m) => m.kind)).toEqual(['avg', 'max']);
  });
});

describe('readTimeMeasures', () => {
  it('reads "the first and the last time" and "earliest and the latest" with an article before the second word', () => {
    const both = [
      { kind: 'min', of: 'time' },
      { kind: 'max', of: 'time' },
    ];
    expect(readTimeMeasures('badge swipes at gate 3, by door: when was the first and the last time?')).toEqual(both);
    expect(readTimeMeasures('per printer, the earliest and the latest event')).toEqual(both);
    expect(readTimeMeasures('the first and the most recent logins for each kiosk')).toEqual(both);
  });

  it('reads a dated first or last said of a record for each of something ("latest booking date per guest")', () => {
    expect(readTimeMeasures('first rental date and last rental date for each member')).toEqual([
      { kind: 'min', of: 'time' },
      { kind: 'max', of: 'time' },
    ]);
    expect(readTimeMeasures('the most recent booking date for every guest in Oslo')).toEqual([
      { kind: 'max', of: 'time' },
    ]);
    expect(readTimeMeasures('when did each member make their first rental')).toEqual([{ kind: 'min', of: 'time' }]);
    expect(readTimeMeasures('members whose first rental was this month')).toEqual([]);
    expect(readTimeMeasures('need devicename, acct + first time seen per box')).toEqual([{ kind: 'min', of: 'time' }]);
    expect(readTimeMeasures('anydesk this month: device and last time seen per device')).toEqual([
      { kind: 'max', of: 'time' },
    ]);
  });

  it('reads the latest of an activity asked for each of something as the max of the time, not a row limit', () => {
    const last = [{ kind: 'max', of: 'time' }];
    expect(readTimeMeasures('latest access per door in building 4')).toEqual(last);
    expect(readTimeMeasures('when did every kiosk last connect to the hub')).toEqual(last);
    expect(readTimeMeasures('last 15 logons per kiosk')).toEqual([]);
  });

  it('reads "first and last seen" and "earliest and latest" as the min and max of the time', () => {
    const both = [
      { kind: 'min', of: 'time' },
      { kind: 'max', of: 'time' },
    ];
    expect(readTimeMeasures('first and last seen of host WS-9')).toEqual(both);
    expect(readTimeMeasures('earliest and latest activity for that IP')).toEqual(both);
    expect(readTimeMeasures('first and last shipment dates per warehouse')).toEqual(both);
  });

  it('reads a slash between "first" and "last" ("first/last logon", "earliest/latest") as the min and max of the time', () => {
    const both = [
      { kind: 'min', of: 'time' },
      { kind: 'max', of: 'time' },
    ];
    expect(readTimeMeasures('per badge, the first/last time it opened a door')).toEqual(both);
    expect(readTimeMeasures('vpn users with their first / last logon')).toEqual(both);
    expect(readTimeMeasures('each kiosk and its earliest/latest event')).toEqual(both);
  });

  it('reads a plus between "first" and "last" ("first + last time") as the min and max of the time', () => {
    expect(readTimeMeasures('per kiosk: first + last time')).toEqual([
      { kind: 'min', of: 'time' },
      { kind: 'max', of: 'time' },
    ]);
    expect(readTimeMeasures('first + 10 more rows')).toEqual([]);
  });

  it('reads "when was the first and the last <anything>" as the min and max of the time, whatever the rows are called', () => {
    const both = [
      { kind: 'min', of: 'time' },
      { kind: 'max', of: 'time' },
    ];
    expect(
      readTimeMeasures('which doors were propped open, and when was the first and the last alarm on each?'),
    ).toEqual(both);
    expect(readTimeMeasures('when were the earliest and latest edits per wiki page')).toEqual(both);
    expect(readTimeMeasures('list the first and last names of the members')).toEqual([]);
  });

  it('reads "the first time it was seen" and "the last time they were observed" as the min or max of the time', () => {
    expect(readTimeMeasures('the first time it was seen on each kiosk')).toEqual([{ kind: 'min', of: 'time' }]);
    expect(readTimeMeasures('the last time each badge was observed at gate 2')).toEqual([{ kind: 'max', of: 'time' }]);
    expect(readTimeMeasures('users who signed in for the first time this week')).toEqual([]);
  });

  it('reads "first seen" alone, and leaves "last seen more than 30 days ago" to the inactivity reader', () => {
    expect(readTimeMeasures('when was this hash first seen')).toEqual([{ kind: 'min', of: 'time' }]);
    expect(readTimeMeasures('devices last seen more than 30 days ago')).toEqual([]);
  });
});

describe('readComparison', () => {
  it('reads an overspend as spent greater than the budget, with both sums', () => {
    expect(readComparison('teams that went over budget', () => true)).toEqual({
      measures: [
        { kind: 'sum', of: 'budget' },
        { kind: 'sum', of: 'spent' },
      ],
      comparison: { left: 'spent', operator: 'gt', right: 'budget', expression: 'went over budget' },
    });
    expect(readComparison('teams under budget', () => true)?.comparison?.operator).toBe('lt');
  });

  it('reads spending compared with what was budgeted, either way', () => {
    expect(readComparison('units that spent more than was allocated in 2031', () => true)?.comparison).toMatchObject({
      operator: 'gt',
    });
    expect(readComparison('crews that spent less than they were budgeted', () => true)?.comparison).toMatchObject({
      operator: 'lt',
    });
  });

  it('reads spending said against an allocation or allotment as against the budget', () => {
    expect(
      readComparison('offices that spent more than their allocation in 2031', () => true)?.comparison,
    ).toMatchObject({ left: 'spent', operator: 'gt', right: 'budget' });
    expect(readComparison('crews that exceeded their allotment', () => true)?.comparison?.operator).toBe('gt');
    expect(readComparison('labs that spent less than the allowance', () => true)?.comparison?.operator).toBe('lt');
    expect(readComparison('labs that spent more than the others', () => false)).toBeNull();
  });

  it('reads "X vs Y" as two sums only when the tables hold both values', () => {
    expect(readComparison('forecast vs spent by team', (w) => w === 'forecast' || w === 'spent')?.measures).toEqual([
      { kind: 'sum', of: 'forecast' },
      { kind: 'sum', of: 'spent' },
    ]);
    expect(readComparison('sentinel vs splunk coverage', () => false)).toBeNull();
  });

  it('passes over a word that only qualifies the second value ("plan versus real outlay")', () => {
    const holds = (w: string) => w === 'plan' || w === 'outlay';
    expect(readComparison('plan versus real outlay per squad in week 3', holds)?.measures).toEqual([
      { kind: 'sum', of: 'plan' },
      { kind: 'sum', of: 'outlay' },
    ]);
  });

  it('keeps the qualifier as the value when the word after it is no value ("forecast against actual for May")', () => {
    const holds = (w: string) => w === 'forecast' || w === 'actual';
    expect(readComparison('forecast against actual for May', holds)?.measures).toEqual([
      { kind: 'sum', of: 'forecast' },
      { kind: 'sum', of: 'actual' },
    ]);
  });

  it('reads "actual" that no value is called as what was spent ("allowance vs actual by crew")', () => {
    const holds = (w: string) => w === 'allowance' || w === 'spending';
    expect(readComparison('allowance vs actual by crew', holds)?.measures).toEqual([
      { kind: 'sum', of: 'allowance' },
      { kind: 'sum', of: 'spending' },
    ]);
    expect(readComparison('allowance vs actual by crew', (w) => w === 'allowance')).toBeNull();
  });
});

describe('readAbsence', () => {
  it.each([
    ['leases without a deposit', 'lease', 'deposit'],
    ['bookings over €400 that have no payment', 'booking', 'payment'],
    ['tenants in Lyon who do not have a contract', 'tenant', 'contract'],
  ])(
    'reads "%s" as rows with no related row, past an article or a place or amount said before',
    (text, subject, of) => {
      expect(readAbsence(text, (w) => ['deposit', 'payment', 'contract'].includes(w))).toMatchObject({ subject, of });
    },
  );

  it('reads rows lacking a related row past when they came ("placed last week", "this quarter")', () => {
    const isEntity = (w: string) => w === 'receipt';
    expect(readAbsence('which bookings made last month have no receipts?', isEntity)).toMatchObject({
      subject: 'booking',
      of: 'receipt',
    });
    expect(readAbsence('rentals in the past 14 days without a receipt', isEntity)).toMatchObject({
      subject: 'rental',
      of: 'receipt',
    });
    expect(readAbsence('tickets this year that were never receipted', isEntity)).toMatchObject({
      subject: 'ticket',
      of: 'receipt',
    });
  });

  it('reads "zero" or "0" related rows as none, and sales said as a noun as the sales absent', () => {
    expect(readAbsence('vendors with zero shipments in May', (w) => w === 'shipment')).toMatchObject({
      subject: 'vendor',
      of: 'shipment',
    });
    expect(readAbsence('which gadgets had 0 purchases last spring', () => false)).toMatchObject({
      subject: 'gadget',
      of: 'sale',
    });
  });

  it('reads the noun after a verb not done ("members in Lyon who haven\'t opened a single ticket")', () => {
    expect(readAbsence("members in Lyon who haven't opened a single ticket", () => true)).toMatchObject({
      subject: 'member',
      of: 'ticket',
    });
    expect(readAbsence('tenants that did not file any claim this year', () => true)).toMatchObject({
      subject: 'tenant',
      of: 'claim',
    });
  });

  it('reads the subject before a list of places ("vendors in Peru, Chile or Brazil that never sent an invoice")', () => {
    expect(
      readAbsence('vendors in Peru, Chile or Brazil that registered in May but never sent an invoice', () => true),
    ).toMatchObject({ subject: 'vendor', of: 'invoice' });
  });

  it('reads the subject across a clause before "but never" ("vendors that joined in May but never sent an invoice")', () => {
    expect(readAbsence('vendors that joined in May but never sent an invoice', () => true)).toMatchObject({
      of: 'invoice',
      subject: 'vendor',
    });
  });

  it('reads "never <verb> a <noun>" and "with no <noun>" as rows without a related row', () => {
    expect(readAbsence('accounts that have never opened a ticket', () => true)).toMatchObject({
      of: 'ticket',
      subject: 'account',
    });
    expect(readAbsence('accounts with no tickets this year', () => true)).toMatchObject({
      of: 'ticket',
      subject: 'account',
    });
  });

  it('reads "<noun> had no <noun>" and "<noun> not <verb>ed" with no relative pronoun or auxiliary', () => {
    expect(readAbsence('which vendors had no shipments in June', () => true)).toMatchObject({
      of: 'shipment',
      subject: 'vendor',
    });
    expect(readAbsence('vendors not invoiced since June', (w) => w === 'invoice')).toMatchObject({
      of: 'invoice',
      subject: 'vendor',
    });
    expect(readAbsence('items not sold this season', () => true)).toMatchObject({ of: 'sale', subject: 'item' });
    expect(readAbsence('vendors not enabled', (w) => w === 'invoice')).toBeNull();
    expect(readAbsence('vendors not open', () => true)).toBeNull();
  });

  it('reads a passive "never been <verb>ed" as rows without the noun the verb is made from', () => {
    expect(readAbsence('Which accounts have never been ticketed?', (w) => w === 'ticket')).toMatchObject({
      of: 'ticket',
      subject: 'account',
    });
  });

  it('reads the subject across a clause before "but have no" and "but never <verb>ed"', () => {
    expect(readAbsence('members who joined this spring but have no bookings', () => true)).toMatchObject({
      of: 'booking',
      subject: 'member',
    });
    expect(readAbsence('Clients that registered in March but never ordered', (w) => w === 'order')).toMatchObject({
      of: 'order',
      subject: 'client',
    });
  });

  it('reads the subject before a place said ahead of its clause ("vendors from Peru that never did a delivery")', () => {
    expect(readAbsence('vendors from Peru that never did a delivery', () => true)).toMatchObject({
      of: 'delivery',
      subject: 'vendor',
    });
  });

  it('reads a subject after the question word with no relative pronoun ("which members have never opened a ticket")', () => {
    expect(readAbsence('which members have never opened a ticket', () => true)).toMatchObject({
      of: 'ticket',
      subject: 'member',
    });
    expect(readAbsence('what vendors have not sent an invoice this year', () => true)).toMatchObject({
      of: 'invoice',
      subject: 'vendor',
    });
    expect(readAbsence('which vendors have shipped parcels', () => true)).toBeNull();
  });

  it('reads "never <verb> anything" by its verb: sales for buying, else the noun the verb is made from', () => {
    expect(readAbsence('which clients have never purchased anything', () => true)).toMatchObject({
      of: 'sale',
      subject: 'client',
    });
    expect(readAbsence('members who have not booked anything', (w) => w === 'book')).toMatchObject({
      of: 'book',
      subject: 'member',
    });
    expect(readAbsence('members who never tried anything', (w) => w === 'booking')).toBeNull();
  });

  it('needs a related noun the tables know', () => {
    expect(readAbsence('hosts that never rebooted', () => false)).toBeNull();
  });

  it('reads "have not <verb>ed" (apostrophe or not) after a subject and its group as rows without the related rows', () => {
    expect(
      readAbsence('clinics in the Western region that havent invoiced this quarter', (w) => w === 'invoice'),
    ).toMatchObject({ of: 'invoice', subject: 'clinic' });
    expect(readAbsence("vendors who didn't ship in May", (w) => w === 'ship')).toMatchObject({
      of: 'ship',
      subject: 'vendor',
    });
  });

  it('reads a verb of selling as the absence of sales, whatever the tables call them', () => {
    expect(readAbsence('which garden tools have not sold at all this spring?', () => false)).toMatchObject({
      of: 'sale',
      subject: 'tool',
    });
  });

  it('reads no absence from "not <verb>" when the verb names nothing the tables know', () => {
    expect(readAbsence('hosts that did not reboot after patching', () => false)).toBeNull();
  });
});

describe('readShown', () => {
  it('reads a list closed by "of each" or by a question mark ("…, wich apps + error desc?")', () => {
    const isColumn = (kind: string) => ['file', 'url', 'site', 'error description', 'app', 'host'].includes(kind);
    expect(
      readShown('sharing invitations this month, including the file name and the site URL of each.', isColumn),
    ).toEqual(['file', 'url']);
    expect(readShown('failed signins for bob since yday, wich apps + error desc?', isColumn)).toContain(
      'error description',
    );
    expect(readShown('failed signins for bob since yday, any idea why?', isColumn)).toEqual([]);
  });

  it('reads the moment of a deed said as a clause in a list ("the date they were created") as that deed\'s date', () => {
    const isColumn = (kind: string) => ['name', 'email', 'created date', 'paid time', 'amount'].includes(kind);
    expect(
      readShown(
        'customers created this month, showing their name, email address and the date they were created?',
        isColumn,
      ),
    ).toEqual(['name', 'email', 'created date']);
    expect(readShown('paid invoices, showing the amount and the time when it was paid', isColumn)).toEqual([
      'amount',
      'paid time',
    ]);
  });

  it('reads "who" in a list of what to see as the one who acted, else the account of the row', () => {
    const withActor = (kind: string) => ['host', 'file', 'actor', 'user'].includes(kind);
    const withUser = (kind: string) => ['host', 'file', 'user'].includes(kind);
    expect(readShown('which pcs ran anything off the E: drive since friday? pc name, file and who', withActor)).toEqual(
      ['host', 'file', 'actor'],
    );
    expect(readShown('which pcs ran anything off the E: drive since friday? pc name, file and who', withUser)).toEqual([
      'host',
      'file',
      'user',
    ]);
  });

  it('reads a list closed by an order said after a comma ("…, oldest due date first", "…, sorted by amount")', () => {
    const isColumn = (kind: string) => ['name', 'email', 'amount', 'due date', 'phone'].includes(kind);
    expect(
      readShown('unpaid invoices with the name, email, amount and due date, oldest due date first?', isColumn),
    ).toEqual(['name', 'email', 'amount', 'due date']);
    expect(readShown('late invoices - name, phone and amount, sorted by amount', isColumn)).toEqual([
      'name',
      'phone',
      'amount',
    ]);
  });

  it('reads an item said of each row ("showing each user\'s email", "every tutor\'s phone")', () => {
    const isColumn = (kind: string) => ['email', 'phone', 'user email'].includes(kind);
    expect(readShown("count the events per user, showing each user's email.", isColumn)).toEqual(['user email']);
    expect(readShown("lessons per tutor, with every tutor's phone", isColumn)).toEqual(['phone']);
  });

  it('reads a list closed by a courtesy ("? name, email, please"), even once the courtesy is blanked', () => {
    const isColumn = (kind: string) => ['name', 'email', 'phone'].includes(kind);
    expect(readShown('Which tutors left in June? Name, phone and email, please.', isColumn)).toEqual([
      'name',
      'phone',
      'email',
    ]);
    expect(readShown('tutors gone since june? name + phone pls', isColumn)).toEqual(['name', 'phone']);
    expect(readShown('Which tutors left in June? Name, phone and email,       .', isColumn)).toHaveLength(3);
  });

  it('reads "error desc", "failure reason" and a bare "reason" as what went wrong, where the rows keep it', () => {
    const isColumn = (kind: string) => ['time', 'ip', 'app', 'error description'].includes(kind);
    expect(
      readShown("failed sign-ins today. I'd like the time, the IP address and the reason for each one.", isColumn),
    ).toEqual(['time', 'ip', 'error description']);
    expect(readShown('failed sign-ins for bob today, show app, ip and failure reason', isColumn)).toEqual([
      'app',
      'ip',
      'error description',
    ]);
    // A table that keeps a reason of its own shows that column.
    const ownReason = (kind: string) => ['customer', 'amount', 'reason'].includes(kind);
    expect(readShown('refunds this month - customer, amount and reason', ownReason)).toEqual([
      'customer',
      'amount',
      'reason',
    ]);
  });

  it('reads "which program made them" as the process, where no column is called a program', () => {
    const isColumn = (kind: string) => ['host', 'process'].includes(kind);
    const question = 'which hosts looked up zerotier.com today, and which program made the lookups?';
    expect(readShown(question, isColumn)).toContain('process');
    expect(readShown(question, (kind) => kind === 'program')).toEqual(['program']);
  });

  it('reads the items of a list asked "of each connection" without the rows they are asked of', () => {
    const isColumn = (kind: string) => ['source host', 'destination port'].includes(kind);
    expect(
      readShown(
        'traffic to 91.92.240.18 this week, list the source host and destination port of each connection',
        isColumn,
      ),
    ).toEqual(['source host', 'destination port']);
  });

  it('reads a list after "listing" or "stating", closed by "for each"', () => {
    const isColumn = (kind: string) => ['ip', 'user', 'file'].includes(kind);
    expect(
      readShown('rdp logons to LIMS01 since Friday, listing the source ip and the user for each.', isColumn),
    ).toEqual(['ip', 'user']);
    expect(readShown('anonymous links created since 1 November, stating the user and the file', isColumn)).toEqual([
      'user',
      'file',
    ]);
  });

  it('reads a list after a question mark that ends with "with a count"', () => {
    const isColumn = (word: string) => ['host', 'port'].includes(word);
    expect(readShown('any printers talking on 9100 today? host + port with a count', isColumn)).toEqual([
      'host',
      'port',
    ]);
  });

  it('reads a list whose last item closes on a clause about it, or that goes on to the records it is asked of', () => {
    const isColumn = (word: string) => ['host', 'user', 'process', 'dest_ip'].includes(word);
    expect(readShown('which laptops reached 6667 this week? need the host and the user who did it', isColumn)).toEqual([
      'host',
      'user',
    ]);
    expect(readShown('show host, user and process for sessions to 6667 yesterday', isColumn)).toEqual([
      'host',
      'user',
      'process',
    ]);
  });

  it('reads a "which" item of two words by the column the pair names', () => {
    const isColumn = (word: string) => ['url', 'host'].includes(word);
    expect(readShown('busiest hosts by sessions, and which remote urls', isColumn)).toEqual(['url']);
  });

  it('reads an entity named as a whole ("src ip", "source address") as its kind, not a same-named column', () => {
    const isColumn = (word: string) => ['ip', 'user', 'src ip', 'source address', 'dest_ip'].includes(word);
    expect(readShown('denied vpn logons this week - show user, src ip', isColumn)).toEqual(['user', 'ip']);
    expect(readShown('badge errors today, showing the source address and dest ip', isColumn)).toEqual([
      'ip',
      'dest_ip',
    ]);
    // A verb of showing inside a longer list opens the items after it.
    expect(readShown('door logs: denied swipes today, show src ip, user', isColumn)).toEqual(['ip', 'user']);
  });

  it('reads "command" or "full command" listed among what to see as the command line', () => {
    const isColumn = (k: string) => ['host', 'user', 'command_line'].includes(k);
    expect(readShown('certreq runs since tuesday: host, user and the full command', isColumn)).toEqual([
      'host',
      'user',
      'command_line',
    ]);
    expect(readShown('edits below the Lsa key: machine, key path, value data', (k) => k === 'key')).toEqual(['key']);
  });

  it('reads the value written or set by a registry change as its value data', () => {
    const isColumn = (k: string) => ['host', 'key', 'value data'].includes(k);
    expect(readShown('Winlogon edits on kiosk boxes this month, with the host and the value set', isColumn)).toEqual([
      'host',
      'value data',
    ]);
    expect(readShown('IFEO key writes since friday - host, key path and data written', isColumn)).toEqual([
      'host',
      'key',
      'value data',
    ]);
    expect(readShown('Shell folder tweaks today, show the values stored', isColumn)).toEqual(['value data']);
    // Only where the source has a column of value data.
    expect(readShown('price edits today, with the value set', (k) => k === 'host')).toEqual([]);
  });

  it('reads a column in brackets after "who" or "which <noun>"', () => {
    const isColumn = (k: string) => ['email', 'name', 'ip'].includes(k);
    expect(readShown('invoice_voided entries this fortnight: who (mail address) did it', isColumn)).toEqual([]);
    expect(readShown('invoice_voided entries this fortnight: who (email) did it', isColumn)).toEqual(['email']);
    expect(readShown('refunds since sunday and which clerk (name)', isColumn)).toEqual(['name']);
  });

  it('reads "email address" as the email, and a list whose last item an "of" phrase closes', () => {
    const isColumn = (k: string) => ['email', 'team', 'phone'].includes(k);
    expect(
      readShown(
        'dormant staff in Logistics, along with their e-mail address, team and the day of their last visit',
        isColumn,
      ),
    ).toEqual(['email', 'team']);
    expect(readShown('contractors on the night shift - email address and phone', isColumn)).toEqual(['email', 'phone']);
  });

  it('reads a bare word of a list that names a column as it stands, even one no entity is ("name")', () => {
    const isColumn = (k: string) => ['name', 'email', 'phone'].includes(k);
    expect(readShown('vendors that shipped nothing this quarter - name and phone', isColumn)).toEqual([
      'name',
      'phone',
    ]);
  });

  it('reads a pair after the last comma that closes the question ("…, user + host")', () => {
    const isColumn = (k: string) => ['host', 'user', 'command_line'].includes(k);
    expect(readShown('certutil.exe runs over the past fortnight, user + host', isColumn)).toEqual(['user', 'host']);
    expect(readShown('new scheduled tasks since friday, user and host.', isColumn)).toEqual(['user', 'host']);
    expect(readShown('logons to the jump box, user & host', isColumn)).toEqual(['user', 'host']);
    expect(readShown('vpn logons since tuesday, mostly at night', isColumn)).toEqual([]);
  });

  it('reads a list of two or more in brackets, plurals and all, and no bracketed values', () => {
    const isColumn = (k: string) => ['event type', 'ip', 'host', 'remote port', 'time'].includes(k);
    expect(readShown('what did tomas.r@plant.example touch in the orders db (event types, ips)', isColumn)).toEqual([
      'event type',
      'ip',
    ]);
    expect(readShown('outbound smb since friday (host / remote port)', isColumn)).toEqual(['host', 'remote port']);
    expect(readShown('any of (quillsync, zapfetch) run on kiosks lately', isColumn)).toEqual([]);
    expect(readShown('dns lookups by the lab boxes (last 3 days)', isColumn)).toEqual([]);
  });

  it('reads a longer list after the last comma, its items joined by "+", "&", commas or "and"', () => {
    const isColumn = (k: string) => ['host', 'user', 'command_line', 'parent image', 'port'].includes(k);
    expect(readShown('regsvr32 spawns on the sensors since monday, port + host + cmdline', isColumn)).toEqual([
      'command_line',
      'port',
      'host',
    ]);
    expect(readShown('odd rundll32 children within 6 hrs, user & host & parent image', isColumn)).toEqual([
      'user',
      'host',
      'parent image',
    ]);
    expect(readShown('wmic launches in the lab past fortnight, host, user and command line', isColumn)).toEqual([
      'command_line',
      'host',
      'user',
    ]);
    expect(readShown('bitsadmin pulls last 2 days, mostly at night, user + host', isColumn)).toEqual(['user', 'host']);
  });

  it('reads a list of what to see opening a clause after a semicolon, its items joined by "&"', () => {
    const isColumn = (k: string) => ['host', 'user', 'port'].includes(k);
    expect(readShown('outbound smb from the kiosks this week; host & user & port', isColumn)).toEqual([
      'host',
      'user',
      'port',
    ]);
  });

  it('reads a list of what to see after "w/" and "incl.", and items joined by "+"', () => {
    const isColumn = (k: string) => ['error_code', 'host', 'user', 'initiating process'].includes(k);
    expect(readShown('pull the blocked logons for that vpn user w/ the error codes?', isColumn)).toEqual([
      'error_code',
    ]);
    expect(readShown('lockouts since monday incl. the host and the user', isColumn)).toEqual(['host', 'user']);
    expect(readShown('which boxes talked to it? host + initiating process', isColumn)).toEqual([
      'host',
      'initiating process',
    ]);
  });

  it('reads a list of what to see that ends before a bracketed aside', () => {
    const isColumn = (k: string) => ['camera', 'badge holder name'].includes(k);
    expect(readShown('door alarms since noon, i need the camera and the badge holder name (zone B)', isColumn)).toEqual(
      ['camera', 'badge holder name'],
    );
  });

  it('reads a bare "name" in the list as the name column where the tables have one', () => {
    const isColumn = (k: string) => ['name', 'email'].includes(k);
    expect(readShown('suppliers we have not paid this year - name and email', isColumn)).toEqual(['name', 'email']);
    expect(readShown('suppliers we have not paid this year - name and email', (k) => k === 'email')).toEqual(['email']);
  });

  it('reads a list of columns that closes the question as a sentence of its own', () => {
    const isColumn = (k: string) => ['host', 'user', 'process'].includes(k);
    expect(readShown('logons to the jump box since friday. host, user and process', isColumn)).toEqual([
      'host',
      'user',
      'process',
    ]);
  });

  it('reads a list of columns opening a clause after a semicolon', () => {
    const isColumn = (k: string) => ['host', 'user', 'process'].includes(k);
    expect(readShown('logons to the jump box since friday; host, user and process', isColumn)).toEqual([
      'host',
      'user',
      'process',
    ]);
  });

  it('should read no list from a sentence that goes on after the nouns', () => {
    const isColumn = (k: string) => ['host', 'user'].includes(k);
    expect(readShown('logons since friday. host and user counts rose sharply after the patch', isColumn)).toEqual([]);
  });

  it('reads "the result" / "the outcome" as the status column, else the result code', () => {
    expect(
      readShown('list the logons, showing the account and the result', (k) => k === 'user' || k === 'error_code'),
    ).toEqual(['user', 'error_code']);
    expect(readShown('show the job id and the outcome', (k) => k === 'status')).toEqual(['status']);
  });

  it('reads the values a list asks to see', () => {
    expect(readShown('show the command lines of certutil.exe')).toEqual(['command_line']);
    expect(readShown('failed sign-ins today')).toEqual([]);
  });

  it('reads a list of what to see after a verb of showing, keeping the nouns that name a column', () => {
    const columns = new Set(['host', 'user', 'badge reader']);
    const isColumn = (kind: string) => columns.has(kind);
    expect(readShown('door openings at night, show badge readers, user and host', isColumn)).toEqual([
      'badge reader',
      'user',
      'host',
    ]);
    expect(readShown('kiosk crashes; display the host/user, past week', isColumn)).toEqual(['host', 'user']);
    expect(readShown('show failed door openings and lockouts', isColumn)).toEqual([]);
    expect(readShown('kiosk reboots today - list host and user', isColumn)).toEqual(['host', 'user']);
    expect(readShown('any kiosk reboots since noon? host, user', isColumn)).toEqual(['host', 'user']);
    expect(readShown('any kiosk reboots since noon? host', isColumn)).toEqual([]);
  });
});

describe('extractConstraints with the measure words', () => {
  it('maps a percentile to its column', () => {
    expect(extractConstraints({ text: 'p90 DurationMs by Url today', tables: [requests] }).measure).toEqual({
      kind: 'percentile',
      of: 'durationms',
      field: 'DurationMs',
      percentile: 90,
    });
  });

  it('maps an overspend to the amount and spent columns and groups by the entity asked about', () => {
    const c = extractConstraints({ text: 'which teams overspent in 2026', tables: [plans] });
    expect(c.measure).toMatchObject({ kind: 'sum', field: 'amount' });
    expect(c.extra_measures).toEqual([{ kind: 'sum', of: 'spent', field: 'spent' }]);
    expect(c.comparison).toMatchObject({ left_field: 'spent', right_field: 'amount', operator: 'gt' });
    expect(c.group_by).toEqual([{ kind: 'team', field: 'team' }]);
  });

  it('reads an absence and leaves the optional parts out when the question has none', () => {
    expect(
      extractConstraints({ text: 'accounts that have never opened a ticket', tables: [accounts, tickets] }).absence,
    ).toMatchObject({ of: 'ticket', subject: 'account' });
    const plain = extractConstraints({ text: 'tickets opened today', tables: [tickets] });
    expect(Object.keys(plain)).not.toEqual(expect.arrayContaining(['extra_measures']));
    expect(plain).not.toHaveProperty('absence');
  });

  it('reads "never <status>" as a negated status and a name before a column as no measure word', () => {
    const invoices: TableColumns = { table: 'invoices', columns: ['invoice_id', 'status', 'amount', 'team'] };
    expect(extractConstraints({ text: 'invoices that were never paid', tables: [invoices] }).filters).toMatchObject([
      { kind: 'status', operator: 'neq', values: ['paid'] },
    ]);
    expect(extractConstraints({ text: 'invoices of the Sales team', tables: [invoices] }).measure).toBeNull();
  });

  it('reads a capitalised name before a column as that column’s value', () => {
    expect(extractConstraints({ text: 'accounts in the Platform team', tables: [accounts] }).filters).toEqual([
      {
        kind: 'text',
        operator: 'eq',
        values: ['Platform'],
        field: 'team',
        currency: null,
        expression: 'Platform team',
      },
    ]);
  });
});

describe('extractConstraints: list orders and misspelt measure words', () => {
  const invoices: TableColumns = { table: 'invoices', columns: ['invoice_id', 'status', 'amount', 'due_date'] };

  it('reads "biggest amount first" as a list ordered by that column, not a maximum', () => {
    const c = extractConstraints({ text: 'open invoices, biggest amount first', tables: [invoices] });
    expect(c.measure).toBeNull();
    expect(c.order).toEqual({ by: 'amount', direction: 'desc' });
    expect(extractConstraints({ text: 'invoices, smallest amount first', tables: [invoices] }).order).toEqual({
      by: 'amount',
      direction: 'asc',
    });
  });

  it('reads "biggest first", "smallest ones first" with no column word as a list ordered by the amount', () => {
    expect(extractConstraints({ text: 'disputed invoices, largest first', tables: [invoices] }).order).toEqual({
      by: 'amount',
      direction: 'desc',
    });
    expect(extractConstraints({ text: 'invoices from May, smallest ones first', tables: [invoices] }).order).toEqual({
      by: 'amount',
      direction: 'asc',
    });
  });

  it('reads "largest at the top" as the list ordered by the amount, and a deal size as the amount', () => {
    expect(extractConstraints({ text: 'refunded invoices, largest at the top', tables: [invoices] }).order).toEqual({
      by: 'amount',
      direction: 'desc',
    });
    expect(extractConstraints({ text: 'mean deal size per week', tables: [invoices] }).measure).toMatchObject({
      kind: 'avg',
      field: 'amount',
    });
  });

  it('reads "price per unit" or "cost per item" as the unit price, not a grouping by unit', () => {
    const items: TableColumns = { table: 'basket_lines', columns: ['line_id', 'sku', 'qty', 'unit_price', 'aisle'] };
    for (const text of ['mean selling price per unit by aisle', 'average cost per item by aisle']) {
      const read = extractConstraints({ text, tables: [items] });
      expect(read.measure).toMatchObject({ kind: 'avg', field: 'unit_price' });
      expect(read.group_by.map((g) => g.field)).toEqual(['aisle']);
    }
  });

  it('reads "biggest at the top" as a list ordered by the amount, largest first', () => {
    expect(
      extractConstraints({ text: 'unpaid invoices in June, biggest at the top', tables: [invoices] }).order,
    ).toEqual({
      by: 'amount',
      direction: 'desc',
    });
  });

  it('reads a misspelt total or average as the measure', () => {
    expect(extractConstraints({ text: 'totl invoice amount this year', tables: [invoices] }).measure).toMatchObject({
      kind: 'sum',
      field: 'amount',
    });
    expect(extractConstraints({ text: 'averge invoice amount', tables: [invoices] }).measure).toMatchObject({
      kind: 'avg',
    });
  });

  it('reads a misspelt value word as the value column of the average', () => {
    expect(extractConstraints({ text: 'mean invoice vlaue per month', tables: [invoices] }).measure).toMatchObject({
      kind: 'avg',
      field: 'amount',
    });
  });

  it('reads a misspelt "order" as the word', () => {
    expect(extractConstraints({ text: 'mean ordr vlaue per month', tables: [invoices] }).measure).toMatchObject({
      kind: 'avg',
      of: 'order value',
    });
  });
});

describe('readCountBeside', () => {
  it('reads "number" after a noun as that record\'s identifier, not a count beside its money', () => {
    expect(readCountBeside('overdue bills: bill number, amount and due date')).toBeNull();
    expect(readCountBeside('list the lease number and value')).toBeNull();
    expect(readCountBeside('bills per month, the number and amount')).toEqual({ kind: 'sum', of: 'amount' });
    expect(readCountBeside('bills per month: bill count, bill amount')).toEqual({ kind: 'sum', of: 'amount' });
  });

  it('reads "what were they worth" asked after a count as the sum of their money', () => {
    expect(readCountBeside('how many rentals per depot last week, and what were they worth?')).toEqual({
      kind: 'sum',
      of: 'amount',
    });
    expect(readCountBeside('how many rentals per depot, and were they worth it?')).toBeNull();
  });

  it('reads "how many … was that" asked after the money as the count beside its sum', () => {
    expect(readCountBeside('How much did we take in CHF orders last month, and how many orders was that?')).toEqual({
      kind: 'sum',
      of: 'amount',
    });
    expect(readCountBeside('what did refunds cost us this week and how many were there?')).toEqual({
      kind: 'sum',
      of: 'amount',
    });
    expect(readCountBeside('how much revenue did we make yesterday, and how many customers churned?')).toBeNull();
  });

  it("reads a count said as a noun, then a word of money after the records' noun, as the sum of that money", () => {
    expect(readCountBeside('booking count and booking value per region')).toEqual({ kind: 'sum', of: 'value' });
    expect(readCountBeside('the number and the amount of refunds by store')).toEqual({ kind: 'sum', of: 'amount' });
    expect(readCountBeside('booking count and value over 500 per region')).toBeNull();
  });

  it('reads the average order value asked beside a count, "#" and "&" too', () => {
    expect(readCountBeside('# of sales & AOV for each store, 2031')).toEqual({ kind: 'avg', of: 'order value' });
    expect(readCountBeside('count of purchases and the average order size per city')).toEqual({
      kind: 'avg',
      of: 'order value',
    });
    expect(readCountBeside('AOV per city in 2031')).toBeNull();
  });

  it('reads the sum or average asked beside a count, in either order', () => {
    expect(readCountBeside('number of refunds and their combined amount by month')).toEqual({
      kind: 'sum',
      of: 'amount',
    });
    expect(readCountBeside('how many returns per store plus the mean price')).toEqual({ kind: 'avg', of: 'price' });
    expect(readCountBeside('the total spend, number of invoices per vendor')).toEqual({ kind: 'sum', of: 'spend' });
  });

  it('reads "how many and the total …" with nothing between the count and the sum', () => {
    expect(readCountBeside('refunds issued in May: how many and the combined value, per region')).toEqual({
      kind: 'sum',
      of: 'value',
    });
  });

  it('reads the money asked after a longer count clause, and asked as what the rows were worth', () => {
    expect(readCountBeside('how many tickets were sold each week this season, and the total revenue in CHF')).toEqual({
      kind: 'sum',
      of: 'revenue',
    });
    expect(readCountBeside('how many rentals per branch and how much they were worth')).toEqual({
      kind: 'sum',
      of: 'amount',
    });
    expect(readCountBeside('how many chargebacks per week and what was the disputed amount')).toEqual({
      kind: 'sum',
      of: 'amount',
    });
  });

  it('should read no count beside a sum that stands alone', () => {
    expect(readCountBeside('total spend per vendor this year')).toBeNull();
    expect(readCountBeside('number of invoices per vendor')).toBeNull();
    expect(readCountBeside('total number of invoices and number of vendors')).toBeNull();
  });

  it('makes the count the measure and keeps the sum beside it', () => {
    const refunds: TableColumns = { table: 'refunds', columns: ['refund_id', 'amount', 'created_at'] };
    const c = extractConstraints({ text: 'monthly number of refunds and their combined amount', tables: [refunds] });
    expect(c.measure).toEqual({ kind: 'count', of: null, field: null });
    expect(c.extra_measures).toEqual([{ kind: 'sum', of: 'amount', field: 'amount' }]);
  });

  it('reads a count said as a noun with the sum or average after it, the amount when no value is named', () => {
    expect(readCountBeside('vendors by region: refund count and total')).toEqual({ kind: 'sum', of: 'amount' });
    expect(readCountBeside('the count, and the avg price per store')).toEqual({ kind: 'avg', of: 'price' });
    expect(readCountBeside('ticket count plus mean per queue')).toEqual({ kind: 'avg', of: 'amount' });
  });

  it('reads records counted per period or per key with money beside, a few words of when between', () => {
    expect(readCountBeside('bookings per week this quarter, plus revenue per week')).toEqual({
      kind: 'sum',
      of: 'revenue',
    });
    expect(readCountBeside('hourly purchases since noon and the total value')).toEqual({ kind: 'sum', of: 'value' });
    expect(readCountBeside('refunds by region and their amount')).toEqual({ kind: 'sum', of: 'amount' });
    expect(readCountBeside('refunds for the spring sale and their amount')).toBeNull();
  });

  it('keeps a count held to a threshold as the measure, the sum said beside it added', () => {
    const refunds: TableColumns = {
      table: 'refunds',
      columns: ['refund_id', 'store_id', 'amount', 'created_at'],
    };
    const c = extractConstraints({
      text: 'stores with over 12 refunds in May - store, refund count and total',
      tables: [refunds],
    });
    expect(c.measure?.kind).toBe('count');
    expect(c.having).toEqual({ operator: 'gt', value: 12 });
    expect(c.extra_measures).toEqual([{ kind: 'sum', of: 'amount', field: 'amount' }]);
  });
});

describe('readRemaining', () => {
  it('reads what is left of an allotment in its several wordings', () => {
    expect(readRemaining('unspent funds by team this quarter')).toMatchObject({ left: 'budget', right: 'spent' });
    expect(readRemaining('how much of the budget do we have left in Q3')).toMatchObject({ left: 'budget' });
    expect(readRemaining('per project, what allowance is still remaining')).toMatchObject({ right: 'spent' });
  });

  it('reads "how much is left" asked after the allotment was named', () => {
    expect(
      readRemaining('How much of the Science department budget has been spent so far, and how much is left?'),
    ).toMatchObject({ left: 'budget', right: 'spent' });
    expect(readRemaining('how much is left, and what was the budget?')).toBeNull();
    expect(readRemaining('how much stock is left per warehouse')).toBeNull();
  });

  it('reads a variance or a difference asked beside the budget and what was spent', () => {
    expect(readRemaining('per unit: the funds, the sum spent and the gap, year 2031')).toMatchObject({
      left: 'budget',
    });
    expect(readRemaining('difference between allowance and actual spend, by office')).toMatchObject({ right: 'spent' });
    expect(readRemaining('budget and spend by office, with the variance')).toMatchObject({ right: 'spent' });
  });

  it('reads the allotment less what was spent, said as a subtraction', () => {
    expect(readRemaining('per site: funds minus spending, 2030')).toMatchObject({ left: 'budget', right: 'spent' });
    expect(readRemaining('allowance less the amount used by crew')).toMatchObject({ right: 'spent' });
  });

  it('should read nothing left from a budget that is only listed or compared', () => {
    expect(readRemaining('budget per team for 2027')).toBeNull();
    expect(readRemaining('teams that went over budget')).toBeNull();
  });

  it('sums the allotment and the spending and names their difference, with the columns that hold them', () => {
    const c = extractConstraints({ text: 'remaining budget per team for this year', tables: [plans] });
    expect(c.measure).toEqual({ kind: 'sum', of: 'budget', field: 'amount' });
    expect(c.extra_measures).toEqual([{ kind: 'sum', of: 'spent', field: 'spent' }]);
    expect(c.difference).toMatchObject({ left_field: 'amount', right_field: 'spent' });
    expect(c.group_by).toEqual([{ kind: 'team', field: 'team' }]);
  });

  it('reads a list after a dash and leaves out the measure listed with it', () => {
    const isColumn = (kind: string) => ['city', 'phone'].includes(kind);
    expect(
      readShown('suppliers with over three late shipments this year - city, phone and number of shipments', isColumn),
    ).toEqual(['city', 'phone']);
    expect(readShown('suppliers with late shipments \u2014 city and total value', isColumn)).toEqual(['city']);
  });
});

describe('readShown (a "which …" asked of each row)', () => {
  it('should show what a "for which …" or "on which …" asks about each row', () => {
    const columns = new Set(['host', 'file', 'target']);
    const isColumn = (kind: string) => columns.has(kind);
    expect(readShown('mailbox rules changed yesterday, and on which hosts?', isColumn)).toEqual(['host']);
    expect(readShown('who removed the labels last week - for which files', isColumn)).toEqual(['file']);
  });

  it("should fall back to the record's target for a thing acted on that no column names", () => {
    const isColumn = (kind: string) => kind === 'target';
    expect(readShown('role assignments added today, to which groups?', isColumn)).toEqual(['target']);
    expect(readShown('password resets today, for which tenants?', isColumn)).toEqual([]);
  });
});

describe('readShown (who acted)', () => {
  it('should show who acted when a list asks "who <did> it"', () => {
    const isColumn = (kind: string) => kind === 'actor' || kind === 'host';
    expect(readShown('mailbox forwarding rules set this week: who added them?', isColumn)).toEqual(['actor']);
    expect(readShown('who ran the purge job yesterday', isColumn)).toEqual(['actor']);
    expect(readShown('scheduled tasks registered since monday, with who registered them', isColumn)).toEqual(['actor']);
  });

  it('should leave "by who …" (a grouping) and a "who" that acted on no row', () => {
    const isColumn = (kind: string) => kind === 'actor';
    expect(readShown('groups deleted this month by who deleted them', isColumn)).toEqual([]);
    expect(readShown('users who never signed in', isColumn)).toEqual([]);
  });
});

describe('readShown (a list after a dash)', () => {
  it('should read a list of columns opening a clause after a dash', () => {
    const isColumn = (kind: string) => ['host', 'user', 'file'].includes(kind);
    expect(readShown('usb mounts since 2026-03-01 - host, user and file', isColumn)).toEqual(['host', 'user', 'file']);
    expect(readShown('usb mounts since 2026-03-01', isColumn)).toEqual([]);
  });
});

describe('readShown (parent command lines, codes and statuses by their short names)', () => {
  const isColumn = (k: string) =>
    ['parent command line', 'command_line', 'error_code', 'conditional access status', 'host', 'process'].includes(k);

  it("reads the parent's command line beside the command line", () => {
    expect(readShown('show host, the command line and the parent command line', isColumn)).toEqual([
      'parent command line',
      'command_line',
      'host',
    ]);
  });

  it('reads "error code" and "CA status" items, a list that opens with "with", and an item after "+"', () => {
    expect(readShown('Logons for that kiosk account today. with result code and CA status', isColumn)).toEqual([
      'error_code',
      'conditional access status',
    ]);
    expect(readShown('connections to that range, which hosts + what process', isColumn)).toEqual(['host', 'process']);
  });
});

describe('readValuePair', () => {
  const fieldOf = (word: string) =>
    ({ amount: 'amount', spent: 'spent', spending: 'spent', forecast: 'forecast' })[word] ?? null;

  it('reads two values named before a grouping as two measures, summed or averaged as said', () => {
    expect(readValuePair('please give the planned amount and real spending by team', fieldOf)).toEqual([
      { kind: 'sum', of: 'amount' },
      { kind: 'sum', of: 'spending' },
    ]);
    expect(readValuePair('mean spent amount, forecast value for each team', fieldOf)).toEqual([
      { kind: 'avg', of: 'spent' },
      { kind: 'avg', of: 'forecast' },
    ]);
  });

  it('reads two values each said with its aggregate as two measures, with no grouping after', () => {
    expect(readValuePair('the total amount and total spending for fiscal year 2024', fieldOf)).toEqual([
      { kind: 'sum', of: 'amount' },
      { kind: 'sum', of: 'spending' },
    ]);
    expect(readValuePair('total amount and spending for fiscal year 2024', fieldOf)).toBeNull();
  });

  it('reads no pair of one column, of words no column holds, or with no grouping after', () => {
    expect(readValuePair('amount and total amount per team', fieldOf)).toBeNull();
    expect(readValuePair('name and email per team', fieldOf)).toBeNull();
    expect(readValuePair('amount and spending this month', fieldOf)).toBeNull();
  });

  it('makes both values measures of the grouped rows', () => {
    const c = extractConstraints({ text: 'allotted amount and actual spending per team in march', tables: [plans] });
    expect(c.measure).toEqual({ kind: 'sum', of: 'amount', field: 'amount' });
    expect(c.extra_measures).toEqual([{ kind: 'sum', of: 'spending', field: 'spent' }]);
  });
});

describe('readShown, columns said with their owner in the possessive', () => {
  it('reads "the tenant\'s name" as the owner\'s name, as "tenant name" is read', () => {
    const isColumn = (word: string) => ['tenant name', 'phone'].includes(word);
    expect(readShown("late rents this quarter with the tenant's name and phone", isColumn)).toEqual([
      'tenant name',
      'phone',
    ]);
  });
});

describe('readAbsence, an amount said between the subject and what it lacks', () => {
  const isEntity = (word: string) => ['order', 'invoice', 'customer'].includes(word);

  it('reads "orders above 500 EUR without an invoice" and "with no invoice" as orders lacking invoices', () => {
    for (const text of ['orders above 500 EUR without an invoice', 'orders over 500 with no invoice']) {
      expect(readAbsence(text, isEntity)).toMatchObject({ of: 'invoice', subject: 'order' });
    }
  });
});

describe('readShown: items said with a word of which rows or of what was done', () => {
  const columns = new Set(['host', 'value data', 'registry path', 'user']);
  const isColumn = (kind: string) => columns.has(kind);

  it.each([
    'registry changes under the IFEO key in the last 14 days, giving the affected host and the value data written.',
    'registry changes under the IFEO key this week, showing the impacted host and the value data set',
    'registry changes under the IFEO key today, providing the host and the value data',
  ])('reads the columns of "%s" without the qualifier', (text) => {
    expect(readShown(text, isColumn)).toEqual(expect.arrayContaining(['host', 'value data']));
  });
});
