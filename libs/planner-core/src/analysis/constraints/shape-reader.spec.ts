import { readRowsAndDistinct, readShape, subjectKind } from './shape-reader';
import { SpanSet } from './value-hit';

const shape = (text: string) => readShape(text, new SpanSet());

describe('readShape', () => {
  it('ranks by the money said after a verb of money moved, the goods sold being only where it came from', () => {
    expect(shape('which 5 categories brought in the most money from items sold this quarter').measure).toEqual({
      kind: 'sum',
      of: 'revenue',
    });
    expect(shape('which categories made the most revenue from units ordered').measure).toEqual({
      kind: 'sum',
      of: 'revenue',
    });
    expect(shape('which categories sold the most units this quarter').measure).toEqual({ kind: 'sum', of: 'quantity' });
  });

  it('reads what people bought from us as what they spent', () => {
    expect(shape('how much have our customers in Spain bought from us this year').measure).toEqual({
      kind: 'sum',
      of: 'spend',
    });
  });

  it('reads an average whose currency code is said before its noun as the average of that noun', () => {
    expect(shape('average CHF basket size each month').measure).toEqual({ kind: 'avg', of: 'order value' });
    expect(shape('mean SEK invoice amount per client').measure).toEqual({ kind: 'avg', of: 'invoice amount' });
    expect(shape('average RAM use per node').measure).toEqual({ kind: 'avg', of: 'ram' });
  });

  it('reads no average from the verb "mean" after a person ("I mean the ones who …")', () => {
    expect(shape('which customers stopped buying? I mean the ones who ordered in June').measure).toBeNull();
    expect(shape('by active we mean the users who signed in').measure).toBeNull();
    expect(shape('the mean order value this month').measure).toEqual({ kind: 'avg', of: 'order value' });
  });

  it.each([
    'What did the kiosks take in per site last week?',
    'how much did the cafe bring in on Saturday',
    'what have we grossed this quarter by region',
    'daily takings for the ticket office',
  ])('reads money said as what came in ("%s") as a sum of the takings', (text) => {
    expect(shape(text).measure).toEqual({ kind: 'sum', of: 'total' });
  });

  it.each([
    ['which internal ips sent the most bytes to 198.51.100.0/24', 'bytes out'],
    ['who uploaded the most data to dropbox this week', 'bytes out'],
    ['hosts that received the most traffic from the vpn range', 'bytes in'],
    ['which clients pulled the most data from the web servers? sum of bytes out per src', 'bytes out'],
  ])('reads "%s" as a ranking by the bytes moved (%s)', (text, of) => {
    expect(shape(text).measure).toEqual({ kind: 'sum', of });
  });

  it('reads no ranking from a domain ending (".top made by the kiosks")', () => {
    expect(shape('dns queries for domains ending in .top made by the kiosks')).toMatchObject({
      measure: null,
      groupBy: [],
      order: null,
    });
    expect(shape('top 5 kiosks by dns queries').limit).toBe(5);
  });

  it('reads no limit from a window of whole periods ("the last two full weeks")', () => {
    expect(shape('accounts given admin rights during the last two full weeks').limit).toBeNull();
    expect(shape('failed logins over the past three whole months by user').limit).toBeNull();
    expect(shape('the last 5 processes run on FIN-PC-02').limit).toBe(5);
  });

  it('reads "of each connection" as the rows listed, no key', () => {
    expect(shape('list the source host and destination port of each connection').groupBy).toEqual([]);
  });

  it('reads "which of our boxes" as one row per machine', () => {
    expect(shape('which of our boxes made outbound conns today? how many distinct remote ips each').groupBy).toContain(
      'host',
    );
  });

  it('reads "A and B combinations", "A/B pairs" as both keys', () => {
    expect(shape('which region and channel combinations sold the most this year').groupBy).toEqual(
      expect.arrayContaining(['region', 'channel']),
    );
    expect(shape('failed logons per host/user pair today').groupBy).toEqual(expect.arrayContaining(['host', 'user']));
  });

  it('counts the events when the counted noun only qualifies a noun of happenings after it', () => {
    expect(shape('the number of user password resets per server this quarter').measure).toEqual({
      kind: 'count',
      of: null,
    });
    expect(shape('how many account lockout events by dc since friday').measure).toEqual({ kind: 'count', of: null });
    expect(shape('how many users were locked out since friday').measure).toEqual({ kind: 'count', of: 'user' });
  });

  it('keeps the first rows of a ranking asked of people with no number; one row for a singular subject', () => {
    expect(shape('which operators racked up the most denied badge swipes overnight')).toMatchObject({
      groupBy: ['user'],
      order: { by: 'measure', direction: 'desc' },
      limit: 10,
    });
    expect(shape('who caused the most 4771 failures since tuesday')).toMatchObject({
      measure: { kind: 'count', of: null },
      order: { by: 'measure', direction: 'desc' },
      limit: 10,
    });
    expect(shape('which operator racked up the most denied badge swipes overnight').limit).toBe(1);
    expect(shape('which 3 operators racked up the most denied badge swipes').limit).toBe(3);
    expect(shape('dns queries today, summarised by host and queried name').groupBy).toEqual(['host', 'query name']);
    // "most first" orders the list; it keeps every row.
    expect(shape('how many failed logins did each user have, and from which client IPs, most first?').limit).toBeNull();
    expect(shape('turnstiles with the most denied swipes overnight').limit).toBe(10);
    expect(shape('turnstiles with the fewest denied swipes overnight').limit).toBeNull();
  });

  it('reads things generated other than money as counted, and money or nothing after "generated" as money', () => {
    expect(shape('who generated the most blocked uploads on friday').measure).toEqual({ kind: 'count', of: null });
    expect(shape('which kiosks generated the most this quarter').measure).toEqual({ kind: 'sum', of: 'revenue' });
    expect(shape('which kiosks generated the most revenue').measure).toEqual({ kind: 'sum', of: 'revenue' });
  });

  it('reads "exceed" and "surpass" in any tense as more than, a threshold on each group', () => {
    expect(shape('logons per source since Monday, limited to sources that exceed 50 logons').having).toEqual({
      operator: 'gt',
      value: 50,
    });
    expect(shape('failed logons per user, only users that exceeded 20 failures').having).toEqual({
      operator: 'gt',
      value: 20,
    });
    expect(shape('hosts whose failed logons surpass 100 this week').having).toEqual({ operator: 'gt', value: 100 });
  });

  it('reads a comparison closing the question after "where" or "having" as a threshold on each group', () => {
    expect(shape('distinct doors per badge overnight where more than 4').having).toEqual({ operator: 'gt', value: 4 });
    expect(shape('swipes per door this week where the count is over 60').having).toEqual({ operator: 'gt', value: 60 });
  });

  it('counts the happenings, not the entity, when an entity only qualifies what is counted', () => {
    expect(shape('daily number of client file downloads per team').measure).toEqual({ kind: 'count', of: null });
    expect(shape('clerks who opened more than 40 customer records today').measure).toEqual({
      kind: 'count',
      of: null,
    });
    expect(shape('number of customers per region').measure).toEqual({ kind: 'count', of: 'customer' });
  });

  it("reads a direction said alone as the ranking's when groups are counted, else as the order of time", () => {
    expect(shape('badge swipes per reader overnight, in ascending order').order).toEqual({
      by: 'measure',
      direction: 'asc',
    });
    expect(shape('number of swipes by door sorted desc').order).toEqual({ by: 'measure', direction: 'desc' });
    expect(shape('swipes of m.ruiz on friday sorted ascending').order).toEqual({ by: 'time', direction: 'asc' });
  });

  it('reads no grouping in a key named with its value after a bare "by"; "grouped by" and a key alone still group', () => {
    // "in each country take to pay": the verb after the key is no word of it.
    expect(shape('how many days did customers in each country take to pay').groupBy).toEqual(['country']);
    expect(shape('badge swipes by reader R-114 overnight').groupBy).toEqual([]);
    expect(shape('uploads by address 192.0.2.44 since noon').groupBy).toEqual([]);
    expect(shape('uploads by device "kiosk" since noon').groupBy).toEqual([]);
    expect(shape('services started by NT AUTHORITY\\SYSTEM').groupBy).toEqual([]);
    expect(shape('uploads grouped by device 7 days').groupBy).toEqual(['host']);
    expect(shape('uploads by device in 7 days').groupBy).toEqual(['host']);
  });

  it('reads no grouping in accounts from outside the tenant after a bare "by"; "per guest" still groups', () => {
    expect(shape('wiki page edits by external users on monday per space').groupBy).toEqual(['space']);
    expect(shape('wiki page edits by guest accounts on monday').groupBy).toEqual([]);
    expect(shape('wiki page edits per guest on monday').groupBy).toEqual(['user']);
  });

  it('reads no grouping in one well-known account named after a bare "by"; its plural and "grouped by" still group', () => {
    expect(shape('interactive sessions by Administrator overnight').groupBy).toEqual([]);
    expect(shape('cron jobs by root on the build boxes').groupBy).toEqual([]);
    expect(shape('interactive sessions by administrators overnight').groupBy).toEqual(['actor']);
    expect(shape('sessions per host overnight').groupBy).toEqual(['host']);
  });

  it('reads virtual machines, desktops and boxes said short as hosts to group by', () => {
    expect(subjectKind('VMs')).toBe('host');
    expect(subjectKind('desktop')).toBe('host');
    expect(shape('which tenant VMs sent over 80 requests to port 8080 in the last 3 hours').groupBy).toEqual(['host']);
    expect(shape('logon failures per box since tuesday').groupBy).toEqual(['host']);
  });

  it('reads pcs and nodes as hosts to group by', () => {
    expect(subjectKind('pc')).toBe('host');
    expect(subjectKind('nodes')).toBe('host');
    expect(shape('launches of putty.exe on the depot pcs this week, per pc').groupBy).toEqual(['host']);
    expect(shape('out-of-memory kills per node over the past day').groupBy).toEqual(['host']);
  });

  it('reads a device said short ("dev", "dvc") as a host to group by', () => {
    expect(subjectKind('dev')).toBe('host');
    expect(subjectKind('dvcs')).toBe('host');
    expect(shape('dns to port 53 lst 6h, cnt by dev').groupBy).toEqual(['host']);
  });

  it('ends a key before a shortened time word ("lst", "prev", "yday")', () => {
    const isColumn = (word: string) => word === 'caller';
    expect(readShape('denied writes by caller lst 12h, most first', new SpanSet(), isColumn)).toMatchObject({
      groupBy: ['caller'],
      order: { by: 'measure', direction: 'desc' },
    });
    expect(shape('blocked mails per sender prev 3 days').groupBy).toEqual(['sender']);
    expect(shape('password resets per admin yday').groupBy).toEqual(['actor']);
  });

  it('reads the keys listed after a period grouping word as keys too', () => {
    const isColumn = (word: string) => word === 'storage account';
    expect(readShape('blob deletes since monday, by day and storage account', new SpanSet(), isColumn)).toMatchObject({
      groupBy: ['storage account'],
      timeBucket: { unit: 'day' },
    });
    expect(shape('lockouts this month per week and host').groupBy).toEqual(['host']);
  });

  it('ranks the subject of "which … has the highest / lowest …" by the measure, a breakdown noun included', () => {
    expect(shape('which channel had the highest mean basket value')).toMatchObject({
      groupBy: ['channel'],
      order: { by: 'measure', direction: 'desc' },
    });
    expect(shape('which tier brought the smallest turnover in 2030')).toMatchObject({
      groupBy: ['tier'],
      order: { by: 'measure', direction: 'asc' },
    });
  });

  it.each([
    ['which hour yesterday saw the most kiosk check-ins', 'hour', 1, 'desc'],
    ['what 2 months of 2031 had the fewest boarding passes', 'month', 2, 'asc'],
    ['which week brought in the highest turnover', 'week', 1, 'desc'],
  ])('ranks the periods of "%s", one row per period', (text, unit, limit, direction) => {
    expect(shape(text)).toMatchObject({
      groupBy: [],
      timeBucket: { unit },
      limit,
      order: { by: 'measure', direction },
    });
  });

  it.each([
    ['rank warehouses by parcels shipped this month', 'warehouse', 'desc', null],
    ['ranking of the 4 regions by turnover', 'region', 'desc', 4],
    ['sort couriers by late deliveries, lowest first', 'courier', 'asc', null],
  ])('ranks the noun of "%s" by what is said after "by"', (text, key, direction, limit) => {
    const isColumn = (word: string) => ['warehouse', 'region', 'courier'].includes(word);
    expect(readShape(text, new SpanSet(), isColumn)).toMatchObject({
      groupBy: [key],
      order: { by: 'measure', direction },
      limit,
    });
  });

  it('reads people in the plural after a deed said earlier in the clause as who did it, not a key', () => {
    expect(shape('tickets filed from June 2 to June 20 by premium clients').groupBy).toEqual([]);
    expect(shape('bookings made during the spring by users from Oslo').groupBy).toEqual([]);
    expect(shape('bookings made during the spring by client').groupBy).toEqual(['customer']);
  });

  it('ranks the entity of a counted top-N whose subject follows one qualifying word', () => {
    expect(shape('the 6 largest retail buyers by sales in 2029')).toMatchObject({
      groupBy: ['customer'],
      order: { by: 'measure', direction: 'desc' },
      limit: 6,
    });
    expect(shape('our 4 lowest premium clients by revenue')).toMatchObject({
      groupBy: ['customer'],
      order: { direction: 'asc' },
      limit: 4,
    });
    expect(shape('the 2 smallest trade clients by purchase count')).toMatchObject({
      groupBy: ['customer'],
      order: { direction: 'asc' },
      limit: 2,
    });
    // A subject right after the ranking word is still read as before.
    expect(shape('the 3 biggest customers by revenue').groupBy).toEqual(['customer']);
  });

  it('reads bookings said by their period or as a total as the money booked, a bare count of them as a count', () => {
    expect(shape('quarterly bookings in JPY since march').measure).toEqual({ kind: 'sum', of: 'revenue' });
    expect(shape('net bookings per sales region for 2031').measure).toEqual({ kind: 'sum', of: 'revenue' });
    expect(shape('how many bookings per region for 2031').measure?.kind).toBe('count');
  });

  it('reads "per admin" as who did what the rows record', () => {
    expect(shape('vault secret reads per admin since monday').groupBy).toEqual(['actor']);
  });

  it('reads the machines a program is on as one row per machine', () => {
    expect(shape('workstations running the zorblax updater since june').groupBy).toEqual(['host']);
    expect(shape('list laptops that have quickassist present').groupBy).toEqual(['host']);
    expect(shape('where is the gleam sync client deployed?').groupBy).toEqual(['host']);
    expect(shape('laptops with failed logons today').groupBy).toEqual([]);
  });

  it('reads an entity placed in a value before a threshold as what is counted per, not the value', () => {
    expect(shape('buyers in Austria with over 6 purchases')).toMatchObject({
      groupBy: ['customer'],
      having: { operator: 'gt', value: 6 },
    });
    expect(shape('employees from the Kiln team who had at least 9 logins').groupBy).toEqual(['user']);
  });

  it('reads a ranking adjective after "top N" as part of the ranking, the words after "by" as its measure', () => {
    expect(shape('top 8 best-selling gadgets by units shipped in June')).toMatchObject({
      groupBy: ['gadget'],
      limit: 8,
      order: { by: 'measure', direction: 'desc' },
    });
    expect(shape('6 best-selling items by units shipped').groupBy).toEqual(['product']);
    expect(shape('our top 7 grossing titles in spring')).toMatchObject({
      groupBy: ['title'],
      limit: 7,
      measure: { kind: 'sum', of: 'sales' },
    });
    expect(shape('top 3 best sellers by pieces sold')).toMatchObject({
      groupBy: ['product'],
      measure: { kind: 'sum', of: 'quantity' },
    });
    expect(shape('top 3 best-sellers in March').measure).toEqual({ kind: 'sum', of: 'sales' });
    expect(shape('which 4 items shipped the most pieces in May')).toMatchObject({
      groupBy: ['product'],
      measure: { kind: 'sum', of: 'quantity' },
      limit: 4,
    });
    expect(shape('top 2 best selling stores this spring')).toMatchObject({
      measure: { kind: 'sum', of: 'sales' },
      limit: 2,
    });
  });

  it('reads a bare "type" or "kind" key as the type of the noun said before it, when a column is named for it', () => {
    const isColumn = (word: string) => word === 'ticket type' || word === 'activity type';
    expect(readShape('her helpdesk tickets by type, past fortnight', new SpanSet(), isColumn).groupBy).toEqual([
      'ticket type',
    ]);
    expect(readShape('audit activities per kind', new SpanSet(), isColumn).groupBy).toEqual(['activity type']);
    // No column named for it: "type" alone is no key.
    expect(readShape('shipments by type', new SpanSet(), isColumn).groupBy).toEqual([]);
  });

  it('reads "by type" after a time or a name as the type of a noun said earlier in its clause, else the tables\' type', () => {
    const isColumn = (word: string) => word === 'ticket type' || word === 'type';
    expect(readShape('ticket rows since friday by type', new SpanSet(), isColumn).groupBy).toEqual(['ticket type']);
    expect(readShape('warehouse scans + his ticket rows today per kind', new SpanSet(), isColumn).groupBy).toEqual([
      'ticket type',
    ]);
    // The noun of another clause is not read; the tables' own type column is.
    expect(readShape('ticket counts, then the badge swipes today by type', new SpanSet(), isColumn).groupBy).toEqual([
      'type',
    ]);
  });

  it('reads "diff" as "different": a distinct count of the noun after it, with the threshold on it', () => {
    expect(shape('mailboxes that were read from more than 4 diff client addresses')).toMatchObject({
      measure: { kind: 'distinct_count' },
      having: { operator: 'gt', value: 4 },
    });
    expect(shape('which printers got jobs from 7 or more diff users')).toMatchObject({
      measure: { kind: 'distinct_count', of: 'user' },
      having: { operator: 'gte', value: 7 },
    });
    expect(shape('how many diff hosts phoned home').measure).toEqual({ kind: 'distinct_count', of: 'host' });
  });

  it('reads "per client app" / "by client application" as the client a sign-in came through', () => {
    expect(shape('vpn logins per client app since noon').groupBy).toEqual(['client app']);
    expect(shape('count portal sign-ins grouped by client application').groupBy).toEqual(['client app']);
  });

  it('groups by the noun after "each of our/the" ("each of our employees")', () => {
    expect(shape('how many pages did each of our employees print since noon').groupBy).toEqual(['user']);
    expect(shape('how many uploads came from each of the hosts this week').groupBy).toEqual(['host']);
  });

  it('reads a list of distinct values as one row per value, a count of them as a distinct count', () => {
    expect(shape('give me the unique machines that loaded the driver')).toMatchObject({
      measure: null,
      groupBy: ['host'],
    });
    expect(shape('which distinct sha256s touched the share')).toMatchObject({ measure: null, groupBy: ['hash'] });
    expect(shape('show the count of unique machines that loaded the driver').measure).toEqual({
      kind: 'distinct_count',
      of: 'host',
    });
    expect(shape('list accounts seen from more than 3 unique addresses')).toMatchObject({
      measure: { kind: 'distinct_count' },
      having: { operator: 'gt', value: 3 },
    });
  });

  it('reads "different" typed with a letter dropped as a distinct count of the noun after it', () => {
    expect(shape('how many diferent hosts ran the backup agent').measure).toEqual({
      kind: 'distinct_count',
      of: 'host',
    });
    expect(shape('number of differnt users who opened the portal').measure).toEqual({
      kind: 'distinct_count',
      of: 'user',
    });
    expect(shape('how many diffrent accounts reset a password').measure).toEqual({
      kind: 'distinct_count',
      of: 'user',
    });
  });

  it('reads a source or client "address" in the singular as an IP to group by', () => {
    expect(shape('tally the lockouts per client address').groupBy).toEqual(['ip']);
    expect(subjectKind('source address')).toBe('ip');
    // A bare "address" may be a mail or a street one: no IP.
    expect(subjectKind('address')).toBe('address');
  });

  it('reads an entity followed by what it did as that entity ("each account locked", "per server rebooted")', () => {
    expect(subjectKind('account locked')).toBe('user');
    expect(subjectKind('server rebooted')).toBe('host');
    expect(shape('how many times each account locked out since Monday').groupBy).toEqual(['user']);
  });

  it("groups by a field's dotted name written as it stands", () => {
    expect(shape('bucket deletions this month, count by requestParameters.bucketName').groupBy).toEqual([
      'requestparameters.bucketname',
    ]);
    const isColumn = (word: string) => ['awsregion', 'requestparameters.bucketname'].includes(word);
    expect(
      readShape(
        'bucket deletions this month, count by awsRegion and requestParameters.bucketName',
        new SpanSet(),
        isColumn,
      ).groupBy,
    ).toEqual(['awsregion', 'requestparameters.bucketname']);
  });

  it('should group by no store said as where the answer comes from ("per Sentinel")', () => {
    expect(shape('did the installer run on any laptop per Sentinel this month').groupBy).toEqual([]);
    expect(subjectKind('defender')).toBeNull();
  });

  it('gives both sides of "src and dest ip" the noun said once after them', () => {
    expect(shape('total packets per source and destination address').groupBy).toEqual(['ip', 'dest_ip']);
    expect(shape('sum of bytes per src and dst ip').groupBy).toEqual(['ip', 'dest_ip']);
  });

  it('groups by the entity "which <store> <entity>" asks for, the store word only saying where it lives', () => {
    const isColumn = (word: string) => word === 'host' || word === 'user';
    expect(
      readShape(
        'which crowdstrike laptops ran the tool, and when did it first show up on each?',
        new SpanSet(),
        isColumn,
      ).groupBy,
    ).toEqual(['host']);
    expect(readShape('which okta people signed in from abroad', new SpanSet(), isColumn).groupBy).toEqual(['user']);
  });

  it('reads "total invoiced" and "total billed" as a sum of money said by its verb', () => {
    expect(shape('total invoiced per region this quarter').measure).toEqual({ kind: 'sum', of: 'invoiced' });
    expect(shape('total billed by plan').measure).toEqual({ kind: 'sum', of: 'billed' });
  });

  it('reads "the total of <records of money>" as their amount summed', () => {
    expect(shape('the total of disputed charges per merchant').measure).toEqual({ kind: 'sum', of: 'amount' });
    expect(shape('total of all purchases in spring').measure).toEqual({ kind: 'sum', of: 'amount' });
  });

  it('reads "with 12 or more" and "with 4+" after the entities as a count threshold on each of them', () => {
    expect(shape('archived projects per region, only regions with 12 or more')).toMatchObject({
      groupBy: ['region'],
      having: { operator: 'gte', value: 12 },
    });
    expect(shape('tickets by queue, queues with 4+.').having).toEqual({ operator: 'gte', value: 4 });
    expect(shape('refunds per store, stores with 3 or fewer').having).toEqual({ operator: 'lte', value: 3 });
  });

  it('groups by the key after "each per", not by the word "per"', () => {
    expect(shape('printer jams or paper outs, how many of each per printer')).toMatchObject({ groupBy: ['printer'] });
  });

  it('keeps every key listed before a dash and a threshold on their combinations', () => {
    expect(shape('denied logons grouped by device and target user - only the pairs with 7 or more')).toMatchObject({
      groupBy: ['host', 'user'],
      having: { operator: 'gte', value: 7 },
    });
  });

  it('marks a threshold that counts entities beside another measure as one on the rows of each group', () => {
    expect(shape('mean salary by office, only offices that have more than eight of those').having).toEqual({
      operator: 'gt',
      value: 8,
      rows: true,
    });
    expect(shape('total spend per region for regions with at least 30 customers').having).toEqual({
      operator: 'gte',
      value: 30,
      rows: true,
    });
    // A count's own threshold, and a value's, stay on the measure.
    expect(shape('regions with at least 30 customers').having).toEqual({ operator: 'gte', value: 30 });
    expect(shape('average rating per vendor, vendors with a rating above 4 stars').having).not.toHaveProperty('rows');
  });

  it('reads things sold by the piece ("licences sold", "by seats sold") as a sum of the quantity', () => {
    expect(shape('licences sold per reseller in May').measure).toEqual({ kind: 'sum', of: 'quantity' });
    expect(shape('the 4 concerts ranked by seats sold').measure).toEqual({ kind: 'sum', of: 'quantity' });
  });

  it('reads "units sold" as a sum of the quantity, not a count of rows', () => {
    expect(shape('units sold per product category in the past 30 days').measure).toEqual({
      kind: 'sum',
      of: 'quantity',
    });
  });

  it('ranks the subject of "which N … most", with its number as the limit, however far "most" stands', () => {
    expect(shape('which three mail servers relayed the most rejected messages')).toMatchObject({
      groupBy: ['host'],
      limit: 3,
      order: { by: 'measure', direction: 'desc' },
    });
    expect(
      shape('which seven Intune laptops launched rundll32.exe with "javascript" in its arguments most often'),
    ).toMatchObject({
      groupBy: ['host'],
      limit: 7,
      order: { by: 'measure', direction: 'desc' },
    });
    expect(readShape('which 4 tenants had the fewest logins', new SpanSet(), (w) => w === 'tenant')).toMatchObject({
      groupBy: ['tenant'],
      limit: 4,
      order: { direction: 'asc' },
    });
  });

  it('reads no bucket from the cadence of the asker\'s own work ("for my monthly review")', () => {
    expect(shape('for my monthly review, list the VPN logins of the last 30 days').timeBucket).toBeNull();
    expect(shape('monthly logins over the last year').timeBucket).toMatchObject({ unit: 'month' });
  });

  it('reads no bucket from an adjective of the purpose said before it ("ahead of our yearly licence check")', () => {
    expect(shape('ahead of our yearly licence check, list the mailbox exports of last week').timeBucket).toBeNull();
    expect(shape('For the quarterly vendor attestation, show badge swipes since June').timeBucket).toBeNull();
    expect(shape('badge swipes quarterly since 2025').timeBucket).toMatchObject({ unit: 'month', size: 3 });
  });

  it('reads "at least" / "at most" as a threshold, not as a ranking by the fewest', () => {
    const read = shape('which mailboxes received at least forty phishing mails');
    expect(read.order).toBeNull();
    expect(read.having).toEqual({ operator: 'gte', value: 40 });
  });

  it('reads "biggest first" / "smallest first" without a value after it as the ranking\'s direction', () => {
    expect(shape('which hosts had at least 5 crashes, with their counts, largest first')).toMatchObject({
      order: { by: 'measure', direction: 'desc' },
    });
    expect(shape('count of tickets per queue, lowest first')).toMatchObject({
      order: { by: 'measure', direction: 'asc' },
    });
  });

  it('groups by every key of "counted by X and by Y", a domain controller being a host', () => {
    expect(shape('password changes counted by account and by domain controller')).toMatchObject({
      groupBy: ['user', 'host'],
    });
    expect(shape('badge swipes tallied per door and per shift')).toMatchObject({ groupBy: ['door', 'shift'] });
  });

  it('drops an adverb or a verb after a key ("per site together with …", "each user made")', () => {
    expect(shape('count outages per site together with the number of distinct racks')).toMatchObject({
      groupBy: ['site'],
    });
    expect(shape('how many exports has each user made this week').groupBy).toEqual(['user']);
  });

  it('keeps the s of a word that ends in one of its own when it groups ("status", "campus")', () => {
    expect(shape('count of tickets by status')).toMatchObject({ groupBy: ['status'] });
    expect(shape('badge swipes per campus')).toMatchObject({ groupBy: ['campus'] });
    expect(subjectKind('regions')).toBe('region');
  });

  it('reads ranking or totalling by money as a sum', () => {
    expect(shape('the five suppliers ranked by turnover')).toMatchObject({ measure: { kind: 'sum', of: 'turnover' } });
    expect(shape('total travel spent per team')).toMatchObject({
      measure: { kind: 'sum', of: 'spent' },
      groupBy: ['team'],
    });
    expect(shape('how much has each region paid this quarter')).toMatchObject({ measure: { kind: 'sum', of: 'paid' } });
    expect(shape('orders by sales channel')).not.toMatchObject({ measure: { kind: 'sum' } });
  });

  it.each([
    'how much do the tenants of the north wing block still owe',
    'how much is due on Friday across all leases',
    'how much money falls due next month per landlord',
    'who owes us on invoices more than thirty days past due? per customer',
    'which tenants still owe us money',
  ])('reads "%s" as the money not paid yet, summed', (text) => {
    expect(shape(text)).toMatchObject({ measure: { kind: 'sum', of: 'outstanding' } });
  });

  it('reads a total of what is still owed as a sum ("total owed per tenant", "total outstanding")', () => {
    expect(shape('late rent: total owed per tenant')).toMatchObject({ measure: { kind: 'sum', of: 'owed' } });
    expect(shape('total outstanding for each supplier')).toMatchObject({ measure: { kind: 'sum', of: 'outstanding' } });
  });

  it('reads top-N as a descending order on the measure, grouped by the subject', () => {
    expect(shape('Top 10 users by failed logons')).toMatchObject({
      limit: 10,
      order: { by: 'measure', direction: 'desc' },
      groupBy: ['user'],
      measure: { kind: 'count' },
    });
  });

  it('reads number words in a top-N and a threshold', () => {
    expect(shape('top five hosts')).toMatchObject({ limit: 5, groupBy: ['host'] });
    expect(shape('accounts with more than a dozen failed logons')).toMatchObject({
      having: { operator: 'gt', value: 12 },
      groupBy: ['user'],
    });
  });

  it('reads a threshold on a count as HAVING, with the subject it groups by', () => {
    expect(shape('customers with more than 5 orders')).toMatchObject({
      having: { operator: 'gt', value: 5 },
      groupBy: ['customer'],
      measure: { kind: 'count', of: 'order' },
    });
    expect(shape('IPs with at least 10 failed attempts')).toMatchObject({
      having: { operator: 'gte', value: 10 },
      groupBy: ['ip'],
    });
    expect(shape('users who signed in from 3 or more distinct countries')).toMatchObject({
      having: { operator: 'gte', value: 3 },
      measure: { kind: 'distinct_count', of: 'country' },
    });
  });

  it('groups by the subject and the entity a threshold is counted against ("from a single IP")', () => {
    expect(shape('users with over 15 bad logons from one host today')).toMatchObject({
      having: { operator: 'gt', value: 15 },
      groupBy: ['user', 'host'],
    });
    expect(shape('more than 40 denied connections from a single IP')).toMatchObject({ groupBy: ['ip'] });
  });

  it('reads a cloud or platform word before the noun as its modifier ("aws regions" groups by region)', () => {
    expect(shape('top 3 azure subscriptions by number of deletes')).toMatchObject({
      groupBy: ['subscription'],
      limit: 3,
    });
    expect(shape('top 5 s3 buckets by size')).toMatchObject({ groupBy: ['bucket'], limit: 5 });
  });

  it('reads a threshold on pieces of goods as a sum of the quantity, per the thing that sold them', () => {
    expect(shape('which items sold over 40 pieces in May')).toMatchObject({
      having: { operator: 'gt', value: 40 },
      measure: { kind: 'sum', of: 'quantity' },
    });
    expect(shape('customers that ordered at least 12 units this week')).toMatchObject({
      measure: { kind: 'sum', of: 'quantity' },
      groupBy: ['customer'],
    });
    expect(shape('top 7 clients by order total')).toMatchObject({ measure: { kind: 'sum' }, limit: 7 });
  });

  it('groups by what went wrong when the question ranks or breaks down error codes and reasons', () => {
    expect(shape('the 3 most common error codes for api calls')).toMatchObject({ groupBy: ['error_code'], limit: 3 });
    expect(shape('top failure reasons for logins this week')).toMatchObject({ groupBy: ['error_code'] });
    expect(shape('failed calls by result code')).toMatchObject({ groupBy: ['error_code'] });
  });

  it('reads "the N most common X" as a ranking of X by how often it occurs', () => {
    expect(shape('the 8 most frequent destination ports yesterday')).toMatchObject({
      groupBy: ['port'],
      order: { by: 'measure', direction: 'desc' },
      limit: 8,
    });
    expect(shape('most attacked hosts this month')).toMatchObject({ groupBy: ['host'], limit: null });
  });

  it('reads a sliding window after a threshold as the time bucket', () => {
    expect(shape('more than 20 failed logons from the same IP within 5 minutes')).toMatchObject({
      having: { operator: 'gt', value: 20 },
      groupBy: ['ip'],
      timeBucket: { unit: 'minute', size: 5, seconds: 300 },
    });
  });

  it('does not read a time span as a threshold', () => {
    expect(shape('sign-ins over 30 days')).toMatchObject({ having: null });
  });

  it('reads the measures', () => {
    expect(shape('how many distinct users signed in')).toMatchObject({
      measure: { kind: 'distinct_count', of: 'user' },
    });
    expect(shape('average order value by customer segment')).toMatchObject({
      measure: { kind: 'avg', of: 'order value' },
      groupBy: ['segment'],
    });
    expect(shape('mean cart size per region')).toMatchObject({ measure: { kind: 'avg', of: 'order value' } });
    expect(shape('avg deal amount by rep')).toMatchObject({ measure: { kind: 'avg', of: 'order value' } });
    // A sale said alone is what it was worth; a comparison word after it is no part of the measured noun.
    expect(shape('reps whose mean deal tops 80 CAD')).toMatchObject({ measure: { kind: 'avg', of: 'order value' } });
    expect(shape('shops where the average cart is over 35 AUD')).toMatchObject({
      measure: { kind: 'avg', of: 'order value' },
    });
    expect(shape('average payment exceeding 60')).toMatchObject({ measure: { kind: 'avg', of: 'payment' } });
    expect(shape('total revenue per month')).toMatchObject({ measure: { kind: 'sum', of: 'revenue' } });
    expect(shape('sum of the amount by country')).toMatchObject({
      measure: { kind: 'sum', of: 'amount' },
      groupBy: ['country'],
    });
    expect(shape('what is the highest amount of budget spend')).toMatchObject({
      measure: { kind: 'max', of: 'amount' },
    });
    expect(shape('number of orders')).toMatchObject({ measure: { kind: 'count', of: 'order' } });
  });

  it('reads time buckets', () => {
    expect(shape('hourly failed sign-ins')).toMatchObject({ timeBucket: { unit: 'hour', size: 1, seconds: 3600 } });
    expect(shape('logons per day')).toMatchObject({ timeBucket: { unit: 'day', size: 1, seconds: 86_400 } });
    expect(shape('errors every 5 minutes')).toMatchObject({ timeBucket: { unit: 'minute', size: 5, seconds: 300 } });
    expect(shape('traffic in 15-minute bins')).toMatchObject({
      timeBucket: { unit: 'minute', size: 15, seconds: 900 },
    });
    expect(shape('errors in the last 5 minutes')).toMatchObject({ timeBucket: null });
    expect(shape('dns queries in 10-minute steps')).toMatchObject({
      timeBucket: { unit: 'minute', size: 10, seconds: 600 },
    });
    expect(shape('logins in 2 hour chunks')).toMatchObject({ timeBucket: { unit: 'hour', size: 2, seconds: 7200 } });
  });

  it('reads groupings and skips "by" that is no grouping', () => {
    expect(shape('failed logons by country and by user')).toMatchObject({ groupBy: ['country', 'user'] });
    expect(shape('count by EventID')).toMatchObject({ groupBy: ['event_id'] });
    expect(shape('processes created by the admin, sorted by time')).toMatchObject({ groupBy: [] });
    expect(shape('sign-ins for each app')).toMatchObject({ groupBy: ['app'] });
  });

  it('reads recency, limits and time ordering', () => {
    expect(shape('the 10 most recent sign-ins')).toMatchObject({ limit: 10, order: { by: 'time', direction: 'desc' } });
    expect(shape('last 20 logons, oldest first')).toMatchObject({ limit: 20, order: { by: 'time', direction: 'asc' } });
    expect(shape('logons in the last 20 days')).toMatchObject({ limit: null, order: null });
    expect(shape('flows to port 8443 last 6 hours')).toMatchObject({ limit: null, order: null });
    expect(shape('event 4771 past week, 30 last rows')).toMatchObject({ limit: 30 });
    expect(shape('limit to 50 rows')).toMatchObject({ limit: 50 });
  });

  it('reads "which … the most" as a descending count by the subject', () => {
    expect(shape('Which customers placed the most orders?')).toMatchObject({
      groupBy: ['customer'],
      order: { by: 'measure', direction: 'desc' },
      measure: { kind: 'count', of: 'order' },
    });
  });

  it('reads no ranking in "on top of that"', () => {
    expect(shape('on top of that, show the sign-ins')).toMatchObject({ order: null, limit: null, measure: null });
  });

  it('reads nothing from a plain listing', () => {
    expect(shape('Show firewall rule changes using the netsh utility.')).toEqual({
      measure: null,
      groupBy: [],
      having: null,
      timeBucket: null,
      order: null,
      limit: null,
    });
  });
});

