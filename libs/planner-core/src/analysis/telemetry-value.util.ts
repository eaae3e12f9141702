import { validIp } from './constraints/ip-literal.util';
import { allMatches } from './regex-matches.util';

/** Characters of the question read for a value. */
const MAX_TEXT = 1_000;
/** Values looked at, at most (bounded work on a long list). */
const MAX_CANDIDATES = 32;

/** An IPv4 address or range as written ("10.1.2.3", "192.0.2.0/24"), or an IPv6 one with its colons. */
const IP_CANDIDATE =
  /(?<![\w.:])(?:\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\/\d{1,3})?)(?![\w.:])/gi;
/** A file hash: 32, 40 or 64 hex digits (MD5, SHA-1, SHA-256), with a letter and a digit among them. */
const HASH = /(?<![\w-])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)(?:[0-9a-f]{64}|[0-9a-f]{40}|[0-9a-f]{32})(?![\w-])/i;

/** A program's file written by its name ("updater.exe", "payload.dll"): a process image, which business records never keep. */
const PROGRAM_FILE = /(?<![\w.\\/-])[A-Za-z0-9][\w-]{0,63}\.(?:exe|dll|scr|ps1)(?![\w.-])/i;

/**
 * Whether the question names a value only telemetry records: an IP address or range, a file hash, or a
 * program's file by its name. Such a
 * value is what a security question looks for ("how many times did 10.9.8.7 show up"), as a word like "ip" is;
 * business records keep neither.
 */
export function saysTelemetryValue(text: string): boolean {
  const slice = text.slice(0, MAX_TEXT);
  if (HASH.test(slice) || PROGRAM_FILE.test(slice)) return true;
  let seen = 0;
  for (const m of allMatches(slice, IP_CANDIDATE)) {
    if (validIp(m[0])) return true;
    seen += 1;
    if (seen >= MAX_CANDIDATES) break;
  }
  return false;
}
