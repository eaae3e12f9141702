import { subcommandObjectEnd } from './tool-subcommand';
import { scan, type SpanSet, type ValueHit } from './value-hit';
import { allMatches } from '../regex-matches.util';

/** At most this many values read per question (bounded work on a long one). */
const MAX_HITS = 16;

/**
 * Windows admin tools and the subcommands an analyst hunts them by ("wevtutil cl", "vssadmin delete
 * shadows", "reg save", "net localgroup"), with no switch written after them (those are read elsewhere).
 */
const SUBCOMMANDS: ReadonlyArray<readonly [tool: string, subcommands: string]> = [
  ['wevtutil', 'cl|clear-log|sl|set-log|epl|export-log|qe|query-events'],
  ['vssadmin', 'delete|resize|create|list'],
  ['reg', 'save|export|add|delete|query|import|load'],
  // Not "net use", "net share" or "net accounts": ordinary English ("the net share of revenue").
  ['net1?', 'user|group|localgroup'],
  ['sc', 'create|config|stop|delete|start|failure'],
  ['schtasks', 'create|delete|run|change|query'],
  ['netsh', 'advfirewall|firewall|interface|portproxy|wlan|trace'],
  ['wmic', 'shadowcopy|process|useraccount|service|product|os|qfe'],
  // A boot setting is hunted by its own name, its "/set {default}" often left unsaid ("bcdedit bootstatuspolicy …").
  ['bcdedit', 'set|deletevalue|recoveryenabled|bootstatuspolicy'],
  ['wbadmin', 'delete|start|stop|get'],
  ['fsutil', 'usn|file|behavior'],
  ['cipher', 'w'],
];
/** "sc.exe being used to create …", "schtasks run to change …": the tool, then the subcommand said as a verb. */
const USED_TO = String.raw`(\s+(?:(?:being|been|was|were|is|are|got|getting)\s+)?(?:used|run|ran|invoked|called)\s+to|\s+to)?`;
const TOOL_SUBCOMMAND = new RegExp(
  String.raw`(?<![\w.\\/-])(${SUBCOMMANDS.map(([tool]) => tool).join('|')})(\.exe)?${USED_TO}\s+(${SUBCOMMANDS.map(([, subs]) => subs).join('|')})(?![\w.\\/-])`,
  'gi',
);
const QUOTED = /"[^"\n]{1,300}"|“[^”\n]{1,300}”|`[^`\n]{1,300}`|(?<![\w'])'[^'\n]{1,300}'(?![\w'])/g;
const BY_TOOL: ReadonlyArray<readonly [RegExp, RegExp]> = SUBCOMMANDS.map(([tool, subs]) => [
  new RegExp(`^${tool}$`, 'i'),
  new RegExp(`^(?:${subs})$`, 'i'),
]);

/**
 * A tool written with one of its own subcommands ("clearing logs with wevtutil cl", "vssadmin delete
 * shadows"): the tool is the process, the subcommand (and its object, when one follows) a part of its command line. A word that is no
 * subcommand of the tool before it ("net user" yes, "sc user" no) reads nothing.
 */
export function readToolSubcommands(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  // A command quoted whole ("'vssadmin delete shadows'") is searched for whole by the quoted reader.
  const quoted: Array<readonly [number, number]> = [];
  for (const q of allMatches(text, QUOTED)) quoted.push([q.index, q.index + q[0].length]);
  scan(
    text,
    TOOL_SUBCOMMAND,
    taken,
    (m) => {
      const [, tool, exe, usedTo, sub] = m as unknown as [
        string,
        string,
        string | undefined,
        string | undefined,
        string,
      ];
      if (hits.length >= MAX_HITS) return null;
      if (quoted.some(([start, end]) => m.index >= start && m.index < end)) return null;
      const own = BY_TOOL.find(([name]) => name.test(tool));
      if (!own || !own[1].test(sub)) return null;
      const subStart = m.index + m[0].length - sub.length;
      // "vssadmin delete shadows": the subcommand's object is on the command line with it; not when the subcommand
      // is said as what the tool was used to do ("used to delete jobs": English words, not the command's).
      const saidAsVerb = usedTo !== undefined;
      const subEnd = saidAsVerb ? subStart + sub.length : subcommandObjectEnd(text, m.index + m[0].length);
      return [
        // "sc.exe": the executable's own name; a bare "sc" may be written for sc.exe or a wrapper of it.
        exe
          ? {
              kind: 'process',
              value: `${tool}${exe}`.toLowerCase(),
              start: m.index,
              end: m.index + tool.length + exe.length,
            }
          : {
              kind: 'process',
              value: tool.toLowerCase(),
              start: m.index,
              end: m.index + tool.length,
              operator: 'contains',
            },
        {
          kind: 'command_line',
          value: text.slice(subStart, subEnd).replace(/\s+/g, ' '),
          start: subStart,
          end: subEnd,
          operator: 'contains',
        },
      ];
    },
    hits,
  );
  return hits;
}