describe('readShape: one entity as a group, a threshold closing the question', () => {
  it('reads "by a single user", "by any one host" as a key', () => {
    expect(shape('mailbox exports by a single user since monday').groupBy).toEqual(['user']);
    expect(shape('service installs by any one host this week').groupBy).toEqual(['host']);
  });

  it('reads a comparison closing the question after a comma as a threshold on the key grouped by', () => {
    expect(shape('vpn denials per account this week, over 15')).toMatchObject({
      groupBy: ['user'],
      having: { operator: 'gt', value: 15 },
    });
    expect(shape('print jobs by host today, only at least 40 of them').having).toEqual({ operator: 'gte', value: 40 });
    // With no key before it, the number stays unread.
    expect(shape('refunds this week, over 15').having).toBeNull();
  });
});

describe('readShape buckets by a calendar period named among the groups', () => {
  it.each(['average spend by segment and month', 'signups per week', 'count by month'])('buckets "%s"', (text) => {
    expect(shape(text).timeBucket?.unit).toBe(/week/.test(text) ? 'week' : 'month');
  });

  it('should not bucket "by a month ago"', () => {
    expect(shape('errors since a month ago').timeBucket).toBeNull();
  });
});

describe('readShape groups by a place', () => {
  it.each(['revenue by country this year', 'spend by city YTD'])('groups "%s" by the place', (text) => {
    expect(shape(text).groupBy).toEqual([/city/.test(text) ? 'city' : 'country']);
  });
});

