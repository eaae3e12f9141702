import type { ValueHit } from './value-hit';

/** A verb the tools take as a subcommand ("delete", "resize", "transfer"). */
const VERB =
  /^\s+(delete|create|resize|list|add|remove|query|transfer|call|export|dump|shadowcopy|addfile|setnotifycmdline|urlcache|decode|encode)\b/i;
/** The one word after a subcommand that is its object: no function word, no time word, no noun about the events. */
const OBJECT =
  /^\s+(?!(?:on|in|at|by|from|for|to|of|with|via|and|or|the|any|all|a|an|that|was|were|is|are|be|been|being|runs?|ran|running|executed|executions?|launch(?:es|ed)?|invocations?|calls?|attempts?|usage|uses?|used|abuse|seen|last|past|since|this|today|yesterday|events?|commands?|activity|which|who|where|when|anywhere|everywhere|across)\b)([a-z][\w-]{1,30})\b/i;

/**
 * Where the object of a subcommand that ends at `end` ends ("vssadmin delete| shadows|"), or `end` when no
 * object follows ("vssadmin delete on any host" names none).
 */
export function subcommandObjectEnd(text: string, end: number): number {
  const m = OBJECT.exec(text.slice(end, end + 40));
  return m ? end + m[0].length : end;
}

/**
 * A known tool followed by its verb and that verb's object ("vssadmin delete shadows", "wmic shadowcopy
 * delete", "bitsadmin transfer job"): the words as they stand on the command line. Only a verb the tools
 * take as a subcommand starts it; the object is one word that is no function word.
 */
export function toolSubcommandHit(text: string, end: number): ValueHit | null {
  const m = VERB.exec(text.slice(end, end + 40));
  if (!m) return null;
  const start = end + m[0].length - m[1]!.length;
  const stop = subcommandObjectEnd(text, start + m[1]!.length);
  const value = text.slice(start, stop).replace(/\s+/g, ' ').toLowerCase();
  return { kind: 'command_line', value, start, end: stop, operator: 'contains' };
}
