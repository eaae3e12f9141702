import { withoutDomainNames } from './domain-names.util';

describe('withoutDomainNames', () => {
  it.each([
    ['lookups of promo.deals.com today', 'lookups of                 today'],
    ['404s on portal.fenwright.design yday', '404s on                         yday'],
    ['mail from billing.orders.co.uk', 'mail from                     '],
  ])('blanks the domain in "%s", keeping every offset', (text, blanked) => {
    expect(withoutDomainNames(text)).toBe(blanked);
    expect(withoutDomainNames(text)).toHaveLength(text.length);
  });

  it('blanks a name of three parts or more under any IANA ending, and not two parts of words joined by a dot', () => {
    expect(withoutDomainNames('pages on tickets.glenmorrow.ski')).toBe('pages on                       ');
    expect(withoutDomainNames('failed logins.show them by host')).toBe('failed logins.show them by host');
    expect(withoutDomainNames('ran deploy.tools.sh and notes.v2.md')).toBe('ran deploy.tools.sh and notes.v2.md');
  });

  it('keeps email addresses, file names and words without a known ending', () => {
    for (const text of ['mail from bob@orders.contoso.com', 'runs of setup.exe and backup.zip', 'the orders table'])
      expect(withoutDomainNames(text)).toBe(text);
  });
});
