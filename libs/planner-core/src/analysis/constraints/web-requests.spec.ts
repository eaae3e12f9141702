import { readWebRequests } from './web-requests';
import { SpanSet } from './value-hit';

const proxy = { table: 'proxy_logs', columns: ['ts', 'client', 'verb', 'uri', 'agent_string'] };
const access = { table: 'access', columns: ['time', 'cs_method', 'cs_uri', 'UserAgent'] };
const read = (text: string, tables = [access]) =>
  readWebRequests(text, tables, new SpanSet()).map((h) => [h.kind, h.value, h.hint ?? null, h.operator ?? null]);

describe('readWebRequests', () => {
  it('reads an HTTP method in capitals, before a word of requesting, or after "method"', () => {
    expect(read('PUT calls to the storage api today')).toEqual([['text', 'PUT', 'access.cs_method', null]]);
    expect(read('count delete requests per client')).toEqual([['text', 'DELETE', 'access.cs_method', null]]);
    expect(read('web hits with method patch', [proxy])).toEqual([['text', 'PATCH', 'proxy_logs.verb', null]]);
  });

  it('reads a method in capitals written as a plural noun ("POSTs to …"), and no method from a lower-case noun', () => {
    expect(read('web PUTs to /api/v2/items today')).toEqual([
      ['text', 'PUT', 'access.cs_method', null],
      ['url', '/api/v2/items', null, 'contains'],
    ]);
    expect(read('web requests about blog posts')).toEqual([]);
  });

  it('reads a method written as a verb: in capitals ("PUTting"), or posting to a page in any case', () => {
    expect(read('hosts PUTting to /uploads/tmp on the site')).toContainEqual(['text', 'PUT', 'access.cs_method', null]);
    expect(read('bots POSTed junk to /api/cart this week')).toContainEqual(['text', 'POST', 'access.cs_method', null]);
    expect(read('web clients posting forms to /signup today')).toContainEqual([
      'text',
      'POST',
      'access.cs_method',
      null,
    ]);
    expect(read('web team posted an update about the site')).toEqual([]);
  });

  it('should read no method from an ordinary verb or outside web traffic', () => {
    expect(read('get me the web requests from yesterday')).toEqual([]);
    expect(read('DELETE operations on the storage account')).toEqual([]);
  });

  it('reads a path that names a resource, or one the words before it point at', () => {
    expect(read('requests for /admin/backup.zip this week')).toEqual([['url', '/admin/backup.zip', null, 'contains']]);
    expect(read('web hits on /api/v2/export')).toEqual([['url', '/api/v2/export', null, 'contains']]);
    expect(read('requests to /console from outside')).toEqual([['url', '/console', null, 'contains']]);
  });

  it('reads a path said with the status its requests got, with no word of web traffic', () => {
    expect(read('browsers getting 451 from /press/archive since noon')).toEqual([
      ['url', '/press/archive', null, 'contains'],
    ]);
    expect(read('files under /srv/share/box since noon')).toEqual([]);
  });

  it('reads a page named by its word as a part of the URL asked for', () => {
    expect(read('PUT requests to the signup page per client')).toEqual([
      ['text', 'PUT', 'access.cs_method', null],
      ['url', 'signup', null, 'contains'],
    ]);
    expect(read('web hits on our pricing pages last night')).toEqual([['url', 'pricing', null, 'contains']]);
  });

  it('should read no page from a word that names none ("the home page", "the most visited pages")', () => {
    expect(read('web hits on the home page')).toEqual([]);
    expect(read('the most visited pages on the web tier')).toEqual([]);
  });

  it('reads a path said as the subject of what the web server did with it', () => {
    expect(read('how often did /cart respond with 502 on the web tier')).toEqual([['url', '/cart', null, 'contains']]);
    expect(read('web errors: /signup threw 500s all night')).toEqual([['url', '/signup', null, 'contains']]);
  });

  it('should read no path from "and/or", a network range or a date', () => {
    expect(read('web requests and/or responses from 10.0.0.0/8 on 11/05')).toEqual([]);
  });

  it('reads a client named in the user agent, before or after the words', () => {
    expect(read('web requests with nikto in the user agent')).toEqual([
      ['text', 'nikto', 'access.UserAgent', 'contains'],
    ]);
    expect(read('user agent containing python-requests', [proxy])).toEqual([
      ['text', 'python-requests', 'user agent', 'contains'],
    ]);
    expect(read('wpscan user agents against the blog')).toEqual([['text', 'wpscan', 'access.UserAgent', 'contains']]);
  });

  it('reads each client of a list named in the user agent, before or after the words', () => {
    expect(read('hits with curl or wget in the user agent')).toEqual([
      ['text', 'curl', 'access.UserAgent', 'contains'],
      ['text', 'wget', 'access.UserAgent', 'contains'],
    ]);
    expect(read('user agent matching zgrab, masscan or go-http-client', [proxy])).toEqual([
      ['text', 'zgrab', 'user agent', 'contains'],
      ['text', 'masscan', 'user agent', 'contains'],
      ['text', 'go-http-client', 'user agent', 'contains'],
    ]);
  });

  it('should read a word of time after a list of clients as a client', () => {
    expect(read('hits whose user agent contains zgrab or masscan, past 12 hours')).toEqual([
      ['text', 'zgrab', 'access.UserAgent', 'contains'],
      ['text', 'masscan', 'access.UserAgent', 'contains'],
    ]);
  });

  it('should read no word of the request before a list of clients as a client', () => {
    expect(read('any requests or curl in the user agent')).toEqual([['text', 'curl', 'access.UserAgent', 'contains']]);
  });

  it('should read no client from a word that names none ("anything in the user agent")', () => {
    expect(read('anything odd in the user agent of web requests')).toEqual([]);
  });

  it('reads a page named by a word as a part of the path, not a word that only says which page', () => {
    expect(read('PUT calls to the profile page since noon', [])).toEqual([
      ['text', 'PUT', 'http method', null],
      ['url', 'profile', null, 'contains'],
    ]);
    expect(read('web errors on the billing portal by status', [])).toEqual([['url', 'billing', null, 'contains']]);
    expect(read('requests to the home page and the same page again', [])).toEqual([]);
  });
});
