import { looksLikeLogonName } from './logon-name';

describe('looksLikeLogonName', () => {
  it('accepts an initial written before a surname, with or without a short number', () => {
    for (const name of ['dkaur', 'rwalsh7', 'pjames', 'hnakamura', 'vdoyle12'])
      expect(looksLikeLogonName(name)).toBe(true);
  });

  it('rejects English words, products, field names and machine names', () => {
    for (const word of [
      'street',
      'through',
      'admins',
      'gmail',
      'vcenter',
      'mysql',
      'srcaddr',
      'dsthost',
      'dc01',
      'sftp',
      'ntlm',
      'wdigest',
      'nslookup',
      'Dkaur',
      'dkr',
    ])
      expect(looksLikeLogonName(word)).toBe(false);
  });
});
