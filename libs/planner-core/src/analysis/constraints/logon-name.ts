import { ONE_WORD_PRODUCTS } from '../vocabulary';

/**
 * Pairs of consonants that open English words ("br", "st", "ch", "wr"). A lower-case word opening with another pair
 * ("dk", "rw", "pj") reads as an initial written before a surname: a logon name as a helpdesk types it.
 */
const ENGLISH_ONSETS: ReadonlySet<string> = new Set([
  'bl',
  'br',
  'ch',
  'cl',
  'cr',
  'dr',
  'dw',
  'fl',
  'fr',
  'gh',
  'gl',
  'gn',
  'gr',
  'kh',
  'kl',
  'kn',
  'kr',
  'ph',
  'pl',
  'pr',
  'ps',
  'rh',
  'sc',
  'sh',
  'sk',
  'sl',
  'sm',
  'sn',
  'sp',
  'sq',
  'st',
  'sw',
  'th',
  'tr',
  'ts',
  'tw',
  'wh',
  'wr',
]);

/**
 * An initial, a surname of three letters or more with a vowel in it, then at most a short number ("dkaur",
 * "rwalsh7"): `y` counts as a vowel, so "mysql" opens with a consonant and a vowel.
 */
const INITIAL_AND_SURNAME = /^[bcdfghjklmnpqrstvwxz]{2}[a-z]*[aeiouy][a-z]*(?:[1-9]\d?)?$/;
const MIN_LETTERS = 4;
const MAX_LENGTH = 24;

/** Parts of a field's name ("srcaddr", "dsthost", "hostname"): a column grouped or filtered by, never a person. */
const FIELD_PART =
  /^(?:src|dst|dest|sub|usr|msg|pkt|req|res|ctx|cfg)|(?:addr|host|port|name|code|type|count|bytes|time)$/;

/** Products named in lower case that open with such a pair ("vmware", "gmail"): what is logged into, not who. */
const PRODUCT_NAMES: ReadonlySet<string> = new Set([
  ...ONE_WORD_PRODUCTS,
  'gmail',
  'gcloud',
  'vcenter',
  'vsphere',
  'cpanel',
  'pfsense',
  'pgadmin',
  'wsus',
  'rdweb',
  'mstsc',
  'lsass',
  'svchost',
  'msiexec',
  'vscode',
  'mcafee',
  'ldap',
  'ldaps',
  // Windows tools and credential techniques said in account questions ("was wdigest enabled", "did dcsync run").
  'dcsync',
  'dcshadow',
  'pwdump',
  'lsadump',
  'wdigest',
  'ntlmrelay',
  'ntlmrelayx',
  'wmic',
  'wmiexec',
  'wmiprvse',
  'dsquery',
  'csvde',
  'ldifde',
  'nltest',
  'nslookup',
  'vssadmin',
  'bcdedit',
  'fsutil',
  'sdelete',
  'gpupdate',
  'gpresult',
  'ksetup',
  'wscript',
  'vbscript',
  'xcopy',
  'mshta',
  'msbuild',
  'rdpclip',
]);

/**
 * Whether a lower-case word, said where an account is expected ("resets for dkaur", "did rwalsh7 sign in"), has the
 * shape of a logon name: an initial before a surname, which no English word, product or field name opens with.
 */
export function looksLikeLogonName(word: string): boolean {
  if (word.length > MAX_LENGTH || !INITIAL_AND_SURNAME.test(word)) return false;
  if (word.replace(/\d+$/, '').length < MIN_LETTERS || ENGLISH_ONSETS.has(word.slice(0, 2))) return false;
  return !FIELD_PART.test(word) && !PRODUCT_NAMES.has(word);
}

/**
 * Accounts every system of their kind has ("administrator", "root", "krbtgt", "sa"), as a pattern's alternatives: named
 * alone after what was done ("logons by administrator"), one account, not people to group by ("by administrators").
 */
export const WELL_KNOWN_ACCOUNTS = 'administrator|admin|root|krbtgt|sa|postgres|oracle|ubuntu|nobody|daemon';

const WELL_KNOWN_ACCOUNT = new RegExp(`^(?:${WELL_KNOWN_ACCOUNTS})$`, 'i');

/** Whether a word is the name of an account every system of its kind has ("root", "Administrator"). */
export function isWellKnownAccount(word: string): boolean {
  return WELL_KNOWN_ACCOUNT.test(word);
}
