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

  it('keeps email addresses, file names and words without a known ending', () => {
    for (const text of ['mail from bob@orders.contoso.com', 'runs of setup.exe and backup.zip', 'the orders table'])
      expect(withoutDomainNames(text)).toBe(text);
  });
});