describe('subjectKind', () => {
  it.each([
    ['users', 'user'],
    ['source IP', 'ip'],
    ['devices', 'host'],
    ['countries', 'country'],
    ['customer segment', 'segment'],
    ['categories', 'category'],
    ['country YTD', 'country'],
    ['region QTD', 'region'],
    ['process names', 'process'],
    ['machine names', 'host'],
    ['account names', 'user'],
    ['initiators', 'actor'],
    ['guests', 'user'],
    ['field technicians', 'user'],
    ['sales reps', 'user'],
    ['operators', 'user'],
    ['user agent', 'agent'],
    ['helpdesk technicians', 'user'],
    ['reps', 'user'],
    ['account managers', 'user'],
    ['browser agents', 'agent'],
  ])('reads "%s" as %s', (phrase, kind) => {
    expect(subjectKind(phrase)).toBe(kind);
  });

  it.each(['the', 'hours', 'times'])('is null for "%s"', (phrase) => {
    expect(subjectKind(phrase)).toBeNull();
  });
});

describe('readShape (groupings, rankings and measures analysts write)', () => {
  it('reads no sum of sales from the department a person is said to be from', () => {
    expect(shape('t.wu@harbor.io from sales: when did he last sign in').measure).toBeNull();
    expect(shape('sales from the web shop this month').measure).toMatchObject({ kind: 'sum', of: 'sales' });
  });

  it('sums a budget broken down, and spend said as a noun, but not spend as the verb of who spends', () => {
    expect(shape('budgets per region for 2031')).toMatchObject({ measure: { kind: 'sum', of: 'budget' } });
    expect(shape('the Orchard spend in 2031')).toMatchObject({ measure: { kind: 'sum', of: 'spend' } });
    expect(shape('members who spend over 40 a week').measure).not.toEqual({ kind: 'sum', of: 'spend' });
  });

  it('groups by what follows "grouped by", even a word that ends like a verb', () => {
    expect(shape('ticket requests in the past day, grouped by service name')).toMatchObject({ groupBy: ['service'] });
  });

  it('lists one row per entity for "which hosts …", but not for customers', () => {
    expect(shape('Which hosts resolved evil-domain.com via DNS?')).toMatchObject({ groupBy: ['host'] });
    expect(shape('Which customers placed orders in EUR?').groupBy).toEqual([]);
  });

  it('reads "five best products ranked by sales" as the top 5 products by a sum of sales', () => {
    expect(shape('Five best products ranked by sales this year')).toMatchObject({
      measure: { kind: 'sum', of: 'sales' },
      groupBy: ['product'],
      order: { by: 'measure', direction: 'desc' },
      limit: 5,
    });
    expect(shape('best-selling products this month')).toMatchObject({ measure: { kind: 'sum', of: 'sales' } });
  });

  it('reads "revenue by category" as a sum, and "average invoice amount" as the amount', () => {
    expect(shape('Revenue by product category this month')).toMatchObject({ measure: { kind: 'sum', of: 'revenue' } });
    expect(shape('Average invoice amount per currency')).toMatchObject({
      measure: { kind: 'avg', of: 'invoice amount' },
    });
  });

  it('counts distinct entities of another kind under a threshold ("on more than 10 hosts")', () => {
    expect(shape('Which IPs connected to port 445 on more than 10 hosts today?')).toMatchObject({
      measure: { kind: 'distinct_count', of: 'host' },
      having: { operator: 'gt', value: 10 },
      groupBy: ['ip'],
    });
    expect(shape('users with more than 5 failed sign-ins')).toMatchObject({ measure: { kind: 'count' } });
  });
});

