import type { TableColumns } from './column-mapper';
import type { SpanSet, ValueHit } from './value-hit';

/**
 * Kerberos encryption types said by name ("RC4", "RC4-HMAC", "AES256", "DES-CBC-MD5"), with an
 * optional noun and the code in brackets after them ("AES-256 keys (0x12)"). The code in the
 * question wins over the name's; DES is read only in capitals (lower-case "des" is a word elsewhere).
 */
const ENCRYPTION_NAME =
  /\b(?:(rc4)(?:[-_ ]?hmac)?(?:[-_ ]?(?:md5|nt|exp))?|(aes)[-_ ]?(128|256)?(?:[-_ ]?cts)?(?:[-_ ]?hmac)?(?:[-_ ]?sha1(?:[-_ ]?96)?)?|(DES)(?:[-_ ]?CBC)?(?:[-_ ]?(?:MD5|CRC))?)\b(?:[-\s]+(?:encryption|encrypted|etypes?|ciphers?|tickets?|keys?))?(?:\s*(?:\(\s*|=\s*)?(0x[0-9A-Fa-f]{1,8})\b\s*\)?)?/gi;

/** The codes of each name, as Windows writes them in TicketEncryptionType (RFC 3961/4757 numbers). */
function codesOf(m: RegExpExecArray): string[] {
  if (m[5]) return [m[5].toLowerCase()];
  if (m[1]) return ['0x17'];
  if (m[2]) return m[3] === '128' ? ['0x11'] : m[3] === '256' ? ['0x12'] : ['0x11', '0x12'];
  return ['0x1', '0x3'];
}

const ENCRYPTION_COLUMN = /encryption_?type$/i;
/** Words that say the question is about Kerberos tickets, when no chosen table has the column. */
const KERBEROS_CONTEXT = /\b(?:kerberos|tgs|tgt|tickets?|etypes?|kerberoast\w*|4768|4769)\b/i;
/** Where Windows records a ticket's encryption type (Security event 4768/4769). */
const WINDOWS_COLUMN = 'TicketEncryptionType';

/**
 * Encryption types named in words ("tickets with RC4", "AES256 keys") when a chosen table has an
 * encryption-type column (`TicketEncryptionType`), or the question speaks of Kerberos tickets: `text`
 * values holding the type's code, with the column as their hint. Linear in the question's length.
 */
export function readEncryptionTypes(text: string, tables: readonly TableColumns[], taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!/rc4|aes|DES/i.test(text)) return hits;
  const owner = tables
    .flatMap((t) => t.columns.map((column) => ({ table: t.table, column })))
    .find(({ column }) => ENCRYPTION_COLUMN.test(column));
  // Tables chosen for another reason (process events for "Kerberos"): the Windows column, which the agent maps or notes.
  if (!owner && !KERBEROS_CONTEXT.test(text)) return hits;
  const hint = owner ? `${owner.table}.${owner.column}` : WINDOWS_COLUMN;
  ENCRYPTION_NAME.lastIndex = 0;
  for (let m = ENCRYPTION_NAME.exec(text); m !== null; m = ENCRYPTION_NAME.exec(text)) {
    if (m[4] !== undefined && !/^DES/.test(m[0])) continue;
    const end = m.index + m[0].trimEnd().length;
    if (taken.overlaps(m.index, end)) continue;
    for (const value of codesOf(m)) hits.push({ kind: 'text', value, start: m.index, end, hint });
    taken.add(m.index, end);
  }
  return hits;
}
