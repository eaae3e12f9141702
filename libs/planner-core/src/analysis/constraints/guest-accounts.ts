import { scan, type SpanSet, type ValueHit } from './value-hit';

/** The mark Entra ID puts in a guest's user principal name (`alice_partner.com#EXT#@contoso.onmicrosoft.com`). */
const GUEST_MARK = '#EXT#';
/**
 * "#EXT#" written, or guests said to be external or of a Microsoft tenant ("external guest accounts", "B2B guests"),
 * people from outside said as external users ("external collaborators"), or guests alone ("which guests opened …").
 */
const GUEST_WORDS =
  /#EXT#|\b(?:external|b2b)\s+guests?(?:\s+(?:users?|accounts?|identities))?\b|\bguest[\s-]+(?:users?|accounts?|identities|identity|upns?)\b|\b(?:external|b2b)\s+(?:users?|accounts?|identities|collaborators?|partners?|people)\b|\bguests\b/gi;
/**
 * Guests of a Microsoft tenant only (a product, sign-ins or logins, what a tenant checks at sign-in): a question about
 * another app's "guest" role, or Windows' built-in Guest account's logons, keeps that reading.
 */
const TENANT_CONTEXT =
  /#EXT#|\b(?:entra|azure\s+ad|aad|sharepoint|onedrive|teams|exchange|office\s*365|o365|m365|b2b|sign[\s-]?ins?|signed\s+in|log[\s-]?ins?|logged\s+in|conditional\s+access|mfa|multi[\s-]?factor)\b/i;

/**
 * Guests left out ("excluding guests", "no guest users", "non-guest accounts", "members only, not guests"): read
 * before the guests asked for, so the words are not taken for those.
 */
const GUESTS_LEFT_OUT =
  /\b(?:excluding|excl\.?|except(?:\s+for)?|without|not|no|ignor(?:e|ing)|other\s+than|apart\s+from|aside\s+from|leav(?:e|ing)\s+out|minus|filter(?:ing)?\s+out)\s+(?:the\s+|any\s+|all\s+)?(?:(?:external|b2b)\s+)?guests?(?:[\s-]+(?:users?|accounts?|identities|upns?))?\b|\bnon[\s-]?guests?(?:\s+(?:users?|accounts?|identities))?\b/gi;
/** The column Entra keeps a user's kind in (`Member`, `Guest`), and the value of a guest. */
const USER_TYPE_COLUMN = 'UserType';
const GUEST_TYPE = 'Guest';

/**
 * Guest accounts of a Microsoft tenant ("downloads by external guest accounts (#EXT#)"): a part of the
 * user's name, `#EXT#`, which Entra writes into every guest's UPN. Guests left out ("sign-ins excluding guests")
 * are those whose user type is not Guest: a table without that column says so rather than match on a name.
 */
export function readGuestAccounts(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!TENANT_CONTEXT.test(text)) return hits;
  scan(
    text,
    GUESTS_LEFT_OUT,
    taken,
    (m) => ({
      kind: 'text',
      value: GUEST_TYPE,
      start: m.index,
      end: m.index + m[0].length,
      operator: 'neq',
      hint: USER_TYPE_COLUMN,
    }),
    hits,
  );
  if (hits.length > 0) return hits.slice(0, 1);
  scan(
    text,
    GUEST_WORDS,
    taken,
    (m) => ({ kind: 'user', value: GUEST_MARK, start: m.index, end: m.index + m[0].length, operator: 'contains' }),
    hits,
  );
  return hits.slice(0, 1);
}