describe('readShape (sums asked for by name, groupings by a column)', () => {
  it('reads "monthly revenue" as a sum, but not a "sales channel"', () => {
    expect(shape('Monthly revenue in USD since 2025-01-01')).toMatchObject({ measure: { kind: 'sum', of: 'revenue' } });
    expect(shape("what was the greenhouse team's spending in spring")).toMatchObject({
      measure: { kind: 'sum', of: 'spending' },
    });
    expect(shape('orders per sales channel').measure).toBeNull();
  });

  it('reads no sum of sales from a person said to be in the sales team, but a sum of a change in sales', () => {
    expect(shape('r.osei@lumen.example from sales: her role in the portal db?').measure).toBeNull();
    expect(shape('colleagues in sales who never opened the wiki').measure).toBeNull();
    expect(shape('t.vance@lumen.example (on the sales team) last portal login').measure).toBeNull();
    expect(shape('the dip in sales during spring').measure).toEqual({ kind: 'sum', of: 'sales' });
  });

  it('groups by a word after a bare "by" only when it is a column of the chosen tables', () => {
    expect(readShape('deletions by caller', new SpanSet(), (w) => w === 'caller').groupBy).toEqual(['caller']);
    expect(readShape('deletions by caller', new SpanSet()).groupBy).toEqual([]);
  });
});

