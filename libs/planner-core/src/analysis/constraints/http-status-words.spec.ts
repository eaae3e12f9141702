import { spellOutHttpStatuses } from './http-status-words';

describe('spellOutHttpStatuses', () => {
  it.each([
    ["pages giving customers 'page not found' errors today", 'pages giving customers 404 errors today'],
    ['urls that threw "internal server error" responses', 'urls that threw 500 responses'],
    ['pages that gave visitors bad gateway errors', 'pages that gave visitors 502 errors'],
    ['how many Service Unavailable responses since noon', 'how many 503 responses since noon'],
    ['clients getting too many requests errors', 'clients getting 429 errors'],
  ])('writes "%s" as "%s"', (text, expected) => {
    expect(spellOutHttpStatuses(text)).toBe(expected);
  });

  it.each([
    'the file was not found on the server',
    'servers with the most errors',
    "the error 'bad gateway on the proxy' in the ticket",
    'how many requests did the api get',
  ])('leaves "%s" as it is', (text) => {
    expect(spellOutHttpStatuses(text)).toBe(text);
  });
});
