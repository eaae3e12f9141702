import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';
import { actingEndSide, namedEndSide, negatedMotionAt, pronounEndSide, saysMotionTo } from './traffic-direction';

const flows: TableColumns = { table: 'flows', columns: ['ts', 'src_ip', 'dest_ip', 'dest_port', 'verdict'] };
const ipFilters = (text: string) =>
  extractConstraints({ text, tables: [flows] })
    .filters.filter((f) => f.kind === 'ip')
    .map((f) => [f.operator, f.field, f.values]);
const rangeFilters = (text: string) =>
  extractConstraints({ text, tables: [flows] })
    .filters.filter((f) => f.kind === 'cidr' || f.kind === 'ip')
    .map((f) => [f.field, f.values]);

describe('traffic direction', () => {
  it('reads a verb of motion and the far end named in words as the way to a destination', () => {
    expect(saysMotionTo('packets heading to the mail relays ')).toBe(true);
    expect(saysMotionTo('queries sent to our ')).toBe(true);
    expect(saysMotionTo('logons from ')).toBe(false);
  });

  it('finds where a negated phrase of motion begins, and none in a plain one', () => {
    expect(negatedMotionAt('lookups that are not sent to the name servers ')).toBe(17);
    expect(negatedMotionAt("flows that weren't heading to ")).toBe(11);
    expect(negatedMotionAt('flows heading to the proxies ')).toBe(-1);
    expect(negatedMotionAt("logons that didn't come from the lab subnet ")).toBe(12);
    expect(negatedMotionAt('logons coming from the lab subnet ')).toBe(-1);
  });

  it('should read addresses the traffic does not go to as destinations it is not', () => {
    expect(ipFilters('connections on port 123 NOT heading to the time servers 192.0.2.1 or 192.0.2.2 today')).toEqual([
      ['not_in', 'dest_ip', ['192.0.2.1', '192.0.2.2']],
    ]);
  });

  it('keeps an address listed after a destination on the destination side', () => {
    expect(ipFilters('flows to 198.51.100.7 and 198.51.100.8 this week')).toEqual([
      ['in', 'dest_ip', ['198.51.100.7', '198.51.100.8']],
    ]);
  });

  it('puts a network named after a side of the traffic on that side', () => {
    expect(rangeFilters('denied flows to port 5432 inside the db vlan 10.70.0.0/20 this week')).toEqual([
      ['dest_ip', ['10.70.0.0/20']],
    ]);
    expect(rangeFilters('from 203.0.113.9 to port 25 within our mail segment 10.4.4.0/24')).toEqual([
      ['src_ip', ['203.0.113.9']],
      ['dest_ip', ['10.4.4.0/24']],
    ]);
    expect(rangeFilters('flows from printers on the office network 10.8.0.0/16 to port 9100')).toEqual([
      ['src_ip', ['10.8.0.0/16']],
    ]);
    expect(rangeFilters('sessions to port 5900 on machines in 172.31.0.0/16')).toEqual([
      ['dest_ip', ['172.31.0.0/16']],
    ]);
  });

  it('reads an address traffic goes into as its destination', () => {
    expect(rangeFilters('sessions into the 10.33.0.0/16 range overnight')).toEqual([['dest_ip', ['10.33.0.0/16']]]);
  });

  it('reads an end of the traffic said with no verb, or named in words, as that side', () => {
    expect(namedEndSide('dropped telnet towards the print spooler ')).toBe('destination');
    expect(namedEndSide('scans against our mail relay ')).toBe('destination');
    expect(namedEndSide('sessions from the lobby kiosk ')).toBe('source');
    expect(namedEndSide('brute force targeting ')).toBe('destination');
    // The nearest end is the address's: "to vpn" said before "from" names no far end of it.
    expect(namedEndSide('sign-ins to vpn from ')).toBe('source');
    expect(namedEndSide('port 25 seen on ')).toBeNull();
  });

  it('should put an address after a named far end on the destination side, and after a named origin on the source side', () => {
    expect(ipFilters('rejected telnet toward the badge controller 172.20.3.9 this morning')).toEqual([
      ['eq', 'dest_ip', ['172.20.3.9']],
    ]);
    expect(ipFilters('outbound flows from the lab printer 172.20.3.40 since noon')).toEqual([
      ['eq', 'src_ip', ['172.20.3.40']],
    ]);
  });

  it('reads an address taken up again by a pronoun after it on the side the pronoun says', () => {
    expect(pronounEndSide(' was reported as a c2 node; any sessions made towards it?')).toBe('destination');
    expect(pronounEndSide(' is a known scanner, show flows coming from it')).toBe('source');
    expect(pronounEndSide(' appears in the ticket, what happened to it')).toBeNull();
    expect(ipFilters('the feed lists 192.0.2.150: anything connecting to it over the weekend?')).toEqual([
      ['eq', 'dest_ip', ['192.0.2.150']],
    ]);
  });
});

describe('traffic direction: an address that does what traffic does', () => {
  it('reads an address right before a verb of traffic as the end it came from', () => {
    expect(actingEndSide(' probing tcp 22 on the dmz')).toBe('source');
    expect(actingEndSide(' has been beaconing out every minute')).toBe('source');
    expect(actingEndSide(' keeps contacting the vault')).toBe('source');
    expect(actingEndSide(' in the last hour')).toBeNull();
    expect(actingEndSide(' was blocked twice')).toBeNull();
  });

  it('puts it on the source column', () => {
    expect(ipFilters('did 198.51.100.23 hit port 25 on the relays today')).toEqual([
      ['eq', 'src_ip', ['198.51.100.23']],
    ]);
    expect(ipFilters('is 10.40.1.9 connecting to the sql boxes on 1434')).toEqual([['eq', 'src_ip', ['10.40.1.9']]]);
  });
});

describe('traffic direction: an address said with no side', () => {
  it('puts it on no one column of a log that keeps both ends apart', () => {
    expect(ipFilters('any flows involving 192.0.2.44 since monday')).toEqual([['eq', null, ['192.0.2.44']]]);
    expect(rangeFilters('denied traffic for 198.18.0.0/15 this week')).toEqual([[null, ['198.18.0.0/15']]]);
  });

  it('keeps a side said, and the one address column of a log with no two ends', () => {
    expect(ipFilters('flows to 192.0.2.44 since monday')).toEqual([['eq', 'dest_ip', ['192.0.2.44']]]);
    const logons: TableColumns = { table: 'logons', columns: ['ts', 'user', 'IpAddress'] };
    const c = extractConstraints({ text: 'logons involving 192.0.2.44 since monday', tables: [logons] });
    expect(c.filters.filter((f) => f.kind === 'ip').map((f) => f.field)).toEqual(['IpAddress']);
  });
});