describe('readShape (lists of group keys)', () => {
  it('groups by every key of "by host and user" and "per country, city"', () => {
    expect(shape('logon failures by host and user over 3 days').groupBy).toEqual(['host', 'user']);
    expect(shape('sign-ins per country, city').groupBy).toEqual(['country', 'city']);
    expect(shape('badge swipes grouped by host + user pls').groupBy).toEqual(['host', 'user']);
    expect(shape('door alarms by country & city').groupBy).toEqual(['country', 'city']);
  });

  it('reads every key of a grouping list, a two-word key too, and stops at the words after the list', () => {
    expect(shape('lockouts split by account and client IP')).toMatchObject({ groupBy: ['user', 'ip'] });
    expect(shape('denied connections by host and user over the last week')).toMatchObject({
      groupBy: ['host', 'user'],
    });
  });

  it('reads the keys listed after a first key said with its closing noun ("user principal name", "device id")', () => {
    expect(shape('failed sign-ins grouped by user principal name and ip address').groupBy).toEqual(['user', 'ip']);
    expect(shape('logons grouped by device name and user today').groupBy).toEqual(['host', 'user']);
  });

  it('reads a ranking said to be by units or quantity as a sum of the quantity', () => {
    expect(shape('top sellers in quantity this quarter').measure).toEqual({ kind: 'sum', of: 'quantity' });
    expect(shape('most popular items by units sold per region').measure).toEqual({ kind: 'sum', of: 'quantity' });
  });

  it('reads "by where it went" as the destination, "by where they came from" as the source', () => {
    expect(shape('bytes out yesterday - break it down by where it went, biggest first').groupBy).toEqual([
      'destination',
    ]);
    expect(shape('denied connections today by where they came from').groupBy).toEqual(['source']);
    expect(shape('where did the traffic go yesterday').groupBy).toEqual([]);
  });

  it('reads "my 5 best sellers … going by units sold" as the top 5 products by quantity, units no key', () => {
    const read = shape("What were my 5 best sellers in the 'Bulbs & Seeds' category last month, going by units sold?");
    expect(read).toMatchObject({ groupBy: ['product'], limit: 5, measure: { kind: 'sum', of: 'quantity' } });
  });

  it('keeps one row when the ranked subject is asked in the singular', () => {
    expect(shape('which host raised the fewest alerts in spring').limit).toBe(1);
    expect(shape('which hosts raised the fewest alerts in spring').limit).toBeNull();
  });

  it('reads "how much ... spent" as a sum of the spending, with a longer phrase between', () => {
    expect(shape('how much of the travel budget did we spend').measure).toEqual({ kind: 'sum', of: 'spend' });
  });
});

describe('readShape (parent processes)', () => {
  it('groups by the parent process when the question asks what started a process', () => {
    expect(shape('what spawned wscript.exe on finance laptops').groupBy).toEqual(['parent_process']);
    expect(shape('which processes have launched regsvr32 since monday').groupBy).toEqual(['parent_process']);
    expect(shape('Over the weekend, which parent images opened excel?').groupBy).toEqual(['parent_process']);
  });

  it('reads a parent and a child process as two grouping keys', () => {
    expect(shape('list parent processes broken down by child process').groupBy).toEqual(['parent_process', 'process']);
    expect(shape('executions of rundll32 by parent').groupBy).toEqual(['parent_process']);
  });

  it('should keep a plain process grouping and read no parent in "what started failing"', () => {
    expect(shape('which processes made network calls').groupBy).toEqual(['process']);
    expect(shape('what started failing after the patch').groupBy).toEqual([]);
  });
});

describe('readShape (rankings by volume)', () => {
  it('reads a ranking by the bytes or data moved as a sum of bytes, in the direction said', () => {
    expect(shape('top 3 subnets by bytes received').measure).toEqual({ kind: 'sum', of: 'bytes in' });
    expect(shape('servers ranked by data uploaded this week').measure).toEqual({ kind: 'sum', of: 'bytes out' });
    expect(shape('top talkers by bandwidth').measure).toEqual({ kind: 'sum', of: 'bytes' });
  });

  it('should keep a count when the ranking is by a number of events', () => {
    expect(shape('top 3 subnets by connections').measure).toEqual({ kind: 'count', of: null });
  });
});

describe('readShape (where traffic went, and who did a thing)', () => {
  it('groups by the destination address when the question names it so, by the address otherwise', () => {
    expect(shape('flows per remote address this morning').groupBy).toEqual(['dest_ip']);
    expect(shape('blocked packets by dst ip').groupBy).toEqual(['dest_ip']);
    expect(shape('failures by source ip').groupBy).toEqual(['ip']);
  });

  it('reads the subject of a threshold said with a verb of seeing or reaching', () => {
    expect(shape('binaries observed on fewer than 2 machines')).toMatchObject({
      groupBy: ['process'],
      having: { operator: 'lt', value: 2 },
    });
    // A workstation is a host whose own column the extractor looks for first.
    expect(shape('workstations that contacted more than 40 domains')).toMatchObject({
      groupBy: ['workstation'],
      measure: { kind: 'distinct_count', of: 'domain' },
    });
  });
});

describe('subjectKind (web addresses)', () => {
  it('reads URIs and web pages as the url kind', () => {
    expect(subjectKind('uris')).toBe('url');
    expect(subjectKind('web pages')).toBe('url');
    expect(shape('404 responses per uri').groupBy).toEqual(['url']);
  });
});

