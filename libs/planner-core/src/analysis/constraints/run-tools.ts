import { CLOUD_MACHINE_NOUN } from '../cloud-resource.util';
import { scan, type SpanSet, type ValueHit } from './value-hit';

/**
 * Programs a question says were run, by a name no list knows ("who ran klist", "was odbcconf
 * executed", "esentutl launches", "regini -m"): a process, matched as part of the image name.
 * Read after every other reader, so a known tool, a file name or a switch keeps its own reading.
 */

const NAME = '([a-z][a-z0-9_-]{2,30})';
/** "<tool> executions", "<tool> launches", "<tool> process starts". */
const TOOL_BEFORE = new RegExp(
  `(?<![\\w.\\\\/-])${NAME}(?:\\.exe)?\\s+(?:executions?|launch(?:es|ed)?|invocations?|spawns?|process\\s+(?:executions?|launch(?:es)?|creations?|starts?))\\b`,
  'dg',
);
/** "klist was executed", "has odbcconf been run": the tool named with a passive verb of running. */
const TOOL_PASSIVE = new RegExp(
  `(?<![\\w.\\\\/-])${NAME}\\s+(?:was|were|being|been|got)\\s+(?:executed|launched|invoked|spawned|run)\\b|\\b(?:was|were|has|had|is)\\s+${NAME}\\s+(?:(?:ever|been)\\s+)?(?:executed|launched|invoked|spawned|run)\\b`,
  'dg',
);
/** "regini -m", "tool --verbose": the word right before a command-line switch. */
const TOOL_SWITCH = new RegExp(`(?<![\\w.\\\\/-])${NAME}\\s+(?=--?[A-Za-z][\\w-]{0,40}\\b)`, 'dg');
/** "executions of esentutl", "who ran klist". */
const TOOL_AFTER = new RegExp(
  `\\b(?:executions?|launch(?:es)?|invocations?|runs?|instances?)\\s+of\\s+${NAME}\\b(?![.\\\\/-]\\w)|\\b(?:ran|executed|launched|invoked|spawned)\\s+${NAME}\\b(?![.\\\\/-]\\w)`,
  'dg',
);
/**
 * "anything run tailscale", "did anyone run ngrok", "which hosts are running rclone": someone or something asked about,
 * then the present "run" and the program.
 */
const TOOL_RUN_ASKED = new RegExp(
  `\\b(?:anyone|anybody|anything|someone|somebody|(?:which|what|any)\\s+(?:hosts?|machines?|devices?|users?|accounts?|pcs?|servers?|laptops?|endpoints?)|hosts?|machines?|devices?|pcs|servers?|laptops?|endpoints?)\\s+(?:(?:is|are|was|were|ever|still)\\s+)?(?:run|runs|running)\\s+${NAME}\\b(?![.\\\\/-]\\w)`,
  'dgi',
);
/** "zerotier running on any of the CNC boxes", "is anydesk still running on PC-7": a program said to run on machines. */
const TOOL_RUNNING_ON = new RegExp(
  `(?<![\\w.\\\\/-])${NAME}\\s+(?:(?:is|was|still|currently|ever)\\s+){0,2}running\\s+on\\b`,
  'dg',
);
/** Words that stand where a program's name would and are none ("failed executions", "executed by", "ran yesterday"). */
const NOT_A_TOOL = new Set(
  (
    'the a an any all some each every no new recent total daily hourly weekly monthly failed successful ' +
    'unsuccessful suspicious malicious unusual rare remote local encoded unsigned signed hidden process ' +
    'processes command commands script scripts code file files binary binaries program programs job jobs ' +
    'pipeline pipelines task tasks query queries workflow workflows lambda function functions by from on in ' +
    'at to with as user users account accounts acct accts admin admins payload payloads tool tools macro macros ' +
    'batch test tests build ' +
    'builds cron scheduled more many multiple several repeated first last of for and or that which their ' +
    'his her its our your my this these those was were been being child parent other same app apps ' +
    'application applications service services container containers image images instance instances ' +
    'today yesterday tonight now again once twice since before after during within over between past ' +
    'out into onto off up down away back there here then when where what who how why not also only just ' +
    'count number events event logs log hosts host devices device machines machine servers server ' +
    'got get gets is are be did do does have ever never executable executables exe exes dll dlls ' +
    'anything something everything nothing whatever under via has had contains containing contain ' +
    // Where or how often it ran ("executed anywhere", "ran elsewhere"), not what.
    'anywhere somewhere everywhere elsewhere nowhere recently lately ' +
    'includes including include like using uses use matches matching match equals equal line lines ' +
    'shows show set flag flags option options switch switches argument arguments args ' +
    // A pronoun points back at what the question named ("how many devices ran them").
    'it them they him us me you one ones whom anyone someone everyone ' +
    // A hash's kind names the value after it ("ran md5 5d41…"), not a program.
    'md5 sha1 sha-1 sha256 sha-256 sha512 hash hashes imphash ssdeep checksum ' +
    // Kinds of things said to be running somewhere ("software running on the kiosks"), not a program's name.
    'software stuff vms vm pods pod agents agent daemons daemon sessions session workloads workload'
  ).split(' '),
);
const GATE =
  /execut|launch|invocation|spawn|\bra[nu]\b|\bruns?\b|\brunning\b|instances?\s+of|\s-[A-Za-z]|\bbeen\s+run\b/i;

/** "launched ec2 instances", "started two nginx containers": a kind of cloud machine or container, not a program run. */
const MACHINES_AFTER = new RegExp(String.raw`^\s+(?!instances?\s+of\b)${CLOUD_MACHINE_NOUN}\b`, 'i');

function isName(name: string): boolean {
  return !NOT_A_TOOL.has(name) && !/ly$/.test(name);
}

/** Programs said to be run, where no other reader took the span: `process` values searched as part of the image name. */
export function readRunTools(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (!GATE.test(text)) return hits;
  for (const pattern of [TOOL_BEFORE, TOOL_PASSIVE, TOOL_SWITCH, TOOL_AFTER, TOOL_RUN_ASKED, TOOL_RUNNING_ON])
    scan(
      text,
      pattern,
      taken,
      (m) => {
        const group = m[1] !== undefined ? 1 : 2;
        const name = m[group]!;
        const start = m.indices![group]![0];
        if (!isName(name) || MACHINES_AFTER.test(text.slice(start + name.length, start + name.length + 40)))
          return null;
        return { kind: 'process', value: name, start, end: start + name.length, operator: 'contains' };
      },
      hits,
    );
  return hits;
}
