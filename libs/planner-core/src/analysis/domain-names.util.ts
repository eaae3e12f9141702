import ianaTlds from 'tlds';

/**
 * Top-level domains a name in a question is read as a domain by: the common generic and country endings, and newer
 * generic ones firms and campaigns use. Not the full IANA list: many of its endings are file extensions people write
 * in questions (".zip", ".sh", ".py", ".mov"), which must stay files.
 */
export const TLDS: readonly string[] = [
  'com',
  'net',
  'org',
  'io',
  'gov',
  'edu',
  'mil',
  'info',
  'biz',
  'co',
  'us',
  'uk',
  'de',
  'fr',
  'ru',
  'cn',
  'jp',
  'au',
  'ca',
  'in',
  'br',
  'nl',
  'eu',
  'ch',
  'it',
  'es',
  'se',
  'no',
  'pl',
  'be',
  'at',
  'dk',
  'fi',
  'ie',
  'nz',
  'kr',
  'tw',
  'hk',
  'sg',
  'ua',
  'ir',
  'kp',
  'tk',
  'xyz',
  'top',
  'online',
  'site',
  'club',
  'app',
  'dev',
  'cloud',
  'local',
  'corp',
  'lan',
  'internal',
  'example',
  'test',
  'onion',
  'ms',
  'ly',
  'me',
  'tv',
  'cc',
  'ai',
  'gg',
  // Country endings often seen in tunnels, dynamic DNS and phishing ("loca.lt"), none a common file's extension.
  ...['lt', 'lv', 'ee', 'su', 'to', 'ws', 'pw', 'cz', 'sk', 'ro', 'hu', 'pt', 'gr', 'tr', 'il', 'za', 'mx', 'ar'],
  ...['cl', 'vn', 'ng', 'ke', 'ae', 'kz', 'si', 'bg', 'lu', 'li', 'fm', 'la', 'cf', 'ga', 'gq', 'icu', 'buzz'],
  // Generic endings companies name their sites and APIs under ("api.studio.games", "pay.acme.shop"), none a word a
  // column or a file ends in.
  ...['games', 'shop', 'store', 'tech', 'studio', 'agency', 'solutions', 'digital', 'academy', 'finance', 'health'],
  // Sponsored and older generic endings ("techlog.example.aero", "jobs.example.museum").
  ...['aero', 'travel', 'museum', 'coop', 'jobs', 'mobi', 'pro', 'int', 'asia', 'name'],
  // More generic endings firms and campaigns use ("portal.fenwright.design", "get.offer.click"), none a file's extension.
  ...['design', 'art', 'blog', 'news', 'media', 'email', 'live', 'world', 'life', 'page', 'link', 'click', 'space'],
  ...['website', 'global', 'group', 'network', 'systems', 'software', 'services', 'company', 'works', 'zone', 'fun'],
  ...['host', 'cyou', 'rest', 'win', 'bid', 'loan', 'work', 'party', 'review', 'stream', 'science', 'support'],
];

/**
 * Endings of the IANA list that are also the extensions of files people name in questions (`run.sh`, `notes.md`,
 * `payload.zip`, `lib.so`): a name of three parts or more ending so is still read as a file.
 */
const FILE_EXTENSIONS: ReadonlySet<string> = new Set(['zip', 'mov', 'sh', 'py', 'rs', 'md', 'so', 'pm', 'ps']);
const MORE_FILE_EXTENSIONS: ReadonlySet<string> = new Set(['cab', 'one', 'java', 'run', 'show', 'pub', 'ink']);

/**
 * Every other ending of the IANA root zone list (the `tlds` package, kept in step with IANA), in ASCII: a name of three
 * parts or more ending in one is a domain ("tickets.glenmorrow.ski", "api.shop.example.bank"); two parts are not enough
 * there, since chat joins words with a dot ("logins.show them") and many endings are English words.
 */
const OTHER_TLDS: readonly string[] = ianaTlds
  .filter((tld) => /^[a-z]+$/.test(tld) && !TLDS.includes(tld))
  .filter((tld) => !FILE_EXTENSIONS.has(tld) && !MORE_FILE_EXTENSIONS.has(tld))
  // Longest first, so an ending is not cut at a shorter one it starts with.
  .sort((a, b) => b.length - a.length);

/** One part of a domain name. */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';

/**
 * A dotted domain name ("promo.deals.com", "portal.fenwright.design", "tickets.glenmorrow.ski"), not part of an email
 * address or a longer word. Global: shared with the value reader (`literal-values.ts`); each caller resets
 * `lastIndex` or uses `replace`.
 */
export const DOMAIN_NAME = new RegExp(
  `(?<![\\w.@-])(?:(?:${LABEL}\\.){1,8}(?:${TLDS.join('|')})|(?:${LABEL}\\.){2,8}(?:${OTHER_TLDS.join('|')}))(?![\\w-]|\\.[A-Za-z0-9])`,
  'gi',
);

/**
 * An email address (`j.ferreira@callowaygrand.com`). Global: shared with the value reader (`literal-values.ts`); each
 * caller resets `lastIndex` or uses `replace`.
 */
export const EMAIL_ADDRESS = /(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;

/** Characters read for domain names. */
const MAX_TEXT = 4_000;

/**
 * The text with domain names blanked (same length): the words of a name ("deals" in "promo.deals.com", "mail" in
 * "mail.contoso.com") name a host, not what the question asks about.
 */
export function withoutDomainNames(text: string): string {
  if (!text.includes('.')) return text;
  const head = text.slice(0, MAX_TEXT);
  return head.replace(DOMAIN_NAME, (name) => ' '.repeat(name.length)) + text.slice(MAX_TEXT);
}

/**
 * The text with email addresses blanked (same length): an address names one mailbox or account; the words of its
 * local part ("office" in "office@brookmere.sch.uk", "sales" in "sales@…") ask nothing of a product or a table.
 */
export function withoutEmailAddresses(text: string): string {
  if (!text.includes('@')) return text;
  const head = text.slice(0, MAX_TEXT);
  return head.replace(EMAIL_ADDRESS, (address) => ' '.repeat(address.length)) + text.slice(MAX_TEXT);
}
