/**
 * Values a question places in a process's command line by the words around them: files, folders and
 * addresses a clause about the command line names ("the cmdline points to a .vbs under \Users\Public\"),
 * a web address said to be in it ("a URL in the arguments"), a library a host program loads
 * ("regsvr32 loading scrobj.dll").
 */
import type { ValueHit } from './value-hit';
import { allMatches } from '../regex-matches.util';

const COMMAND_LINE = String.raw`(?:command[\s-]?lines?|cmd[\s-]?lines?|commandlines?|arguments|args)`;

/**
 * "command line that references a .js file under \Temp\", "cmdline mentioning x.dll": the clause after the
 * words, up to its end (a comma, a semicolon, a question or a full stop ending a sentence), names what the
 * command line holds.
 */
const COMMAND_LINE_CLAUSE = new RegExp(
  String.raw`\b${COMMAND_LINE}\s+(?:that\s+|which\s+)?(?:referenc(?:es|ing)|mention(?:s|ing)|contain(?:s|ing)|includ(?:es|ing)|has|having|with|point(?:s|ing)\s+(?:to|at)|load(?:s|ing))\b[^,;!?]*?(?=[,;!?]|\.(?:\s|$)|$)`,
  'gi',
);

/** Kinds of values that a clause about the command line makes parts of it. */
const MOVED_KINDS: ReadonlySet<string> = new Set(['file', 'url', 'domain']);

/** Characters of a question read for clauses about the command line. */
const MAX_TEXT = 1_000;

/**
 * "an http(s) url in the command line", "command lines containing a URL", "a web link in its arguments": a web
 * address, unnamed, in the command line; searched for by its scheme.
 */
export const WEB_ADDRESS_IN_COMMAND_LINE = new RegExp(
  String.raw`\b(?:(?:an?|any|some)\s+)?(?:https?(?:\(s\)|s)?\s+|remote\s+|web\s+|external\s+|internet\s+)?(?:urls?|links?|web\s+address(?:es)?)\s+(?:in|on|inside|within)\s+(?:the\s+|its\s+|their\s+)?(?:full\s+)?${COMMAND_LINE}\b|\b${COMMAND_LINE}\s+(?:that\s+)?(?:contain(?:s|ing)?|has|having|with|includ(?:es|ing)|referenc(?:es|ing))\s+(?:(?:an?|any|some)\s+)?(?:https?(?:\(s\)|s)?\s+|remote\s+|web\s+|external\s+)?(?:urls?|links?|web\s+address(?:es)?)\b`,
  'gi',
);

/**
 * "msiexec installed a package directly from an http or https address", "scripts run from a URL": a program said to
 * install, fetch or run something from a web address, unnamed; the address is on its command line, searched for by
 * its scheme. Only after a verb of running or installing in the same clause ("sign-ins from a remote address" is a
 * place, not a command line).
 */
export const PROGRAM_FROM_WEB_ADDRESS =
  /\b(?:install(?:s|ed|ing)?|download(?:s|ed|ing)?|fetch(?:es|ed|ing)?|load(?:s|ed|ing)?|ran|run(?:s|ning)?|launch(?:es|ed|ing)?|execut(?:es|ed|ing)|pull(?:s|ed|ing)?)\b(?:[^,;.?!\n]|\.(?=\w)){0,60}?\b(?:from|off|via)\s+(?:an?\s+|some\s+)?(?:(?:remote|external|internet)\s+)?(?:https?(?:\(s\))?(?:\s*(?:or|\/)\s*https?)?\s+(?:address(?:es)?|urls?|links?|locations?|sites?)|urls?|web\s+(?:address(?:es)?|links?|locations?))\b/gi;

/** The scheme a web address in a command line is searched by. */
const WEB_SCHEME = 'http';

/** The hit for a web address said to be in the command line: its scheme, searched for in the command line. */
export function webAddressPart(m: RegExpExecArray): ValueHit {
  return { kind: 'command_line', value: WEB_SCHEME, start: m.index, end: m.index + m[0].length, operator: 'contains' };
}

/**
 * The hit for a program said to run something from a web address: the scheme, placed on the words from "from" on (the
 * program named before them stays a value of its own).
 */
export function programFromWebPart(m: RegExpExecArray): ValueHit {
  const from = m[0].search(
    /\b(?:from|off|via)\s+(?:an?\s+|some\s+)?(?:(?:remote|external|internet)\s+)?(?:https?|urls?|web)\b/i,
  );
  const start = m.index + Math.max(0, from);
  return { kind: 'command_line', value: WEB_SCHEME, start, end: m.index + m[0].length, operator: 'contains' };
}

/** Libraries and controls a host program (rundll32, regsvr32, control) loads by a name on its command line. */
const LIBRARY_EXTENSIONS: ReadonlySet<string> = new Set(['dll', 'cpl', 'ocx']);

/** Words that say a program loads a library ("loading", "loads", a host program's name). */
const LOADS = /\bload(?:s|ed|ing)?\b|\b(?:rundll32|regsvr32)\b/i;

/**
 * Whether a file name is a library that a question about processes (or about loading it) finds on the command line
 * of the program that loads it, not as a process's image.
 */
export function libraryOnCommandLine(extension: string, text: string, aboutProcesses: boolean): boolean {
  return LIBRARY_EXTENSIONS.has(extension.toLowerCase()) && (aboutProcesses || LOADS.test(text));
}

/** The spans of the clauses about the command line ("command line references …"). */
function commandLineClauses(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of allMatches(text.slice(0, MAX_TEXT), COMMAND_LINE_CLAUSE))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * The hits with the files, folders and addresses that a clause about the command line names turned into parts of
 * the command line, searched for there ("… whose command line references a .hta under \Downloads\").
 */
export function intoCommandLine(text: string, hits: readonly ValueHit[]): ValueHit[] {
  if (!/command|cmd|arg/i.test(text)) return [...hits];
  const clauses = commandLineClauses(text);
  if (clauses.length === 0) return [...hits];
  return hits.map((hit) =>
    (MOVED_KINDS.has(hit.kind) || (hit.kind === 'process' && hit.hint === 'folder')) &&
    clauses.some(([start, end]) => hit.start >= start && hit.end <= end)
      ? { kind: 'command_line', value: hit.value, start: hit.start, end: hit.end, operator: 'contains' }
      : hit,
  );
}