describe('readShape (a count threshold with no noun after the number)', () => {
  it('reads "only hosts with at least 10" as HAVING count >= 10 per host', () => {
    const read = shape('kiosk errors per host today, only hosts with at least 10');
    expect(read.having).toEqual({ operator: 'gte', value: 10 });
    expect(read.groupBy).toContain('host');
    expect(shape('kiosks with more than 2 GB free').having).toBeNull();
  });

  it('reads a comparison written as a symbol against the number ("only hosts with >7") as HAVING', () => {
    expect(shape('denied flows per src ip, only ips with >7').having).toEqual({ operator: 'gt', value: 7 });
    expect(shape('errors per kiosk, only kiosks with >=3').having).toEqual({ operator: 'gte', value: 3 });
    expect(shape('kiosks with >2GB free').having).toBeNull();
  });

  it('reads "which accounts have 25+ of those" as HAVING count >= 25 per account', () => {
    const read = shape('vpn lockouts over the weekend - which accounts have 25+ of those?');
    expect(read.having).toEqual({ operator: 'gte', value: 25 });
    expect(read.groupBy).toContain('user');
    expect(shape('which hosts had over 4 of them').having).toEqual({ operator: 'gt', value: 4 });
    expect(shape('which hosts have 4 GB free').having).toBeNull();
  });

  it('reads "which terminals sent over 40" as HAVING count > 40 per terminal', () => {
    const read = shape('uploads to /sync this morning - which terminals sent over 40?');
    expect(read.having).toEqual({ operator: 'gt', value: 40 });
    expect(read.groupBy).toContain('terminal');
    expect(shape('badge readers that triggered at least 12').having).toEqual({ operator: 'gte', value: 12 });
    const singular = shape('jammed printers this week - which kiosk had over 4?');
    expect(singular.having).toEqual({ operator: 'gt', value: 4 });
    expect(singular.groupBy).toContain('kiosk');
  });
});

describe('readShape (how much money)', () => {
  it('reads "how much did we <money verb>" as a sum of the amount', () => {
    expect(shape('how much did we refund each month').measure).toEqual({ kind: 'sum', of: 'amount' });
    expect(shape('how much money was collected from kiosks').measure).toEqual({ kind: 'sum', of: 'amount' });
    expect(shape('how much disk does each kiosk use').measure).not.toEqual({ kind: 'sum', of: 'amount' });
  });
});

describe('readShape (which X and Y)', () => {
  it('groups by a second noun that names a column with the word after it', () => {
    const isColumn = (w: string) => w === 'badge number';
    expect(
      readShape('door alarms last night - which hosts and badge numbers', new SpanSet(), isColumn).groupBy,
    ).toEqual(['host', 'badge number']);
  });
});

describe('readShape (a subject said with a participle)', () => {
  it('counts distinct entities per subject when the subject does something to them', () => {
    const read = shape('badges signing in from 4+ buildings today');
    expect(read.having).toEqual({ operator: 'gte', value: 4 });
    const kiosks = shape('kiosks connecting to over 30 IPs since noon');
    expect(kiosks.groupBy).toEqual(['kiosk']);
    expect(kiosks.measure).toEqual({ kind: 'distinct_count', of: 'ip' });
  });
});

describe('readShape (a number inside a range is no limit)', () => {
  it('reads no limit from the mask of a range said before "last"', () => {
    const read = shape('kiosk traffic into 172.30.0.0/24 last 2h by source');
    expect(read.limit).toBeNull();
    expect(read.order).toBeNull();
    expect(shape('the 12 latest kiosk reboots').limit).toBe(12);
  });
});

describe('readShape (distinct addresses of a scope)', () => {
  it('counts the distinct addresses, not the word that says where they stand', () => {
    expect(shape('how many distinct public IPs hit the kiosk API today').measure).toEqual({
      kind: 'distinct_count',
      of: 'ip',
    });
    expect(shape('unique internal hosts per vlan').measure).toEqual({ kind: 'distinct_count', of: 'host' });
  });
});

describe('readShape (minutes are no minimum)', () => {
  it('reads "N-min buckets" as a bucket of minutes, not the minimum of the buckets', () => {
    const read = shape('door alarms in 20-min buckets since noon');
    expect(read.measure?.kind).not.toBe('min');
    expect(read.timeBucket).toMatchObject({ unit: 'minute', size: 20 });
    expect(shape('minimum basket value per store').measure).toMatchObject({ kind: 'min' });
  });
});

describe('readShape (a count threshold in symbols)', () => {
  it('reads ">= N", ">N" and "N+" before the counted noun as a threshold on the count', () => {
    expect(shape('kiosks with >= 12 paper jams this week').having).toEqual({ operator: 'gte', value: 12 });
    expect(shape('tenants w/ >40 throttled calls today').having).toEqual({ operator: 'gt', value: 40 });
    expect(shape('badges with 7+ denied swipes since noon').having).toEqual({ operator: 'gte', value: 7 });
  });
});

describe('readShape (a key after the word of where it lives)', () => {
  it('groups by the key a product word qualifies, when only the key is a column or an entity', () => {
    const isColumn = (w: string) => w === 'site';
    expect(readShape('uploads per Dropbox site this week', new SpanSet(), isColumn).groupBy).toEqual(['site']);
    expect(readShape('alerts by Falcon host today', new SpanSet(), () => false).groupBy).toEqual(['host']);
    expect(readShape('replication errors per DC this week', new SpanSet(), () => false).groupBy).toEqual(['host']);
    expect(readShape('logons per tenant today', new SpanSet(), (w) => w === 'tenant').groupBy).toEqual(['tenant']);
  });
});

describe('readShape (keys of two words, courtesy words)', () => {
  it('takes a key of two words when together they name a column and the first word alone does not', () => {
    const isColumn = (w: string) => w === 'risk level' || w === 'tenant';
    expect(readShape('logons per tenant and per risk level this week', new SpanSet(), isColumn).groupBy).toEqual([
      'tenant',
      'risk level',
    ]);
    expect(readShape('logons per risk today', new SpanSet(), isColumn).groupBy).toEqual(['risk']);
  });

  it('takes a later key of two words that names a column as a whole ("by user and kiosk app")', () => {
    const isColumn = (w: string) => w === 'kiosk app' || w === 'user';
    expect(readShape('badge logons by user and kiosk app this week', new SpanSet(), isColumn).groupBy).toEqual([
      'user',
      'kiosk app',
    ]);
  });

  it('drops a courtesy word after a grouping key ("by server please")', () => {
    expect(shape('alerts for that file hash, split by server please').groupBy).toEqual(['host']);
    expect(shape('counts per machine thx').groupBy).toEqual(['host']);
  });
});

describe('readShape (which entities, after a dash)', () => {
  it('groups by the entities a "which" after a dash lists, the second one too', () => {
    expect(shape('dns lookups of that domain since monday - which devices and users?').groupBy).toEqual([
      'host',
      'user',
    ]);
    expect(shape('blocked outbound traffic today \u2014 what ports').groupBy).toEqual(['port']);
  });

  it('should group by no second word that names no entity ("which users and when")', () => {
    expect(shape('password resets this week - which users and when').groupBy).toEqual(['user']);
  });

  it('drops a qualified noun said with "only" from the keys listed after a grouping ("by region, USD sales only")', () => {
    const isColumn = (word: string) => ['region', 'city'].includes(word);
    expect(
      readShape('average ticket price by region, USD sales only, this spring', new SpanSet(), isColumn).groupBy,
    ).toEqual(['region']);
    expect(readShape('ticket sales by region and city only', new SpanSet(), isColumn).groupBy).toEqual([
      'region',
      'city',
    ]);
  });

  it('groups "by who did it" by the acting account, and by the keys listed after the deed', () => {
    const isColumn = (word: string) => ['region', 'host'].includes(word);
    expect(
      readShape('mailboxes removed last week, by whom they were deleted and region', new SpanSet(), isColumn).groupBy,
    ).toEqual(['actor', 'region']);
    expect(
      readShape('vpn sessions from Brazil today, by who opened them, and host', new SpanSet(), isColumn).groupBy,
    ).toEqual(['actor', 'host']);
  });

  it('reads "each" after a question word and its verb as what the verb acted on, no key', () => {
    const isColumn = (word: string) => ['app', 'user', 'host'].includes(word);
    expect(
      readShape('consent grants last month, with who initiated each grant and the target app', new SpanSet(), isColumn)
        .groupBy,
    ).toEqual([]);
    expect(readShape('which admin approved each request this week', new SpanSet(), isColumn).groupBy).toEqual([]);
    expect(
      readShape(
        'every AttachUserPolicy call since Monday, with the identity that made each change',
        new SpanSet(),
        isColumn,
      ).groupBy,
    ).toEqual([]);
    // A period after it is still the bucket's; without the question word "each" groups.
    expect(readShape('which hosts connected each day this week', new SpanSet(), isColumn).groupBy).toContain('host');
    expect(readShape('failed logons for each user today', new SpanSet(), isColumn).groupBy).toEqual(['user']);
  });

  it('groups by the acting account too when "by whom" closes the question, beside the entity asked for', () => {
    const isColumn = (word: string) => ['user', 'host'].includes(word);
    expect(
      readShape('Which user accounts were created this week (4720), and by whom?', new SpanSet(), isColumn).groupBy,
    ).toEqual(['user', 'actor']);
    expect(readShape('accounts deleted in the last 7 days and by who', new SpanSet(), isColumn).groupBy).toEqual([
      'actor',
    ]);
    // "count by who" with no "and": the users themselves.
    expect(readShape('failed logons today, count by who', new SpanSet(), isColumn).groupBy).not.toContain('actor');
  });

  it('groups "which X and Y" by the second noun too when it names a column', () => {
    const isColumn = (word: string) => ['user', 'image'].includes(word);
    expect(
      readShape('registry writes under Run keys - which users and images?', new SpanSet(), isColumn).groupBy,
    ).toEqual(['user', 'image']);
    expect(shape('registry writes under Run keys - which users and images?').groupBy).toEqual(['user']);
  });
});

