import { aQueryInput } from './query-input';
import { unheldProductNotes } from './unheld-products.util';

const schema = { indexes: { firewall: {}, wineventlog: {} }, sourcetypes: ['pan:traffic', 'WinEventLog:Security'] };

describe('unheldProductNotes', () => {
  it('says which vendor named as a source the schema holds nothing of', () => {
    const notes = unheldProductNotes(
      aQueryInput({ naturalLanguage: 'mfa denials from Zscaler or the firewall' }),
      schema,
    );
    expect(notes).toEqual([expect.stringMatching(/^no Zscaler source in the schema/)]);
  });

  it('says nothing of a vendor the schema holds', () => {
    const withPalo = { ...schema, description: 'Palo Alto firewall traffic' };
    expect(unheldProductNotes(aQueryInput({ naturalLanguage: 'blocked sessions on palo alto' }), withPalo)).toEqual([]);
  });

  it('says nothing of a vendor named as an application signed in to', () => {
    expect(unheldProductNotes(aQueryInput({ naturalLanguage: 'logons to the GitHub app this week' }), schema)).toEqual(
      [],
    );
  });

  it('says nothing when no vendor is named', () => {
    expect(unheldProductNotes(aQueryInput({ naturalLanguage: 'logon failures on kiosk-04' }), schema)).toEqual([]);
  });
});
