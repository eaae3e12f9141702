import type { ValueHit } from './value-hit';

/**
 * A known tool followed by its verb and that verb's object ("vssadmin delete shadows", "wmic shadowcopy
 * delete", "bitsadmin transfer job"): the words as they stand on the command line. Only a verb the tools
 * take as a subcommand starts it; the object is one word that is no function word ("vssadmin delete on
 * any host" names no object, so the verb alone is read).
 */
const SUBCOMMAND =
  /^\s+((?:delete|create|resize|list|add|remove|query|transfer|call|export|dump|shadowcopy|addfile|setnotifycmdline|urlcache|decode|encode)(?:\s+(?!(?:on|in|at|by|from|for|to|of|with|and|or|the|any|all|a|an|was|were|is|are|run|ran|last|past|since|this|today|yesterday|events?|commands?|activity|which|who|where|when)\b)[a-z][\w-]{1,30})?)\b/i;

/** The subcommand written right after a tool that ends at `end`, as a command-line value, or null. */
export function toolSubcommandHit(text: string, end: number): ValueHit | null {
  const m = SUBCOMMAND.exec(text.slice(end, end + 60));
  if (!m) return null;
  const start = end + m[0].length - m[1]!.length;
  return { kind: 'command_line', value: m[1]!.toLowerCase(), start, end: start + m[1]!.length, operator: 'contains' };
}