describe('readShape (the fewest and the least common)', () => {
  it('should read "which N <things> had the fewest …" as the N with the lowest count, ascending', () => {
    expect(shape('which five hosts had the fewest logons yesterday')).toMatchObject({
      measure: { kind: 'count', of: null },
      groupBy: ['host'],
      order: { by: 'measure', direction: 'asc' },
      limit: 5,
    });
  });

  it('should read "least common" and "rarest" as a ranking by how often each occurs, ascending', () => {
    expect(shape('least common source ips on the proxy today')).toMatchObject({
      groupBy: ['ip'],
      order: { by: 'measure', direction: 'asc' },
    });
    expect(shape('the 10 rarest countries in sign-ins')).toMatchObject({
      groupBy: ['country'],
      order: { by: 'measure', direction: 'asc' },
      limit: 10,
    });
    expect(shape('most common countries in sign-ins')).toMatchObject({ order: { by: 'measure', direction: 'desc' } });
  });
});

describe('readShape (a key of two words)', () => {
  it('should group by the column two words name when the first is a bare noun, not a known entity', () => {
    const columns = new Set(['resource', 'resource provider', 'user', 'user agent', 'host']);
    const isColumn = (word: string) => columns.has(word);
    expect(readShape('deletes per resource provider this week', new SpanSet(), isColumn).groupBy).toEqual([
      'resource provider',
    ]);
    expect(readShape('errors per host today', new SpanSet(), isColumn).groupBy).toEqual(['host']);
  });
});

describe('readShape (people said to have done what a row records)', () => {
  it('should group by the actor for "per person who made the change" or "per account that performed them"', () => {
    expect(shape('count the entries per person who made the change').groupBy).toEqual(['actor']);
    expect(shape('deletions per account that performed them, this month').groupBy).toEqual(['actor']);
    expect(shape('the entries per admin who made the change').groupBy).toEqual(['actor']);
  });

  it('should keep a plain group of people as users', () => {
    expect(shape('count the sign-ins per user who is external').groupBy).toEqual(['user']);
  });
});

describe('readShape (a pronoun after "each")', () => {
  it('should read no group key from "for each one"', () => {
    expect(shape('risky sign-ins today; for each one show the user and the app').groupBy).toEqual([]);
  });
});

describe('readRowsAndDistinct', () => {
  it('reads a threshold on the rows and another on a distinct count, in either order', () => {
    expect(
      readRowsAndDistinct('badges with over 40 door opens across more than 6 distinct hosts', new SpanSet()),
    ).toEqual({ rows: { operator: 'gt', value: 40 }, distinct: { operator: 'gt', value: 6 }, of: 'host' });
    expect(
      readRowsAndDistinct('tenants seen from 9 or more unique countries with at least 250 calls', new SpanSet()),
    ).toEqual({ rows: { operator: 'gte', value: 250 }, distinct: { operator: 'gte', value: 9 }, of: 'country' });
  });

  it('reads a threshold written with a sign and no space, or as a number with a plus', () => {
    expect(readRowsAndDistinct('kiosks with >60 prints from 4+ separate users', new SpanSet())).toEqual({
      rows: { operator: 'gt', value: 60 },
      distinct: { operator: 'gte', value: 4 },
      of: 'user',
    });
    expect(shape('tills with 9+ voids')).toMatchObject({ having: { operator: 'gte', value: 9 } });
  });

  it('reads entities the rows came from or went to as counted distinct with no "distinct" word', () => {
    expect(readRowsAndDistinct('badges with over 40 door opens from more than 6 hosts', new SpanSet())).toEqual({
      rows: { operator: 'gt', value: 40 },
      distinct: { operator: 'gt', value: 6 },
      of: 'host',
    });
    expect(readRowsAndDistinct('badges with over 40 opens and more than 6 hosts', new SpanSet())).toBeNull();
  });

  it('reads nothing from one threshold alone, or two with no distinct count', () => {
    expect(readRowsAndDistinct('badges with over 40 door opens', new SpanSet())).toBeNull();
    expect(readRowsAndDistinct('badges from more than 6 distinct hosts', new SpanSet())).toBeNull();
    expect(readRowsAndDistinct('badges with over 40 opens and more than 3 alarms', new SpanSet())).toBeNull();
  });
});

describe('readShape (acting accounts, "and which" keys, people)', () => {
  it('reads the acting or initiating account as the actor', () => {
    expect(shape('group membership changes this month, number per acting user').groupBy).toEqual(['actor']);
    expect(subjectKind('initiating accounts')).toBe('actor');
  });

  it('reads a key asked with "and which" after a grouping as a key too', () => {
    expect(shape('count of disabled accounts per user and which dc').groupBy).toEqual(['user', 'host']);
  });

  it('reads short words for people as users', () => {
    expect(subjectKind('ppl')).toBe('user');
    expect(subjectKind('individuals')).toBe('user');
  });

  it('counts "individual" or "separate" entities once each', () => {
    expect(shape('number of individual hosts that beaconed out').measure).toEqual({
      kind: 'distinct_count',
      of: 'host',
    });
    expect(shape('how many separate users reset a password').measure).toEqual({ kind: 'distinct_count', of: 'user' });
  });

  it('should group by the noun said before "with the most …" and rank by what follows', () => {
    const isColumn = (word: string) => word === 'region' || word === 'vendor';
    expect(readShape('regions with the most new stores this spring', new SpanSet(), isColumn)).toMatchObject({
      groupBy: ['region'],
      order: { by: 'measure', direction: 'desc' },
    });
    expect(readShape('vendors having the fewest late shipments', new SpanSet(), isColumn)).toMatchObject({
      groupBy: ['vendor'],
      order: { by: 'measure', direction: 'asc' },
    });
    // "with the most recent …" is no ranking of the noun before.
    expect(shape('tickets with the most recent update first').groupBy).toEqual([]);
    // A number before the noun keeps that many of them.
    expect(readShape('the 4 vendors with the most late shipments', new SpanSet(), isColumn)).toMatchObject({
      groupBy: ['vendor'],
      limit: 4,
    });
    // So does one spelt out.
    expect(readShape('the five vendors with the most late shipments', new SpanSet(), isColumn)).toMatchObject({
      groupBy: ['vendor'],
      limit: 5,
    });
    expect(shape('the twelve source addresses with the most failed authentications').limit).toBe(12);
  });

  it('should rank the noun said before a verb of what it did the most, by money when the verb moves money', () => {
    const isColumn = (word: string) => word === 'vendor';
    expect(readShape('the 6 vendors that earned the most', new SpanSet(), isColumn)).toMatchObject({
      measure: { kind: 'sum', of: 'revenue' },
      groupBy: ['vendor'],
      limit: 6,
      order: { by: 'measure', direction: 'desc' },
    });
    expect(readShape('which vendors bring in the most cash', new SpanSet(), isColumn).measure).toEqual({
      kind: 'sum',
      of: 'revenue',
    });
    // One subject and the verb of what it did: the subject alone, not the verb read as a column.
    expect(readShape('which customer paid the most', new SpanSet(), (w) => w === 'paid').groupBy).toEqual(['customer']);
    expect(readShape('top 2 vendors by cash taken', new SpanSet(), isColumn).measure).toEqual({
      kind: 'sum',
      of: 'revenue',
    });
  });

  it('should rank plural subjects by their money summed ("stores with the highest spend")', () => {
    expect(shape('stores that have the highest spend')).toMatchObject({
      measure: { kind: 'sum', of: 'spend' },
      groupBy: ['store'],
      order: { by: 'measure', direction: 'desc' },
    });
  });

  it('should rank by money moved for "spent the most" and "brought in the least", not by a count', () => {
    expect(shape('which patrons spent the most at the fair')).toMatchObject({
      measure: { kind: 'sum', of: 'spend' },
      order: { by: 'measure', direction: 'desc' },
    });
    expect(shape('top 3 stalls that brought in the least').measure).toEqual({ kind: 'sum', of: 'revenue' });
    expect(shape('which tenants owe the most').measure).toEqual({ kind: 'sum', of: 'owed' });
    // A number of things done is no money: "paid the most times" stays a count.
    expect(shape('riders who paid the most times').measure).not.toEqual({ kind: 'sum', of: 'revenue' });
    // Records counted after it are no money either: "generated the most alerts", "the most ticket_closed events".
    expect(shape('kiosks that generated the most alerts').measure).not.toEqual({ kind: 'sum', of: 'revenue' });
    expect(shape('clerks who generated the most shift_swapped events').measure).not.toEqual({
      kind: 'sum',
      of: 'revenue',
    });
  });
});

describe('readShape: calendar quarters and years, and a count named before its noun', () => {
  it('buckets by quarter or year as whole calendar months', () => {
    expect(shape('takings per quarter since 2024').timeBucket).toEqual({ unit: 'month', size: 3, seconds: 7_776_000 });
    expect(shape('quarterly refunds').timeBucket).toEqual({ unit: 'month', size: 3, seconds: 7_776_000 });
    expect(shape('signups by year').timeBucket).toEqual({ unit: 'month', size: 12, seconds: 31_104_000 });
  });

  it('reads "per year" after a count as a rate, and "year-end" as no bucket', () => {
    expect(shape('members with over 4 visits per year').timeBucket).toBeNull();
    expect(shape('stock by year-end').timeBucket).toBeNull();
  });

  it('counts the entity said before "count"', () => {
    expect(shape('order count per region').measure).toEqual({ kind: 'count', of: 'order' });
    expect(shape('weekly customer count').measure).toEqual({ kind: 'count', of: 'customer' });
  });
});

describe('readShape: ranked nouns after a source name, names of a kind, volumes of data', () => {
  it('ranks the noun after a product or log source said before it', () => {
    expect(shape('top 3 okta applications this month').groupBy).toEqual(['app']);
    expect(shape('the 4 most common sysmon parent processes yesterday').groupBy).toEqual(['parent_process']);
    expect(shape('top 7 cloudtrail result codes since monday').groupBy).toEqual(['error_code']);
    expect(shape('top 4 entra sign-in failure reasons this week').groupBy).toEqual(['error_code']);
  });

  it('keeps the word before "name" as whose name it is', () => {
    expect(subjectKind('policy names')).toBe('policy name');
    expect(shape('top 6 cloudtrail event names this week').groupBy).toEqual(['event name']);
  });

  it('sums the bytes moved when a volume is asked per period or per group', () => {
    expect(shape('how much data left toward 198.51.100.23 each hour (bytes out)').measure).toEqual({
      kind: 'sum',
      of: 'bytes out',
    });
    expect(shape('hourly data received from the vendor range').measure).toEqual({ kind: 'sum', of: 'bytes in' });
    expect(shape('how much traffic came in from 192.0.2.44 on sunday').measure).toEqual({
      kind: 'sum',
      of: 'bytes in',
    });
    expect(shape('how many megabytes did the kiosk pull down over the weekend').measure).toEqual({
      kind: 'sum',
      of: 'bytes',
    });
    expect(shape('how much did the build agent upload each night').measure).toEqual({ kind: 'sum', of: 'bytes out' });
    expect(shape('egress volume per subnet last night').measure).toEqual({ kind: 'sum', of: 'bytes out' });
    // A count asked in so many words, or bytes shown on listed rows, is no sum.
    expect(shape('how many sessions per hour had bytes sent above zero').measure?.kind).not.toBe('sum');
    expect(shape('list the sessions to 192.0.2.44 with their bytes out').measure).toBeNull();
  });

  it('reads a top N of groups said to be by money as that money summed, a top N of records as no sum', () => {
    expect(shape('CHF billed across spring, top 6 clients by amount')).toMatchObject({
      measure: { kind: 'sum', of: 'amount' },
      limit: 6,
      order: { by: 'measure', direction: 'desc' },
    });
    expect(shape('bottom 3 regions by their total value last winter').measure).toEqual({ kind: 'sum', of: 'value' });
    expect(shape('top 9 tickets by amount').measure).toEqual({ kind: 'count', of: null });
    expect(shape('top 4 regions by number of orders').measure?.kind).toBe('count');
  });

  it('reads the noun averaged apart from the "per" or "each" of its grouping', () => {
    expect(shape('mean payment per courier in July').measure).toEqual({ kind: 'avg', of: 'payment' });
    expect(shape('avg refund each week').measure).toEqual({ kind: 'avg', of: 'refund' });
    expect(shape('average billing address changes').measure?.of).toBe('billing address');
  });

  it('reads "what did … pay" and "how much did … pay" as the money paid, summed', () => {
    expect(shape('what did each franchise pay us across spring').measure).toEqual({ kind: 'sum', of: 'paid' });
    expect(shape('how much did the wholesalers pay in March').measure).toEqual({ kind: 'sum', of: 'paid' });
    expect(shape('what did the kiosks pay for').measure).toBeNull();
  });

  it('reads a bare "by currency" as a breakdown', () => {
    expect(shape('takings last weekend by currency').groupBy).toEqual(['currency']);
  });
});

describe('readShape (money made, and how a value is worked out)', () => {
  it('reads "made the most money" as a ranking by the money brought in', () => {
    expect(shape('which 3 customers made the most money in spring')).toMatchObject({
      measure: { kind: 'sum', of: 'revenue' },
      order: { by: 'measure', direction: 'desc' },
      limit: 3,
    });
    expect(shape('which 2 customers brought the most cash in autumn').measure).toEqual({ kind: 'sum', of: 'revenue' });
    expect(shape('which clerks made the most refunds').measure).toEqual({ kind: 'count', of: null });
  });

  it('ranks the noun of a known key after a word that only says which kind ("which 2 cheese categories")', () => {
    const isColumn = (word: string) => word === 'category';
    expect(readShape('which 2 cheese categories earned the most', new SpanSet(), isColumn).groupBy).toEqual([
      'category',
    ]);
  });

  it('reads "count it from the lines" as how to work the value out, not as a count', () => {
    expect(shape('which 4 aisles earned the most in May? count it from the receipt lines').measure).toEqual({
      kind: 'sum',
      of: 'revenue',
    });
    expect(shape('lockouts at the depots today, count them by depot').measure).toEqual({ kind: 'count', of: null });
  });

  it('reads a total broken down beside records of money as their amount summed', () => {
    expect(shape('refunded bookings last week, total per currency').measure).toEqual({ kind: 'sum', of: 'amount' });
    expect(shape('denied connections today, total per gateway').measure).toBeNull();
  });

  it('reads how many containers of goods were sold as the quantity summed, per each one of a key', () => {
    expect(shape('how many jars did we sell of every product since june')).toMatchObject({
      measure: { kind: 'sum', of: 'quantity' },
      groupBy: ['product'],
    });
    expect(shape('number of crates shipped per warehouse').measure).toEqual({ kind: 'sum', of: 'quantity' });
    expect(shape('how many tins of each product in the tea range did we sell in May').measure).toEqual({
      kind: 'sum',
      of: 'quantity',
    });
    expect(shape('how many boxes were opened at the depot').measure).not.toEqual({ kind: 'sum', of: 'quantity' });
  });
});

describe('subjectKind, trade names for customers', () => {
  it('reads who a business serves, by its trade name, as customers', () => {
    expect(subjectKind('passengers')).toBe('customer');
    expect(subjectKind('donor')).toBe('customer');
    expect(subjectKind('patrons')).toBe('customer');
    expect(subjectKind('advertisers')).toBe('customer');
    expect(subjectKind('sponsor')).toBe('customer');
  });
});

describe('readShape, groups kept by a bare comparison', () => {
  it('reads "only <key>s over N" as a threshold on the groups of a key grouped by before', () => {
    expect(shape('bookings per region this spring, only regions over 8').having).toEqual({ operator: 'gt', value: 8 });
    expect(shape('tickets by team; keep the teams at least 4').having).toEqual({ operator: 'gte', value: 4 });
  });

  it('reads a total of bytes with a direction said as the sum of the bytes that way', () => {
    expect(shape('total bytes in for each dest port').measure).toEqual({ kind: 'sum', of: 'bytes in' });
    expect(shape('total outbound bytes per sensor').measure).toEqual({ kind: 'sum', of: 'bytes out' });
    expect(shape('total bytes per sensor').measure).toEqual({ kind: 'sum', of: 'bytes' });
  });

  it('reads no threshold when the noun is no key grouped by (a value of each row)', () => {
    expect(shape('parcels sent last week, only parcels above 300').having).toBeNull();
  });
});

describe('readShape: a ranking kept within each group', () => {
  const isColumn = (word: string) => ['region', 'segment', 'brand'].includes(word);

  it('reads the group after the ranked measure as a key beside the ranked subject', () => {
    for (const text of ['top 4 vendors by payout in each region', 'top 4 vendors by payout for every region'])
      expect(readShape(text, new SpanSet(), isColumn)).toMatchObject({ groupBy: ['vendor', 'region'], limit: 4 });
  });

  it('reads a group after a ranked measure of two words ("units shipped per brand")', () => {
    expect(readShape('top 6 items by units shipped per brand', new SpanSet(), isColumn).groupBy).toContain('brand');
  });
});

describe('readShape: an average that a measure is held to', () => {
  it('reads no average measure from "above the average" or "less than the mean"', () => {
    for (const text of ['vendors whose payout is above the average', 'vendors paid less than the mean vendor'])
      expect(readShape(text, new SpanSet(), () => false).measure?.kind).not.toBe('avg');
    expect(readShape('average payout per vendor', new SpanSet(), () => false).measure?.kind).toBe('avg');
  });
});

describe('readShape (bytes and where the data is held)', () => {
  it('reads "traffic in Splunk" as a place, and sums the bytes the question says were sent', () => {
    expect(
      shape('from the firewall traffic in Splunk, the total bytes sent to 198.51.100.1 by each source').measure,
    ).toEqual({ kind: 'sum', of: 'bytes out' });
  });

  it('reads the direction of a verb said after the place ("data in splunk ... did each host send")', () => {
    expect(shape('from the firewall data in splunk, how many bytes did each host send to 203.0.113.9').measure).toEqual(
      { kind: 'sum', of: 'bytes out' },
    );
  });

  it('still reads "bytes in" said as a direction', () => {
    expect(shape('total bytes in per host today').measure).toEqual({ kind: 'sum', of: 'bytes in' });
  });
});

describe('readShape (money spent by a group, and money added up)', () => {
  const isColumn = (word: string) => ['segment', 'country', 'category'].includes(word);

  it('groups "how much did each customer segment spend" by the column the second word names, a sum of spend', () => {
    const read = readShape('How much did each customer segment spend with us this year?', new SpanSet(), isColumn);
    expect(read.groupBy).toEqual(['segment']);
    expect(read.measure).toEqual({ kind: 'sum', of: 'spend' });
    // The entity's next word a verb: the entity itself.
    expect(readShape('how many times did each device connect today', new SpanSet(), isColumn).groupBy).toEqual([
      'host',
    ]);
  });

  it('reads a combined or cumulative amount as a sum, not a maximum', () => {
    expect(shape('the ten customers with the highest combined order value in November').measure).toEqual({
      kind: 'sum',
      of: 'order value',
    });
    expect(shape('top 5 customers by cumulative spend this year').measure).toEqual({ kind: 'sum', of: 'spend' });
    expect(shape('the highest order value in November').measure?.kind).toBe('max');
  });
});

describe('readShape (a column named after its table)', () => {
  it('groups "per budget category", "per invoice status" by the column the second word names', () => {
    const isColumn = (word: string) => ['category', 'status', 'department'].includes(word);
    expect(readShape('spend per budget category this year', new SpanSet(), isColumn).groupBy).toEqual(['category']);
    expect(readShape('invoices per invoice status this month', new SpanSet(), isColumn).groupBy).toEqual(['status']);
  });
});
