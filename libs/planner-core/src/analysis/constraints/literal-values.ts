import { lookupTable } from '../../lookup-table.util';
import { isApiAction, readServiceCalls } from '../api-action.util';
import { isMachineShapedName } from '../text.util';
import { DOMAIN_NAME, EMAIL_ADDRESS as EMAIL, TLDS } from '../domain-names.util';
import { HTTP_STATUS_CLASS } from '../web-request.util';
import { validIp } from './ip-literal.util';
import { isFunctionWord } from './function-words';
import { looksLikeLogonName, WELL_KNOWN_ACCOUNTS } from './logon-name';
import {
  intoCommandLine,
  libraryOnCommandLine,
  PROGRAM_FROM_WEB_ADDRESS,
  programFromWebPart,
  WEB_ADDRESS_IN_COMMAND_LINE,
  webAddressPart,
} from './command-line-parts';
import { saysImageFolder, saysScriptFolder } from './image-folder';
import { listContinuations } from './listed-values';
import { SpanSet, scan, type ValueHit } from './value-hit';
import { readServicePorts, SERVICE_DEFAULT_PORTS, SERVICE_NAME_GROUP } from './service-ports';
import { readRegistryValueNames } from './registry-values';
import { encodedCommandHits } from './encoded-command';
import { saidAsNameEnding } from './domain-ending';
import { INTERPRETER_RUN, INTERPRETER_SAID, interpreterRunHits } from './interpreter-run';
import { toolSubcommandHit } from './tool-subcommand';
import { allMatches } from '../regex-matches.util';

/**
 * Values a question writes verbatim: quoted strings, URLs, e-mail addresses and UPNs, IPs and
 * CIDRs, hashes, GUIDs, registry keys, process and file names, ports, Windows event IDs, hosts,
 * domains, `DOMAIN\user` accounts and ids. Each pattern is linear (bounded repetitions, no
 * nested quantifiers over the same characters), and a span read once is not read again.
 */

const QUOTED = /"([^"\n]{1,300})"|“([^”\n]{1,300})”|`([^`\n]{1,300})`|(?<![\w'])'([^'\n]{1,300})'(?![\w'])/g;
const URL = /\b(?:https?|ftp):\/\/[^\s"'<>`]{1,2000}/gi;
const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?(?::\d{1,5})?(?!\w|\.\d)/g;
/**
 * An IPv4 address written with its last parts left open ("10.4.x.x", "172.16.*", "10.9.8.*"): the range it starts, as a
 * CIDR block of the parts written. Open parts as "x" need all four parts said ("1.x" is a version).
 */
const IPV4_OPEN = /(?<![\w.])((?:\d{1,3}\.){1,3})(?:([xX])(?:\.[xX]){0,2}|\*(?:\.\*){0,2})(?![\w.*])/g;
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:\/\d{1,3})?(?![\w:])/g;
const GUID = /\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b/g;
/**
 * The entity a GUID is the id of, said just before it ("in subscription <guid>", "app id: <guid>", "correlation ID
 * <guid>", "the device's id <guid>"): the hint that finds its column (`SubscriptionId`, `CorrelationId`, `DeviceId`).
 */
const GUID_ENTITY_BEFORE =
  /\b(subscription|tenant|directory|app(?:lication)?|client|object|correlation|operation|device|user|service\s+principal|principal|session|request|resource|workspace)(?:['\u2019]s)?\s*(?:id|guid)?\s*(?:[:=#]|is)?\s*$/i;
/** Other names of the same entity ("the application id" is the app's, "the directory" is the tenant). */
const GUID_ENTITY_NAMES: Readonly<Record<string, string>> = {
  application: 'app',
  client: 'app',
  directory: 'tenant',
  'service principal': 'serviceprincipal',
  principal: 'serviceprincipal',
};
/** How far before a GUID its entity's words are read. */
const GUID_ENTITY_REACH = 32;

/** The hint of the entity a GUID is said to be the id of, or undefined. */
function guidEntity(text: string, start: number): string | undefined {
  const said = GUID_ENTITY_BEFORE.exec(text.slice(Math.max(0, start - GUID_ENTITY_REACH), start))?.[1];
  if (!said) return undefined;
  const entity = said.toLowerCase().replace(/\s+/g, ' ');
  return GUID_ENTITY_NAMES[entity] ?? entity;
}
const HASH = /\b(?:[0-9A-Fa-f]{64}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{32})\b/g;
const REGISTRY = /\b(?:HKLM|HKCU|HKCR|HKU|HKEY_[A-Z_]{4,20})(?::)?\\[^\s"'`]{1,500}/g;
/** A backslash path without a hive ("CurrentVersion\\Run"), read as a registry key when the question speaks of the registry. */
const REGISTRY_PATH = /(?<![\w\\])(?:[A-Za-z][\w.-]{0,60}\\){1,12}[A-Za-z*][\w.*-]{0,60}(?![\w\\])/g;
const REGISTRY_CONTEXT =
  /\b(?:registry|regedit|reg\s+keys?|hive|run(?:once)?\s+keys?|currentversion|image\s+file\s+execution\s+options|ifeo|winlogon|silentprocessexit)\b/i;
/** An autostart key's name as Windows spells it, by its lower-case spelling. */
const AUTOSTART_KEYS: ReadonlyMap<string, string> = new Map(
  ['Run', 'RunOnce', 'RunOnceEx', 'RunServices', 'RunServicesOnce'].map((name) => [name.toLowerCase(), name]),
);
/** Words of the registry itself or of what its autostart keys are for. */
const REGISTRY_WORDS = /\b(?:registry|regedit|hive|autoruns?|persistence|currentversion)\b/i;
const AUTOSTART_NAME = String.raw`run(?:once(?:ex)?|services(?:once)?)?`;
/** Each autostart key's name in a list of them ("Run/RunOnce"). */
const AUTOSTART_NAMES = new RegExp(AUTOSTART_NAME, 'gi');
/**
 * Autostart keys named by their names ("Run keys", "the RunOnce registry key", "Run/RunOnce entries"): the key's
 * path under `…\CurrentVersion`, searched for in the registry key.
 */
const AUTOSTART_KEYS_NAMED = new RegExp(
  String.raw`\b${AUTOSTART_NAME}(?:\s*(?:\/|,|\band\b|\bor\b|&)\s*${AUTOSTART_NAME})*(?=\s+(?:registry\s+)?(keys?|subkeys?|entry|entries|values?)\b)|\b(?:Run\s*\/\s*)?Run(?:Once(?:Ex)?|Services(?:Once)?)(?:\s*\/\s*Run(?:Once(?:Ex)?|Services(?:Once)?)?)*\b(?!\s*[\\/])`,
  'gi',
);
/**
 * A registry key named by its Title Case words after "under", "in", "below" or "beneath" in a question about the
 * registry ("changes under Image File Execution Options", "writes below the Winlogon key"), or by one capitalised
 * word after "under", "below" or "beneath" ("edits beneath Lsa"): a part of the key's path.
 */
const REGISTRY_KEY_NAMED =
  /\b(?:under|in|inside|within|below|beneath)\s+(?:the\s+)?(?:(?:registry\s+)?(?:key|subkey|hive|path)\s+)?([A-Z][A-Za-z0-9_]*(?:\s+[A-Z][A-Za-z0-9_]*){1,5}|[A-Z][A-Za-z0-9_]{2,40}(?=\s+(?:registry\s+)?(?:keys?|subkeys?|hive)\b))(?![\w\\])|\b(?:under|below|beneath)\s+(?:the\s+)?([A-Z][A-Za-z0-9_]{2,40})(?![\w\\.-])/g;
/**
 * A registry key named by one capitalised word before the noun of a key ("changes to the Winlogon key", "the
 * SilentProcessExit registry key"), or before the names of values it holds ("the Winlogon Shell or Userinit registry
 * values", "the Winlogon Shell value"): a part of the key's path.
 */
const REGISTRY_KEY_BEFORE =
  /\b(?:the|to|of|a|an|any|its)\s+([A-Z][A-Za-z0-9_]{2,40})\s+(?:registry\s+)?(?:keys?|subkeys?)\b|(?<![\w\\.-])([A-Z][A-Za-z0-9_]{2,40})\s+(?=(?:[A-Z][A-Za-z0-9_]*(?:\s*,\s*|\s+or\s+|\s+and\s+|\s*\/\s*))*[A-Z][A-Za-z0-9_]*\s+(?:registry\s+)?values?\b(?!\s+(?:data|of)\b))/g;
/** Capitalised words that open a sentence or a phrase, never a registry key's name ("Any Debugger values"). */
const PHRASE_OPENER =
  /^(?:Any|All|Some|Which|What|The|New|Old|Registry|Reg|Key|Keys|Value|Values|Default|Those|These|Each|Every|Show|List|Find|Did|Were|Was|Are|Is|Please|Check|Get|Give|Pull|Look|Search|Who|When|Where|How|Why|Any|Our|My|Their|Windows|HKLM|HKCU)$/;
/** A value said to be set under a key ("values set under Winlogon", "value written below Lsa"): the registry spoken of. */
const VALUE_UNDER_KEY =
  /\bvalues?\s+(?:(?:was|were|is|are|got|been)\s+)?(?:set|written|changed|created|added|modified|deleted|removed)?\s*(?:under|below|beneath)\s/i;
/** Title Case words that name a product, a log or a time, never a registry key ("in Microsoft Sentinel", "in Splunk Enterprise"). */
const NOT_A_REGISTRY_KEY =
  /^(?:Microsoft|Splunk|Sentinel|Defender|Azure|Entra|Log|Sysmon|Endpoint|Office|Google|AWS|Amazon|Okta|Crowd[Ss]trike|Elastic|Last|Past|This|Previous|Today|Yesterday|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/** A domain account (`CORP\\jdoe`); not one of Windows' own under `NT AUTHORITY\\`, which {@link BUILT_IN_ACCOUNT} reads. */
const ACCOUNT = /(?<![\w\\])(?<!\bNT )[A-Za-z][\w-]{0,30}\\[A-Za-z0-9_.$-]{1,64}(?![\w\\])/g;

// Not `com`: `x.com` is a domain far more often than a COM executable.
const PROCESS_EXTENSIONS = ['exe', 'scr'];
/**
 * Admin and attack tools that hunts name without their extension ("psexec executions", "look for
 * mimikatz"): a process, matched as a part of the image name (PsExec64.exe holds "psexec"). Only
 * names no English sentence uses otherwise (not "net", "cmd" or "powershell", which also name a
 * product or a log).
 */
const KNOWN_TOOL_NAMES = String.raw`psexec(?:64)?|paexec|mimikatz|certutil|rundll32|regsvr32|mshta|wmic|bitsadmin|schtasks|vssadmin|ntdsutil|procdump(?:64)?|cscript|wscript|nltest|adfind|rclone|msiexec|installutil|regasm|regsvcs|cmstp|sharphound|bloodhound|lazagne|rubeus|ngrok|anydesk|teamviewer|screenconnect|rustdesk|splashtop|logmein|ammyy`;
const KNOWN_TOOL = new RegExp(String.raw`(?<![\w.\\/-])(${KNOWN_TOOL_NAMES})(?![\w.\\/-])`, 'gi');
/** A known tool's name, bare or as its program file ("AnyDesk.exe"). */
const KNOWN_TOOL_SAID = new RegExp(String.raw`(?<![\w.\\/-])(?:${KNOWN_TOOL_NAMES})(?:\.exe)?(?![\w.\\/-])`, 'i');
/**
 * Whether the question names an admin or attack tool (see {@link KNOWN_TOOL}), bare or by its program file
 * ("psexec.exe"): a program only endpoint telemetry records.
 */
export function namesKnownTool(text: string): boolean {
  return KNOWN_TOOL_SAID.test(text);
}

/**
 * A program said as present on machines, whatever its name ("hosts with putty installed", "where is the zorblax agent
 * running", "machines running fooclient"): the program's one word, a process matched as a part of the image name.
 */
const PROGRAM_ON_MACHINES =
  /\b(?:(?:with|have|has|having|had|where\s+(?:is|are|was|were))\s+(?:the\s+|an?\s+)?([A-Za-z][\w.-]{2,40})(?:\s+(?:agent|client|app|tool|service))?\s+(?:installed|running|present|deployed)\b|(?:hosts|machines|devices|endpoints|computers|servers|workstations|laptops)\s+(?:(?:that|which)\s+(?:are|were)\s+)?running\s+(?:the\s+|an?\s+)?([A-Za-z][\w.-]{2,40}))(?![\w-])/gi;
/** Words that stand where such a program's name would and name none ("software", "anything", "it", "a new …", "an unknown …"). */
const NOT_A_PROGRAM =
  /^(?:software|anything|something|nothing|it|them|this|that|these|those|programs?|apps?|applications?|tools?|agents?|services?|processes|updates?|patches|windows|linux|macos|antivirus|edr|sensors?|versions?|old|outdated|unapproved|unauthorized|remote|admin|new|newly|another|unknown|unsigned|suspicious|rogue|malicious|additional|extra|unusual|strange)$/i;
/**
 * A program's one word said as the name of a process ("any xmrig process", "the zorblax processes", "an fooagent
 * process"): a process matched as a part of the image name, unless the word says what kind of process it is.
 */
const NAMED_PROCESS =
  /\b(?:any|an?|the|every|each|all)\s+([a-z][\w.-]{2,40})\s+process(?:es)?\b(?!\s+(?:of|for|id|ids|name|names|tree|trees)\b)/gi;
/** Words before "process" that say which kind of process, no program's name ("a child process", "the running processes"). */
const PROCESS_KIND_WORD =
  /^(?:child|parent|running|system|background|foreground|single|same|other|such|given|whole|entire|main|legitimate|benign|normal|known|bad|odd|weird|rare|interesting|heavy|hung|stuck|zombie|orphan|dead|live|active|current|first|last|next|previous|creation|elevated|privileged|root|user|kernel|host|remote|local|hidden|long|short|login|logon|sign-in|signin|build|update|backup)$|(?:ed|ing|ous|ive|ful|less)$/i;
/** Words of machines and what runs on them: a process said among them is a program run, not a way of working ("the refund process"). */
const ENDPOINT_CONTEXT =
  /\b(?:hosts?|nodes?|machines?|devices?|endpoints?|servers?|pcs?|laptops?|workstations?|boxes|defender|sysmon|edr|image|command[\s-]?lines?|cmdlines?|spawn\w*|execut\w*|launch\w*|binar(?:y|ies)|malware|miners?|mining)\b/i;
/** A port number just before, with an opening parenthesis: "port 8041 (", "on 5900 (". */
const PORT_LABEL_BEFORE = /\b\d{2,5}\s*\(\s*$/;
/**
 * Programs whose names also name a product or a log ("PowerShell logging", "Outlook rules"): a
 * process only when the question speaks of processes running ("encoded powershell commands",
 * "rundll32 launched by winword", "cmd spawned by w3wp").
 */
const PROGRAM_NAMES =
  'powershell|pwsh|cmd|winword|excel|outlook|powerpnt|onenote|msaccess|acrord32|explorer|svchost|lsass|w3wp|sqlservr|wmiprvse|mmc|notepad|chrome|firefox|msedge|iexplore|java|python|node|curl|wget|whoami|ipconfig|systeminfo|tasklist|netsh|wevtutil|bcdedit|icacls|nslookup|quser|qwinsta';
const PROGRAM = new RegExp(String.raw`(?<![\w.\\/-])(${PROGRAM_NAMES})(?![\w.\\/-])`, 'gi');
/** Office and desktop apps by the names people say ("word", "powerpoint"): the program each runs as. */
const APP_PROGRAMS: Readonly<Record<string, string>> = lookupTable({
  word: 'winword',
  powerpoint: 'powerpnt',
  access: 'msaccess',
  teams: 'teams',
  edge: 'msedge',
});
/** What joins the programs of a list ("excel or word", "word, excel and outlook", "word/excel"). */
const PROGRAM_JOIN = String.raw`(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|\s*\/\s*)`;
/**
 * An app said by its everyday name ("word") as an item of a list of programs ("launched by excel or word", "word or
 * outlook spawning cmd"): alone the word is ordinary, beside a program it is one.
 */
const APP_IN_PROGRAM_LIST = new RegExp(
  String.raw`(?<=(?<![\w.\\/-])(?:${PROGRAM_NAMES})(?:\.exe)?${PROGRAM_JOIN})(word|powerpoint|access|teams|edge)\b|\b(word|powerpoint|access|teams|edge)(?=${PROGRAM_JOIN}(?:winword|excel|outlook|powerpnt|onenote|msaccess)(?:\.exe)?\b)`,
  'gi',
);
/**
 * A command-line program said as the tool something was done with ("clearing logs with wevtutil cl?", "using netsh
 * advfirewall", "via whoami"), with the bare subcommand that ends the phrase when one is said: the command that was
 * run. Programs that also name an application ("with outlook rules") are left to {@link PROGRAM}'s context.
 */
const TOOL_USED = new RegExp(
  String.raw`\b(?:with|using|via)\s+(?:the\s+)?(?<![\w.\\/-])(cmd|curl|wget|whoami|ipconfig|systeminfo|tasklist|netsh|wevtutil|bcdedit|icacls|nslookup|quser|qwinsta)(?![\w.\\/-])(?:\s+([a-z]{2,12})(?=\s*(?:[?.!,;:]|$|\s+(?:on|in|for|from|across|over|during|since|and|or|to|at)\b)))?`,
  'gid',
);
const PROCESS_CONTEXT =
  /\b(?:process(?:es)?|ran|run|runs|running|executed|executing|executions?|launch(?:ed|es|ing)?|spawn(?:ed|s|ing)?|started|starting|commands?|command[\s-]?lines?|cmdlines?|encoded|child(?:ren)?|parent|instances?|invoked|injected|dumped|dumping|downloading|binar(?:y|ies)|executables?)\b/i;
/**
 * A program named as the one that did something ("urls contacted by powershell", "files written by
 * winword", "connections made by curl", "outbound connections from python"): the process that acted, whatever the
 * question's other words.
 */
const ACTED_BY_PROGRAM = new RegExp(
  `\\b(?:(?:contacted|connected(?:\\s+to)?|reached|made|opened|initiated|created|written|modified|deleted|dropped|downloaded|uploaded|requested|queried|resolved|accessed|sent|fetched|visited|called|loaded)\\s+by|(?:connections?|traffic|requests?|(?:dns\\s+)?(?:queries|lookups?)|sessions?|beacons?|callbacks?)\\s+from)\\s+(?:the\\s+)?${PROGRAM.source}`,
  'gi',
);
/**
 * A program said before the traffic it made ("powershell outbound connections", "curl network requests", "python dns
 * lookups"): the process that acted. Outlook's connections are the mail service's, no process's.
 */
const PROGRAM_TRAFFIC = new RegExp(
  `${PROGRAM.source}\\s+(?:(?:network|outbound|inbound|outgoing|incoming|external|internet|tcp|udp|dns|http|https|web)\\s+){0,2}(?:connections?|traffic|requests?|queries|lookups?|sessions?|beacons?|callbacks?)\\b`,
  'gi',
);
/**
 * "powershell on hosts named FIN-WS-*", "cmd across the finance laptops", "wmic on DC01": a program said to be on
 * machines is one that ran there, with no verb of running.
 */
const PROGRAM_RAN_ON = new RegExp(
  String.raw`${PROGRAM.source}(?:\.exe)?\s+(?:on|across)\s+(?:(?:the|any|all|our|some|several|those|these)\s+)?(?:(?:[\w-]+\s+){0,2}(?:hosts?|machines?|devices?|endpoints?|servers?|workstations?|laptops?|desktops?|pcs|boxes|dcs?|vms?)\b|[A-Z0-9][\w]*-[\w*-]*)`,
  'i',
);
/** A program's log rather than its runs ("PowerShell script block logging", "4104 events"). */
const PROGRAM_LOG_CONTEXT = /\b(?:script[\s-]?block|module\s+logging|transcripts?|operational\s+log|410[34])\b/i;
/** "encoded powershell", "encoded commands", "powershell -enc": PowerShell's encoded-command switch. */
const ENCODED_COMMAND =
  /\b(?:base64[\s-]+)?encoded\s+(?:powershell|pwsh|commands?|command[\s-]?lines?|scripts?)\b|\b(?:powershell|pwsh)\s+(?:with\s+)?(?:base64[\s-]+)?encoded\b/gi;
/**
 * "powershell -enc", "pwsh w/ -EncodedCommand", "powershell.exe using -encoded": the shell written with its
 * encoded-command switch, a run of the shell asked about whatever the question's other words.
 */
const SHELL_ENCODED_SWITCH =
  /\b(?:powershell|pwsh)(?:\.exe)?\s+(?:(?:with|using)\s+(?:the\s+)?|(?<!\w)w\/\s*)?-enc(?:odedcommand|oded)?\b/gi;
/** Words just before a name that say it is an account ("service account SRV-BACKUP-01", "user SVC-01"). */
const ACCOUNT_BEFORE = /\b(?:user(?:name)?|account|login|upn|principal|identity)\s+(?:named\s+|called\s+)?$/i;
/** A PowerShell cmdlet written in any case in a question about commands run ("invoke-webrequest", "iex", "iwr"). */
const CMDLET_RUN =
  /(?<![\w-])(?:invoke|start|new|set|add|remove|get|import|enable|disable|stop|register)-[a-z]{3,60}(?![\w-])|(?<![\w-])(?:iex|iwr|irm|downloadstring|downloadfile)(?![\w-])/gi;
/** PowerShell named as what ran a command ("powershell downloads", "pwsh one-liners"). */
const POWERSHELL_RUN = /\b(?:powershell|pwsh)\b/i;
/** A mailbox service, whose admin operations are cmdlets by name ("New-InboxRule", "Set-Mailbox"). */
const MAILBOX_CONTEXT = /\b(?:mailbox(?:es)?|exchange|inbox|o365|office\s*365|m365|microsoft\s+365|officeactivity)\b/i;
/** Scripts an interpreter runs (powershell, cmd, wscript, python, sh): their name is in its command line. */
const SCRIPT_EXTENSION_LIST = ['ps1', 'psm1', 'bat', 'cmd', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'py', 'sh'] as const;
const SCRIPT_EXTENSIONS: ReadonlySet<string> = new Set(SCRIPT_EXTENSION_LIST);
const FILE_EXTENSIONS = [
  ...PROCESS_EXTENSIONS,
  'dll',
  'sys',
  ...SCRIPT_EXTENSION_LIST,
  'hta',
  'msi',
  'lnk',
  'jar',
  'docm',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'xlsm',
  'ppt',
  'pptx',
  'pdf',
  'zip',
  'rar',
  '7z',
  'iso',
  'img',
  'vhd',
  'txt',
  'csv',
  'log',
  'dat',
  'tmp',
  'inf',
  'reg',
  'cpl',
  'ocx',
  'one',
  'rtf',
];
const EXTENSION_GROUP = FILE_EXTENSIONS.join('|');
/** File extensions that are also top-level domains: in a question about DNS names, "x.sh" is a host name. */
const TLD_LIKE_EXTENSIONS: ReadonlySet<string> = new Set(['sh', 'zip', 'one']);
/** `powershell.exe`, `C:\Windows\Temp\a.ps1`, `invoice.docm`. */
const FILE_NAME = new RegExp(
  `(?<![\\w.\\\\/-])(?:[A-Za-z]:\\\\)?(?:[\\w$ .-]{0,100}\\\\){0,12}[\\w$-][\\w$.-]{0,100}\\.(?:${EXTENSION_GROUP})(?![\\w.])`,
  'gi',
);
/** Windows environment folders as logs record them (expanded; the user's part left out). */
const ENVIRONMENT_FOLDERS: ReadonlyMap<string, string> = new Map([
  ['appdata', '\\AppData\\Roaming'],
  ['localappdata', '\\AppData\\Local'],
  ['temp', '\\AppData\\Local\\Temp'],
  ['tmp', '\\AppData\\Local\\Temp'],
  ['programdata', 'C:\\ProgramData'],
  ['public', 'C:\\Users\\Public'],
  ['windir', 'C:\\Windows'],
  ['systemroot', 'C:\\Windows'],
  ['userprofile', 'C:\\Users\\'],
  ['programfiles', 'C:\\Program Files'],
]);
/**
 * A Windows folder: a drive, an environment variable or a well-known root (AppData, ProgramData), then folders ("C:\\Users\\Public",
 * "%APPDATA%\\Microsoft\\Windows\\Start Menu"): files under it. A name with spaces counts when
 * another folder follows it ("C:\\Program Files\\Vendor").
 */
const FOLDER =
  /(?<![\w\\%])(?:[A-Za-z]:|%[A-Za-z_]{2,40}%|\\?(?:AppData|ProgramData|Users|Windows|Temp|System32|SysWOW64)(?=\\[\w$.()-]))(?:\\[\w$.()-]{1,100}(?:[ ][\w$.()-]{1,100}){0,3}(?=\\))*(?:\\[\w$.-]{1,100})?\\?(?![\w\\])/g;
/**
 * A drive said as where something was done ("ran anything off the E: drive", "copied to the F: disk", "launched from
 * drive D:", "they show up as drive E: or F:"): the letter, after a preposition, with the word that says it is a
 * drive's, and each letter listed after it; not a drive's state ("disk C: is full").
 */
const PLACE_BEFORE_DRIVE = /\b(?:from|off|on|in|to|onto|into|under|via)\s+(?:the\s+|an?\s+|their\s+|its\s+)?$/i;
const DRIVE_AFTER = /^\s*(?:\(\s*)?(?:drives?|disks?|partitions?|volumes?)\b/i;
const DRIVE_BEFORE =
  /\b(?:from|off|on|in|to|onto|into|under|via|as)\s+(?:the\s+)?(?:drives?|disks?|partitions?|volumes?)\s+(?:[A-Za-z]:\s*(?:,|\/|\bor\b|\band\b)\s*){0,4}$/i;
/**
 * A folder named by its name alone ("dropped in a Startup folder", "run from the Downloads directory"): a
 * capitalised name, or a well-known one written in lower case; paths that hold the name (without separators:
 * Windows paths and SharePoint URLs alike). Not the identity directory ("the Sentinel directory audit log",
 * "directory roles").
 */
const NAMED_FOLDER =
  /\b(?:in|into|under|inside|within|to|from|out\s+of)\s+(?:(?:an?|the|any|their|some|each)\s+)?(?:(?:users?|[a-z]+'s)'?s?\s+)?([A-Z][\w$.-]{1,40}|startup|temp|tmp|downloads|desktop|documents|appdata|programdata|public|recycle\s+bin)\s+(?:folders?|director(?:y|ies)|dirs?)\b(?!\s+(?:audit|logs?|roles?|services?|sync|objects?)\b)/g;
/**
 * Windows' own program folders said by their bare name ("svchost.exe running outside system32", "rundll32 not from
 * SysWOW64", "anything executed in system32"): that folder's path, with no word "folder" needed.
 */
const SYSTEM_FOLDER =
  /\b(?:outside(?:\s+of)?|in|into|under|inside|within|from|out\s+of)\s+(?:(?:the|a)\s+)?(system32|syswow64)\b(?![\\/])(?:\s+(?:folders?|director(?:y|ies)|dirs?))?/gi;
const SYSTEM_FOLDER_PATHS: Readonly<Record<string, string>> = lookupTable({
  system32: 'C:\\Windows\\System32',
  syswow64: 'C:\\Windows\\SysWOW64',
});
const LAUNCHED =
  /\b(?:launch(?:ed|es|ing)?|execut(?:ed|es|ing|ions?)|ran|run(?:s|ning)?|start(?:ed|s)|spawn(?:ed|s|ing)?|processes)\b/i;
const WRITTEN =
  /\b(?:written|wrote|writes?|creat(?:ed|es|ions?)|dropped|saved|copied|downloaded|modified|deleted|renamed|files?)\b/i;
/** A bare extension: ".ps1 files", "*.docm". */
const EXTENSION = new RegExp(`(?<![\\w.])\\*?\\.(?:${EXTENSION_GROUP})(?![\\w.])`, 'gi');

/** Ports: "port 4444", "ports 22, 3389 and 445", "port 443/tcp". */
const PORT =
  /\b(?:dest(?:ination)?\s+|src\s+|source\s+|remote\s+|local\s+|tcp\s+|udp\s+)?ports?\s*(?:number\s*)?[:=#]?\s*(\d{1,5}(?:\s*(?:,|\/|or|and|, and|, or)\s*\d{1,5}){0,15})\b/gi;

/** A span written compactly ("48h", "2d", "90m"): a window said after a word for hosts ("per host 2d"), not a host's name. */
const COMPACT_SPAN = /^\d{1,4}(?:[smhdw]|hrs?|mins?|days?|wks?)$/i;

/**
 * Ports written after the words that place traffic on them: one or a list ("22 or 3389", "9001/9030", "3389/22"), with the protocol
 * before them or not; not an address, a share, a count of things or a length of time.
 */
const PORTS_SAID = String.raw`(?:(?:tcp|udp)\s*\/?\s*)?(\d{1,5}(?:\s*(?:,|or|and|, and|, or)\s*\d{1,5}|\/\d{3,5}|(?<=\d{3})\/\d{2}(?!\d)){0,7})\b(?![.:/-]\d|\s*(?:%|percent\b|\+)|\s+or\s+more\b|\s+(?:of|different|distinct|separate|other|hosts?|machines?|devices?|servers?|computers?|endpoints?|nodes?|boxes|users?|accounts?|sites?|times?|occasions?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|\s+(?!(?:this|was|is|has|across|plus|thus|unless|as|its|his)\b)[a-z]+s\b)`;
/**
 * A port a scan or a flow is said to hit ("src ips hitting 3389", "hosts probing tcp 23"): the port it went to, when
 * the question's next words are no count's noun ("hitting 100 failed logins" is a count).
 */
const PORT_HIT = new RegExp(
  String.raw`(?<=\b(?:hit|hits|hitting|target(?:s|ed|ing)|prob(?:e|es|ed|ing)|scan(?:s|ned|ning))\s+(?:(?:the\s+)?(?:tcp|udp)\s*\/?\s*|port\s+)?)(\d{1,5}(?:\s*(?:,|or|and|, and|, or)\s*\d{1,5}){0,7})\b(?![.:/-]\d|\s*(?:%|percent\b)|\s+(?:of|different|distinct|separate|other|hosts?|machines?|devices?|servers?|computers?|endpoints?|nodes?|boxes|users?|accounts?|sites?|times?|occasions?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b|\s+(?!(?:this|was|is|has|across|plus|thus|unless|as|its|his)\b)[a-z]+s\b)(?=\s*(?:$|[,;:.)?!]|\b(?:in|on|from|to|over|during|since|within|last|past|this|today|yesterday|by|per|with|for)\b))`,
  'gi',
);
/**
 * Traffic said to be on a bare number ("network traffic on 443", "connections on 22 or 3389", "sessions to
 * 10.0.0.5 on tcp/445", "connecting out to 10.1.0.0/16 on 8443", "destination IPs on 8080"): the port the traffic
 * went to. Not a count of things ("on 3 hosts") nor a date.
 */
const PORT_ON = new RegExp(
  String.raw`(?<=\b(?:traffic|connections?|connect(?:s|ed|ing)?|sessions?|flows?|packets?|listen(?:s|ing|ers?)?|inbound|outbound|ingress|egress|block(?:s|ed)?|den(?:y|ies|ied)|allow(?:s|ed)?|drop(?:s|ped)?|reject(?:s|ed)?|ips?|ip\s+addresses|addresses|destinations?|dests?|firewall|hits|talkers|talk(?:s|ed|ing)?|communicat(?:e|es|ed|ing)|reach(?:es|ed|ing)?)\s+(?:[\w.:/-]{1,64}\s+){0,3})on\s+${PORTS_SAID}`,
  'gi',
);
/**
 * A service or transport said to run over a bare number ("ssh over 2222", "irc over 6697", "tls over tcp 8443"):
 * the port it went to. Only after the service's own name, so "connections over 50" stays a count.
 */
const PORT_OVER = new RegExp(
  String.raw`(?<=(?<![\w.\\/-])(?:${SERVICE_NAME_GROUP}|tls|ssl|tcp|udp)\s+)over\s+${PORTS_SAID}(?!\s*(?:[kmgt]i?b|bytes?|mbps|gbps|kbps)\b)`,
  'gi',
);
/**
 * A bare number a process or a host is said to connect or talk to ("connecting to 5432", "talks to tcp 873", "reached
 * out to 9001"): the port the connection went to. Not an address, nor a count of things ("connecting to 40 hosts").
 */
const PORT_TO = new RegExp(
  String.raw`(?<=\b(?:connect(?:s|ed|ing|ions?)?|talk(?:s|ed|ing)?|reach(?:es|ed|ing)?(?:\s+out)?|beacon(?:s|ed|ing)?|call(?:s|ed|ing)?\s+out)\s+to\s+)${PORTS_SAID}`,
  'gi',
);

/**
 * Bare numbers left out of a list of ports the question asks for ("top dest ports …, excl 53 and 123", "remote ports
 * other than 80 or 443"): ports, as what is listed is. Read only after the plural noun of ports (see
 * {@link PORTS_LISTED}).
 */
const PORT_EXCLUDED = new RegExp(
  String.raw`(?<=\b(?:excl\.?|excluding|exclude|except(?:\s+for)?|other\s+than|besides|apart\s+from|ignor(?:e|ing)|minus|but\s+not|not)\s+)${PORTS_SAID}(?=\s*(?:$|[,;:.)?!]|\b(?:in|on|from|to|over|during|since|within|last|past|this|today|yesterday|by|per|with|for|pls|please)\b))`,
  'gi',
);
/** The plural noun of ports said as what is listed ("dest ports", "the ports"), with its side: source or destination. */
const PORTS_LISTED = /\b(?:(dest(?:ination)?|remote|target)|(src|source|local))?\s*ports\b/i;

/**
 * A bare number right after the direction of traffic ("allowed inbound 5900", "outbound 445 from the dmz", "ingress
 * tcp 8080"): the port the traffic went to. Not an address, nor a count of things ("inbound 12 times").
 */
const PORT_DIRECTED = new RegExp(
  String.raw`(?<=\b(?:inbound|outbound|ingress|egress|incoming|outgoing)\s+)${PORTS_SAID}`,
  'gi',
);

/**
 * A bare number traffic is said to go over or through, after a verb of talking or a service's name ("talking IRC over
 * 6697", "connecting out over 4444", "ssh traffic via 2222"): the port. Not after a count ("with over 50 connections",
 * "connections over 100" is a threshold), nor before a count's noun.
 */
const PORT_VIA = new RegExp(
  String.raw`(?<=\b(?:connect(?:s|ed|ing)|talk(?:s|ed|ing)?|communicat(?:e|es|ed|ing)|beacon(?:s|ed|ing)?|tunnel(?:s|ed|ing|led|ling)?|traffic|${SERVICE_NAME_GROUP})\s+(?:[\w.:/-]{1,64}\s+){0,5}?)(?:over|via|through|thru)\s+${PORTS_SAID}(?=\s*(?:$|[,;:.)?!]|\b(?:in|on|from|to|during|since|within|last|past|this|today|tonight|overnight|yesterday|and|or|for|at)\b))`,
  'gi',
);

/**
 * A service's well-known port said bare before the end its traffic came from or its direction ("3389 from non-10.x
 * srcs", "445 inbound from the internet", "22 traffic from 10.0.0.5"), in a question about network traffic: the port
 * the traffic went to. Not a count or a rank ("top 25 from", "over 445 from").
 */
const SERVICE_PORT_FROM =
  /(?<![\w.:/$€£#-])(?<!\b(?:top|last|first|past|next|over|under|than|least|most|about|around|exactly|only|of|by|with)\s+)(\d{2,5})(?=\s+(?:(?:traffic|connections?|sessions?|flows?|hits)\s+)?(?:from|inbound|outbound|ingress|egress)\b)/gi;
/** The ports of the services people name ({@link SERVICE_DEFAULT_PORTS}). */
const WELL_KNOWN_PORTS: ReadonlySet<number> = new Set(Object.values(SERVICE_DEFAULT_PORTS).flat());
/** Words of a question about network traffic. */
const NETWORK_TRAFFIC_SAID =
  /\b(?:traffic|network|firewall|fw|connections?|flows?|netflow|packets?|inbound|outbound|ingress|egress|network_traffic)\b/i;

/**
 * A port written with its protocol ("tcp/8443", "udp/53", "hit tcp 5985"), whatever words stand before it: the port
 * traffic went to. A number after the protocol and a space is one unless a unit or a count word follows it.
 */
const PROTOCOL_PORT =
  /\b(?:tcp|udp)(?:\s*\/\s*|\s+(?:port\s+)?)(\d{1,5}(?:\s*(?:,|or|and)\s*\d{1,5}){0,7})\b(?![.:/-]\d|\s*-?\s*way\b|\s*(?:%|percent\b|ms\b|s\b|sec|min|hours?\b|days?\b|times?\b|connections?\b|sessions?\b|packets?\b|bytes?\b|[kmg]b\b))/gi;

/**
 * The transport protocol written just before a port read ("udp 5060", "tcp/443", "on tcp port 22"): the protocol the
 * traffic used, a value of the flow's protocol column beside the port.
 */
const PROTOCOL_BEFORE_PORT = /\b(tcp|udp)\s*\/?\s*(?:port\s+)?$/i;
/** The transport protocol written just after a port read, the service notation ("3389/tcp", "53 / udp"). */
const PROTOCOL_AFTER_PORT = /^\s*\/\s*(tcp|udp)\b/i;
/** A port in the service notation ("3389/tcp", "161/udp"), whatever words stand before it: the port traffic went to. */
const PORT_SLASH_PROTOCOL = /(?<![\w.:/-])(\d{1,5})(?=\s*\/\s*(?:tcp|udp)\b)/gi;
/** Characters before a port read for its protocol ({@link PROTOCOL_BEFORE_PORT}). */
const PROTOCOL_REACH = 16;
/** The hint that puts a transport protocol on its column. */
const PROTOCOL_HINT = 'protocol';

/**
 * A network service and its ports in brackets, the bracket right after the service or after the flow it names
 * ("winrm (5985/5986)", "rdp (3389)", "ssh sessions (22)", "smb traffic (445)"): those ports.
 */
const SERVICE_PORTS = new RegExp(
  String.raw`\b(?:${SERVICE_NAME_GROUP})(?:\s+(?:connections?|traffic|sessions?|flows?|logins?|logons?|access|attempts?|requests?|queries)){0,2}\s*\(\s*(?:ports?\s*)?(\d{1,5}(?:\s*(?:,|\/|or|and)\s*\d{1,5}){0,7})\s*\)`,
  'gi',
);

/** "event ID 4625", "EventCode=4688", "events 4625, 4740 and 4769", "event 4720". */
const EVENT_ID =
  /\b(?:windows\s+)?(?:security\s+)?(?:(?:events?|evts?)\s*(?:ids?|codes?)?|eventids?|eventcodes?|event_ids?|eids?|ids?)\s*[:=#]?\s*(\d{1,5}(?:\s*(?:,|\/|or|and|, and|, or)\s*\d{1,5}){0,15})\b/gi;

/**
 * Windows and Sysmon event IDs common enough to read as such when written bare ("4625 events", "failed 4625 logons"),
 * the System log's too ("6008 unexpected shutdowns", "7031 service crashes").
 */
const KNOWN_EVENT_IDS = new Set([
  1100, 1102, 4103, 4104, 4608, 4616, 4624, 4625, 4634, 4647, 4648, 4656, 4657, 4660, 4661, 4662, 4663, 4670, 4672,
  4673, 4674, 4688, 4689, 4697, 4698, 4699, 4700, 4701, 4702, 4703, 4704, 4705, 4713, 4715, 4717, 4718, 4719, 4720,
  4722, 4723, 4724, 4725, 4726, 4727, 4728, 4729, 4730, 4731, 4732, 4733, 4734, 4735, 4737, 4738, 4739, 4740, 4741,
  4742, 4743, 4744, 4754, 4755, 4756, 4757, 4758, 4764, 4765, 4766, 4767, 4768, 4769, 4770, 4771, 4772, 4773, 4774,
  4775, 4776, 4777, 4778, 4779, 4780, 4781, 4782, 4793, 4794, 4798, 4799, 4816, 4817, 4825, 4826, 4864, 4865, 4866,
  4867, 4886, 4887, 4888, 4899, 4900, 4902, 4904, 4905, 4906, 4907, 4908, 4912, 4946, 4947, 4948, 4950, 4964, 5024,
  5025, 5031, 5136, 5137, 5138, 5139, 5140, 5141, 5142, 5143, 5144, 5145, 5152, 5154, 5155, 5156, 5157, 5158, 5159,
  5376, 5377, 6005, 6006, 6008, 6013, 6272, 6273, 6416, 7000, 7009, 7023, 7024, 7031, 7034, 7035, 7036, 7040, 7045,
  8004,
]);
/** Four digits standing alone, or in the plural ("4625s": events of that id). */
const BARE_NUMBER = /(?<![\w.$€£:/-]|\d,)\d{4}(?:(?=s\b)|(?![\w.%:/-]|,\d))/g;

/** A machine's noun written in capitals ("PC", "VMs"): no machine's name. */
const MACHINE_NOUN_NAME = /^(?:PC|VM|DC)s?$/;
/** Words after which a name is a host: "host WKS-042", "on server DC01", "device named LAPTOP-7", "the jump box JB-2", "the proxy PX-4". */
const HOST =
  /\b(?:host(?:name)?|server|machine|computer|device|endpoint|workstation|laptop|dc|domain controller|vm|box|bastion|jumpbox|proxy|gateway|firewall|router|printer|kiosk)\s+(?:named\s+|called\s+)?([A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,8})\b/gi;

/**
 * A machine-style name after "on"/"from"/"at"/"to"/"into"/"against" or a word leaving it out ("on DC01", "from WS-042",
 * "logged into SRV-FIN-01", "devices other than KIOSK-3", "leave out KIOSK-3", "all but KIOSK-3"): capitals with a digit,
 * 4+ characters. A full stop after it ends the sentence ("… on BWL-DISP-07. Pull …"); one before more of a name does not.
 */
const HOST_AFTER =
  /\b(?:on|from|at|to|into|onto|against|than|except|excluding|besides|out|but|omitting|ignoring)\s+([A-Z]{2}[A-Z0-9]*(?:-[A-Z0-9]+)*)\b(?![@\\]|\.[\w-])/g;

/**
 * The same in lower case, as people type it ("on ws-114", "logons to fin-pc-07", "against web01"): a machine-style
 * name with a digit, hyphenated or starting with a machine-role prefix. See {@link isLowerHostName}.
 */
const HOST_AFTER_LOWER =
  /\b(?:on|from|at|to|into|onto|against|than|except|excluding|besides|out|but|omitting|ignoring)\s+([a-z]{2}[a-z0-9]*(?:-[a-z0-9]+)*)\b(?![.@\\/:-]|\s+(?:users|devices|machines|boxes|hosts|clients|phones|laptops|servers|endpoints|models)\b)/g;
/** Role prefixes of machine names ("srv", "ws", "dc", "web", "db"…), read without a hyphen ("web01", "dc2"). */
const MACHINE_PREFIX =
  /^(?:srv|svr|server|ws|wks|wkstn|pc|dc|web|www|db|sql|app|vm|host|node|laptop|lt|desktop|dt|fs|file|exch|mail|mx|jump|bastion|kiosk|lab|nas|proxy|fw|rtr|sw|esx|esxi|hv|hyperv|rds|ts|citrix|build|ci|print|prn)\d/;
/** Lower-case tokens with digits that name no machine: versions, protocols, algorithms, cloud services, periods. */
const NOT_A_MACHINE =
  /^(?:ipv\d|x64|x86|arm64|amd64|md5|sha\d+|http\d?|tls\d*|ssl\d*|smb\d|s3|ec2|k8s|utf-?\d+|win(?:dows)?-?\d+|log4j|q[1-4]|fy-?\d+|h[12]|v\d.*|cve-.*|kb\d+|ms\d.*|port-?\d*|tcp-?\d*|udp-?\d*|top-?\d+|last-?\d+|svc.*|sa-.*|adm.*|user.*|usr.*|acct.*|account.*|aes\d*|rc4|des\d*|base64|covid.*|(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-[a-z]+-\d)$/;

/** Letters then two or more digits, a hyphen maybe between ("dc01", "fileserver02", "ws-0042"): a machine's name. */
const NUMBERED_NAME = /^[a-z]{2,}(?:-[a-z]+)*-?\d{2,}(?:-[a-z0-9]+)*$/;
/** Names of that shape that are no machine: versions, hashes, protocols, cloud services. */
const NOT_A_LOWER_HOST =
  /^(?:win|windows|sha|md|x|ipv|http|tls|ssl|smb|utf|iso|rfc|cve|kb|ec|s|office|server|sql)-?\d+$/;

/**
 * A lower-case machine name: has a digit and is hyphenated, starts with a machine-role prefix or is letters then a
 * number ("fileserver02"), and is nothing else. A model said of a kind of machine ("from iphone12 users") is none.
 */
function isLowerHostName(name: string): boolean {
  return (
    name.length >= 4 &&
    /\d/.test(name) &&
    (name.includes('-') || MACHINE_PREFIX.test(name) || NUMBERED_NAME.test(name)) &&
    !NOT_A_MACHINE.test(name) &&
    !NOT_A_LOWER_HOST.test(name)
  );
}

/**
 * A machine-style name (capitals or lower case, a hyphen, digits: "WS-0231", "laptop-7") as the one doing network activity or
 * running programs ("did PC-12 talk to …", "KIOSK-3 connected to …", "names KIOSK-3 looked up", "what did LAB-9 run"), or opening the question
 * before a colon ("BLD-AGENT-4: who logged on?"): a host, though no "host"/"on" stands before it.
 */
const HOST_SUBJECT =
  /(?<![\w.@\\-])((?:[A-Z]{2,}[A-Z0-9]*(?:-[A-Z0-9]+)*|[a-z]{2,}[a-z0-9]*(?:-[a-z0-9]+)*)-\d+)(?:\s+(?:(?:ever|really|also|then)\s+)?(?:talk|connect|reach|contact|communicat|beacon|call(?:ed|s|ing)?\s+out|resolv|ping|sen[dt]|upload|download|look(?:ed|s|ing)?\s+up|quer(?:y|ie|ied)|visit|brows|request|r[au]n\b|execut|launch|spawn)\w*|(?<=^\s*[A-Z][\w-]*)\s*:\s)/g;

/** Words of a machine turned off or round ("reboots", "restarted", "shut down", "powered off", "crashed"). */
const POWER_WORD = String.raw`(?:re-?boot|restart|shut\s?-?down|shut(?:s|ting)?\s+down|power(?:ed|s|ing)?[\s-]?(?:off|down|cycl)|crash)\w*`;
/**
 * A machine's name said of its power words in any case ("reboots of kiosk-3", "restart history of DC02", "restarts on the server fs02", "when did
 * db-07 restart", "DC01 was shut down"): a host, when the name is shaped as one ({@link isLowerHostName}).
 */
const HOST_POWERED = new RegExp(
  String.raw`(?<=\b${POWER_WORD}\s+(?:(?:history|events?|logs?|records?|times?|count)\s+)?(?:of|on|for|at)\s+(?:the\s+)?(?:(?:host|machine|server|computer|workstation|laptop|box)\s+)?)([A-Za-z][A-Za-z0-9-]{1,62})(?![\w.@\\-])|(?<![\w.@\\-])([A-Za-z][A-Za-z0-9-]{1,62})(?=\s+(?:(?:was|were|got|has|had|been|just|ever|last)\s+){0,2}${POWER_WORD})`,
  'g',
);
/**
 * The same opening the question in lower case, before a colon or a dash, as people type it ("fin-pc-07: who logged
 * on?", "fin-pc-07 - any logons?"): a hyphenated name ending in a number of two or more digits (see
 * {@link NUMBERED_NAME}), not a period, a work item or a release.
 */
const HOST_TOPIC_LOWER = /^\s*([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?:\s*:|\s+[-\u2013\u2014])\s/g;
/** Hyphenated numbered names that open a question as its topic without naming a machine ("week-47:", "sprint-12:"). */
const NOT_A_TOPIC_HOST =
  /^(?:week|wk|month|day|year|sprint|phase|step|part|page|section|item|task|story|issue|bug|jira|ticket|case|q[1-4]|fy|release|rel|version|ver|run|batch|round|test)-/;

/** A machine's name in capitals: parts joined by hyphens, starting with two letters ("FIN-WS-3"). */
const CAPITAL_MACHINE = String.raw`[A-Z]{2}[A-Z0-9]*(?:-[A-Z0-9]+)+`;
/**
 * A machine's name as admins write it, wherever it stands ("HR-PC-12 - any logons?", "… last week (FIN-WS-3)", "… on
 * any box, host is OPS-SRV-7"): capital parts joined by hyphens, starting with two letters, with a digit. The same
 * shape the routing reads as a machine (see {@link withoutHostNames}). Names listed with slashes ("HIST01-A/HIST02-A")
 * are each one, where no other part of a path stands before or after them.
 */
const HOST_ANYWHERE = new RegExp(
  String.raw`(?<![\w.@\\-])(?<!(?<!(?<![\w.@\\/:-])${CAPITAL_MACHINE})\/)${CAPITAL_MACHINE}(?![\w@\\-]|\.[\w-])(?!\/(?!${CAPITAL_MACHINE}(?![\w@\\-])))`,
  'g',
);

/**
 * The same in lower case, as people type it ("ops-ws-31 may be compromised", "… and sysmon for lab-pc-07"): three or
 * more hyphenated parts, starting with two letters, the last a number (a letter may close it). With fewer parts a
 * lower-case name is too often something else ("top-10", "covid-19"); the readers above take those from their context.
 */
const HOST_ANYWHERE_LOWER = /(?<![\w.@\\/-])[a-z]{2}[a-z0-9]*(?:-[a-z0-9]+)*-\d+[a-z]?(?![\w@\\/-]|\.\w)/g;
/** Hyphens a lower-case name needs to be read as a machine's wherever it stands. */
const LOWER_HOST_HYPHENS = 2;
/**
 * A lower-case name whose last part is a role's letters run straight into a number of two or more digits, after a
 * site's or a team's part and a hyphen ("did wu-login01 make …", "ber-dc02 rebooted", "hq-fs01 and hq-fs02"): how
 * machines are named, wherever it stands. A number set apart by its own hyphen ("covid-19", "top-10") is not read here.
 */
const ROLE_NUMBERED_LOWER = /(?<![\w.@\\/-])[a-z]{2}[a-z0-9]*(?:-[a-z0-9]+)*-[a-z]{2,}\d{2,}[a-z]?(?![\w@\\/-]|\.\w)/g;

/** A name ending in a range of numbers ("COM1-9", "LPT1-4"): a set of names, not one machine's. */
const NUMBER_RANGE = /\d-\d{1,2}$/;

/** Prefixes of names shaped like a machine's that are tickets, codes or standards ("CHG-4411", "CVE-2024-1", "SHA-256"). */
const NOT_A_HOST_PREFIX =
  /^(?:CVE|AADSTS|KB|MS\d|SHA|AES|TLS|RFC|ISO|UTF|INC|CHG|REQ|RITM|CASE|TICKET|TKT|TCK|TIX|TASK|SCTASK|WO|JIRA|SR|PRB|CS|SEC|SOC)-?\d*(?:-|$)/i;

/** A domain suffix written with its leading dot or wildcard (".xyz", "*.example.com"): the names ending so, searched for. */
const DOMAIN_SUFFIX = new RegExp(
  `(?<![\\w.@*-])\\*?\\.(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){0,4}(?:${TLDS.join('|')})(?![\\w-]|\\.[A-Za-z0-9])`,
  'gi',
);
/** A question about domain names that says nothing of files: ".zip" there is the top-level domain, not an archive. */
const NAMES_WORDS = /\b(?:dns|domains?|tlds?|fqdns?)\b/i;
const FILE_WORDS =
  /\b(?:files?|downloads?|downloaded|attachments?|written|wrote|dropped|created|archives?|documents?|extensions?|folders?|paths?)\b/i;

function aboutNamesNotFiles(text: string): boolean {
  return NAMES_WORDS.test(text) && !FILE_WORDS.test(text);
}
const DOMAIN_CONTEXT =
  /\b(?:dns|domains?|urls?|sites?|websites?|host\s*names?|fqdns?|lookups?|quer(?:y|ies)|resol\w*|tlds?|ending|ends?)\b/i;

/** A question about names looked up or visited, with no word of files. */
function saidAsHostName(text: string): boolean {
  return DOMAIN_CONTEXT.test(text) && !FILE_WORDS.test(text);
}
/** Logging on to a machine: a dotted name it happens on is that machine's full name, not a site. */
const LOGON_CONTEXT =
  /\b(?:log[\s-]?ons?|logged\s+(?:on|in)(?:to)?|log[\s-]?ins?|rdp|remote\s+desktop|interactive(?:ly)?|authenticat\w*|46(?:24|25|34|47|48|72))\b/i;
/** Logging on to Windows in its own words ("logons", "logged on", RDP, 4624), not signing in to a web app ("logins"). */
const WINDOWS_LOGON_CONTEXT =
  /\b(?:log[\s-]?ons?|logged\s+on(?:to)?|rdp|remote\s+desktop|interactive(?:ly)?|46(?:24|25|34|47|48|72))\b/i;
/** Traffic to a name ("RDP connections to …"): the name is where the traffic went, as the network logs keep it. */
const TRAFFIC_CONTEXT = /\b(?:connections?|connect(?:ed|s|ing)?|traffic|flows?|packets?)\b/i;
/** A machine's label ("sql01", "web-07", "ws3"): letters, then digits. */
const MACHINE_LABEL = /^[a-z][a-z-]*\d+[a-z]?$/i;
/** Endings kept for a private network's names, never a public site's. */
const PRIVATE_NETWORK_TLD = /\.(?:local|lan|corp|internal|intranet|localdomain|home)$/i;

/**
 * "logons to sql01.corp.local": a dotted name whose first label is a machine's, or whose ending is a private
 * network's, said where machines are logged on to and nothing is looked up, visited or connected to, is a host's full
 * name.
 */
function saidAsMachine(text: string, name: string): boolean {
  if (!LOGON_CONTEXT.test(text) || DOMAIN_CONTEXT.test(text) || TRAFFIC_CONTEXT.test(text)) return false;
  // A public name ("app2.example.com") logged in to may be a web app's; one logged on to in Windows' words is a machine.
  if (PRIVATE_NETWORK_TLD.test(name)) return true;
  return MACHINE_LABEL.test(name.slice(0, name.indexOf('.'))) && WINDOWS_LOGON_CONTEXT.test(text);
}
/** Names reserved for tests and documentation (".example", ".test"): a domain only where names are looked up ("build.test" is a file). */
const RESERVED_TLD = /\.(?:example|test)$/i;
const SUBDOMAINS_AFTER = /^\s+sub-?domains?\b/i;
/** "subdomains of example.org", "anything under example.org", "names ending in example.org": that domain's subdomains. */
const SUBDOMAINS_BEFORE = /\b(?:sub-?domains?\s+(?:of|under|in)|under|beneath|below|ending\s+(?:in|with))\s+$/i;
/** Accounts named right after a domain ("example.org accounts", "example.org staff mailboxes"): whose names end in it. */
const ACCOUNTS_AFTER =
  /^\s+(?:(?:e-?mail|staff|user|employee)\s+)?(?:accounts?|accts?|users?|upns?|mailbox(?:es)?|identities|staff|employees|members)\b/i;
/** Accounts said to be in a domain ("users in the example.org domain", "accounts under example.org"). */
const ACCOUNTS_BEFORE =
  /\b(?:accounts?|accts?|users?|upns?|mailbox(?:es)?|identities|staff|employees|members)\s+(?:in|at|under|of)\s+(?:the\s+)?$/i;
/** Where accounts' domain ends when said with its noun after ("… the example.org domain", "… example.org tenant"). */
const DOMAIN_NOUN_AFTER = /^\s+(?:domain|tenant)\b/i;

/** Whether a domain is said as the one accounts' names end in (their UPN's or address's suffix), not a name looked up. */
function saidAsAccountsDomain(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 32);
  if (ACCOUNTS_AFTER.test(after)) return true;
  return ACCOUNTS_BEFORE.test(text.slice(Math.max(0, start - 28), start)) && DOMAIN_NOUN_AFTER.test(after);
}

/** {@link DOMAIN_NAME} as a test of the whole question (no state kept between calls). */
const NAMES_DOMAIN = new RegExp(DOMAIN_NAME.source, 'i');

/** Ids the question names with their entity: "order 12345", "order id #42", "ticket INC0012345", "customer id 7". */
const ENTITY_ID =
  /\b(order|customer|invoice|ticket|incident|case|alert|user|account|transaction|payment|product|session|request|device|tenant|subscription)\b\s*(?:id|number|no\.?|#)?\s*[:=#]?\s*(#?[A-Z]{0,6}\d{2,20})\b/gi;

/**
 * A name written after the word that says it is an account ("user jsmith", "account svc_backup", "user acct alice"), or a
 * handle with a dot or an underscore just before it ("the ops.lead account", "kiosk_mgr acct changed", "reset j.ferreira
 * pw").
 */
const NAMED_USER =
  /(?<!\b(?:each|every|which|what|per)\s+(?:user\s+)?)\b(?:user(?:name)?|account|acct|upn|login\s+name)\s+(?:(?:account|acct)\s+)?(?:named\s+|called\s+)?([A-Za-z][\w.$-]{1,63})|(?<![\w.@\\/-])([A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+){1,3})(?=\s+(?:user(?:name)?|account|acct|login|upn|pw|pwd|password|passwd)\b)/gi;

/** Verbs that take a particle ("log in", "signed out", "locked out", "checked in"), read with {@link PARTICLE_AFTER}. */
const PHRASAL_VERB = /^(?:log|logs|logged|sign|signs|signed|lock|locks|locked|check|checks|checked|opt|opts|opted)$/i;
const PARTICLE_AFTER = /^\s+(?:in|on|off|out|back)\b/i;
/** A lower-case verb form that another verb's -ing form may follow ("keeps failing", "started getting", "kept trying"). */
const VERB_FORM = /^(?:[a-z]{3,}(?:s|ed)|kept|began|begins)$/;
const GERUND_AFTER = /^\s+[a-z]{2,}ing\b/;

/**
 * A lower-case handle asked about as the one something happened to ("was jsmith locked out", "did
 * m.lee sign in", "has ops_bot logged on", "when did r.diaz last log in"): an account name, though no word says it is one.
 */
const SUBJECT_USER =
  /\b(?:was|were|has|had|did|is)\s+([a-z][a-z0-9]*(?:[._-][a-z0-9]+)?)\s+(?:(?:ever|recently|just|been|got|gotten|actually|last|first)\s+)?(?:locked|logged|signed|disabled|blocked|lock|log|sign|login|logon|authenticat(?:e|ed|ing))\b/g;
/**
 * A handle written with a dot or an underscore opening the question or a clause, as its subject: "m.rossi
 * keeps getting locked out", "j_doe can't sign in", "splunk: k.ito keeps failing", "hi, a_b got locked".
 * Not a file or a domain (`setup.exe is`, `contoso.com has`). A handle without one must have a logon name's
 * shape ("splunk: dkaur failed …").
 */
const HANDLE_SUBJECT =
  /(?:^|[.;!?:,]\s+|\s[-\u2013\u2014:]\s+)([a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)?)\s+(?:keeps|kept|is|was|has|had|got|gets|getting|can(?:not|'t|\u2019t)|could(?:n't|\u2019t|\s+not)|failed|fails|tried|tries|logged|signed|reported|says)\b/gi;
/**
 * A handle that account activity is said of ("failed logons by m.rossi", "lockouts of j_doe", "sign-ins for
 * a.kim", "resets for dkaur"): an account name, in a question about logons, sign-ins or lockouts. A handle
 * without a dot or an underscore must have a logon name's shape and end the phrase (see {@link BARE_NAME_END}).
 */
const HANDLE_OBJECT =
  /(?<=\b(?:by|for|of|against)\s+(?:the\s+)?(?:(?:user|account)\s+)?)([a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)?|[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*){1,2})(?![\w@\\/-]|\.\w|\s+(?:events?|records?|entries|logs?|rows?|operations?|actions?|attempts?|types?)\b)/gi;
/**
 * A part of a hyphenated handle that says it is an account ("till-admin", "svc-reports", "scan-bot"): with it, the
 * handle after "for", "of" or "by" is the account; without it, a hyphenated word is anything ("e-mail", "re-auth").
 */
const ACCOUNT_ROLE_PART =
  /(?:^|-)(?:admin|adm|administrator|sysadmin|svc|service|sa|bot|backup|operator|ops|helpdesk|guest|kiosk|root)(?:-|$)/;
/** What may follow a bare account name that ends its phrase: the end, a stop, or a word of place, time or joining. */
const BARE_NAME_END =
  /^(?:\s*(?:$|[,.;:?!()]|[-\u2013\u2014]\s)|\s+(?:since|in|on|at|from|to|today|yesterday|tonight|this|last|past|over|during|between|within|before|after|and|or|via|using|with|through|across|recently|lately|ever|still|\d))/i;
/** Words that close a grouping phrase ("count by", "broken down by", "top ... by"): what follows is a field. */
const GROUPING_BEFORE =
  /\b(?:count(?:s|ed)?|group(?:ed)?|broken\s+down|break\s*down|split|sort(?:ed)?|order(?:ed)?|rank(?:ed)?|summari[sz]ed?|totals?)\s+by\s+$/i;
/**
 * A bare logon name as the subject of a helpdesk question or as an owner: "did dkaur reset", "has rwalsh7 tried",
 * "why can't pjames sign in", "dkaur's sign-ins". Read only when the word has a logon name's shape.
 */
const BARE_NAME_SUBJECT =
  /\b(?:did|does|has|had|was|is|can|could|can't|cannot|couldn't)\s+([a-z][a-z0-9]{3,23})\s+(?=[a-z])|\b([a-z][a-z0-9]{3,23})(?:'|\u2019)s\s/g;
/**
 * An account every system of its kind has, named alone after what it did ("logons by administrator", "sudo runs by
 * root", "tickets for krbtgt"): one account whose activity is asked for, as a handle is (see {@link HANDLE_OBJECT}).
 */
const WELL_KNOWN_OBJECT = new RegExp(
  `(?<=\\b(?:by|for|of|against)\\s+(?:the\\s+)?(?:(?:user|account|acct)\\s+)?)(${WELL_KNOWN_ACCOUNTS})\\b`,
  'gi',
);
/**
 * Whether a handle with no dot or underscore, after "by", "for", "of" or "against", is an account: it has a logon
 * name's shape, ends its phrase, and no grouping word ("count by") makes it a field.
 */
function isBareAccountName(text: string, start: number, name: string): boolean {
  if (!looksLikeLogonName(name) || !BARE_NAME_END.test(text.slice(start + name.length, start + name.length + 16)))
    return false;
  return !GROUPING_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
/** A lower-case letter before a capital inside a word ("appDisplayName"): a field's name, never a person's handle. */
const CAMEL_CASE = /[a-z][A-Z]/;
/**
 * Words of logons, sign-ins or lockouts, or a Windows account event's id said as a number ("4625s", "event
 * 4740"): the 46xx and 47xx security events are logons, Kerberos tickets and account changes; a port is no event.
 */
const ACCOUNT_ACTIVITY =
  /\blog(?:-?on|-?in|ged\s+(?:on|in))|\bsign(?:-?in|ed\s+in)|\block(?:ed|out)|\bunlock|authenticat|\bpassword|\bmfa\b|\bvpn\b|\bkerberos|\bcredential|(?<![\w.:-]|\bports?\s+)4[67]\d{2}s?(?![\w.:-])/i;
/** A person's account or profile said as whose it is ("the app account of jdoe", "the profile for mlee"). */
const ACCOUNT_OF = /\b(?:accounts?|profiles?|logins?)\s+(?:of|for|belonging\s+to)\s/i;
const NOT_A_HANDLE_TAIL =
  /\.(?:exe|dll|ps1|psm1|bat|cmd|vbs|js|hta|lnk|jar|sys|sh|py|msi|zip|rar|7z|iso|txt|log|csv|json|xml|ini|cfg|conf|dat|tmp|bak|db|sql|html?|php|aspx?|ya?ml|pdf|docx?|xlsx?|pptx?|com|net|org|io|local|corp|lan|internal|gov|edu|co|uk|de|fr)$/i;

/**
 * An adverb between the auxiliary and the verb ("has never logged in", "had already signed in", "was
 * recently locked", "has only logged on"): how or when it happened, no one's name.
 */
const ADVERBS_BEFORE_VERB = new Set([
  'never',
  'ever',
  'not',
  'already',
  'still',
  'also',
  'only',
  'just',
  'yet',
  'once',
  'always',
  'often',
  'again',
  'since',
  'previously',
  'successfully',
  'repeatedly',
  'really',
  'suddenly',
  'finally',
  'automatically',
  'manually',
]);

function isAdverbBeforeVerb(word: string): boolean {
  return ADVERBS_BEFORE_VERB.has(word);
}

/** Words that stand before such a verb as ordinary English ("was it locked", "has anyone signed in"). */
const NOT_A_SUBJECT = new Set([
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'there',
  'this',
  'anyone',
  'someone',
  'anybody',
  'somebody',
  'everyone',
  'nobody',
  'everybody',
  'any',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'its',
  'admin',
  'device',
  'host',
  'server',
  'machine',
  'computer',
  'laptop',
  'mailbox',
  'tenant',
  'app',
  'application',
  'service',
]);

/** What happens to an account, said as a participle ("renamed", "unlocked"). */
const PARTICIPLE =
  /^(?:re)?(?:named|created|deleted|disabled|enabled|unlocked|locked|changed|modified|added|removed|expired|moved|restored)$/;
/** A past participle said of the account something happened to ("acted", "affected", "targeted", "changed"). */
const ACCOUNT_ACTED_ON =
  /^(?:acted|affected|impacted|targeted|involved|concerned|touched|compromised|(?:re)?(?:named|created|deleted|disabled|enabled|unlocked|locked|changed|modified|added|removed|reset))$/;
/**
 * What may follow that participle when it says which account is meant: its preposition ("acted on", "affected by")
 * or the end of the clause ("with the account affected.", "the user changed and the time").
 */
const ACCOUNT_ACTED_ON_AFTER = /^(?:\s+(?:on|upon|against|by|in)\b|\s*(?:$|[,.;:?!)])|\s+(?:and|or|plus)\b)/;
/** A word of the records, or an event's number, said right after what happened ("renamed events", "created (4720)"). */
const RECORD_AFTER =
  /^\s*(?:\(\s*)?(?:events?|alerts?|logs?(?!\s+(?:in|on|out|off)\b)|records?|entries|activity|ids?\b|\d{3,5}\b)/i;

/** Words that follow "user"/"account" as ordinary English, not as a name ("user accounts", "account lockouts"). */
const NOT_A_NAME = new Set([
  // Time words and their chat shorthand ("per user yday", "by account tdy"): the window, not a name.
  ...['today', 'tdy', 'tday', 'yesterday', 'yday', 'yda', 'ystd', 'ystday', 'ystrday', 'yest', 'tonight', 'tonite'],
  ...['now', 'recently', 'lately', 'overnight', 'ytd', 'mtd', 'wtd', 'qtd'],
  'arn',
  'arns',
  'a',
  'an',
  'the',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'who',
  'whose',
  'that',
  'which',
  'with',
  'without',
  'and',
  'or',
  'of',
  'in',
  'on',
  'to',
  'for',
  'from',
  'by',
  'at',
  'as',
  'if',
  'not',
  'no',
  'did',
  'does',
  'do',
  'can',
  'could',
  'should',
  'would',
  'will',
  'may',
  'might',
  'named',
  'called',
  // "per host/user pair", "user and app combinations": the pairs of the two, not a name.
  'pair',
  'pairs',
  'combination',
  'combinations',
  'combo',
  'combos',
  // "UPN ends with @partner.com", "user starts with adm": how the name is matched, not the name.
  'ends',
  'ending',
  'starts',
  'starting',
  'begins',
  'beginning',
  'contains',
  'containing',
  'matches',
  'matching',
  'equals',
  'id',
  'ids',
  'name',
  'names',
  'number',
  'account',
  'accounts',
  // Their short forms ("user accts", "acct changes", "usr list") are the nouns too.
  'acct',
  'accts',
  'accnt',
  'accnts',
  'usr',
  'usrs',
  'user',
  'users',
  'activity',
  'activities',
  'logon',
  'logons',
  'login',
  'logins',
  'sign',
  'signin',
  'signins',
  'sign-in',
  'sign-ins',
  'creation',
  'created',
  'changes',
  'change',
  'changed',
  'management',
  'mgmt',
  'lockout',
  'lockouts',
  'locked',
  'lock',
  'behavior',
  'behaviour',
  'agent',
  'agents',
  'risk',
  'risks',
  'type',
  'types',
  'details',
  'information',
  'info',
  'data',
  'events',
  'event',
  'deletion',
  'deleted',
  'disabled',
  'enabled',
  'password',
  'passwords',
  'privileges',
  'permissions',
  'group',
  'groups',
  'session',
  'sessions',
  'access',
  'status',
  'state',
  'level',
  'list',
  'count',
  'counts',
  'email',
  'emails',
  'principal',
  'principals',
  'profile',
  'profiles',
  'modifications',
  'modified',
  'failures',
  'failed',
  'successful',
  'attempts',
  'authentication',
  'authentications',
  'this',
  'these',
  'those',
  'any',
  'all',
  'each',
  'every',
  'per',
  'since',
  'over',
  'during',
  'after',
  'before',
  'between',
  'last',
  'past',
  'today',
  'yesterday',
  // A period to date ("per user ytd") is a window, no one's name.
  'wtd',
  'mtd',
  'qtd',
  'ytd',
  'context',
  'owner',
  'owners',
  'balance',
  'balances',
  'holder',
  'holders',
  'manager',
  'managers',
  'team',
  'teams',
  'role',
  'roles',
  'usage',
  'identity',
  'identities',
  'object',
  'objects',
  'record',
  'records',
  'table',
  'tables',
  'field',
  'fields',
  'column',
  // Columns listed after "user" ("user ip n location", "user host app"): what to show of each row, no one's name.
  'ip',
  'ips',
  'location',
  'locations',
  'host',
  'hosts',
  'device',
  'devices',
  'app',
  'apps',
  'upn',
  'country',
  'department',
  'dept',
]);

/**
 * An operation or event name written as an identifier (`ConsoleLogin`, `FileDownloaded`): a CamelCase word said
 * to be an event, operation, action or API call ("who called StopInstances", "calls to PutBucketPolicy"); after such
 * words or before them also in Azure's lower camel case ("who invoked regenerateKey", "purgeDeleted calls"). A catalog value, not a column.
 */
const OPERATION_NAME =
  /\b((?:(?:New|Set|Add|Remove|Enable|Disable|Update|Get|Grant|Revoke|Start|Stop|Invoke)-[A-Z][A-Za-z]+|[A-Za-z][a-z]+(?:[A-Z][a-z0-9]+)+)(?:\s*(?:,\s*(?:or\s+|and\s+)?|\/|\bor\b|\band\b)\s*(?:(?:New|Set|Add|Remove|Enable|Disable|Update|Get|Grant|Revoke|Start|Stop|Invoke)-[A-Z][A-Za-z]+|[A-Za-z][a-z]+(?:[A-Z][a-z0-9]+)+)){0,5})\s+(?:events?|operations?|actions?|activit(?:y|ies)|calls?|records?|API(?:\s+calls?)?|requests?)\b|\b(?:events?|operations?|actions?|eventName|OperationName|ActionType|(?:who|that|which|anyone|someone|users?|callers?|roles?|accounts?|principals?|identit(?:y|ies)|keys?)\s+(?:called|invoked|ran|calling|invoking|running)|calls?\s+to|invocations?\s+of)\s*(?:=|==|:|named|called)?\s*(?:the\s+)?([A-Za-z][a-z]+(?:[A-Z][a-z0-9]+)+)\b/g;
/**
 * A Windows built-in account, in capitals as Windows writes it ("SYSTEM", "NT AUTHORITY\\NETWORK SERVICE"): a
 * user ("ignoring SYSTEM"), not the ordinary word "system".
 */
const BUILT_IN_ACCOUNT = /(?<![\w\\])(?:NT AUTHORITY\\)?(SYSTEM|LOCAL SERVICE|NETWORK SERVICE)(?![\w\\-])/g;
/**
 * A built-in account of Unix or Windows in any case, set aside by name ("leave out root", "except the guest account",
 * "everyone but Administrator"): a user. Said elsewhere the word is too often ordinary ("root cause", "guest wifi").
 */
const SET_ASIDE_BUILT_IN =
  /(?<=\b(?:except|excluding|but|besides|than|out|ignoring|omitting|without)\s+(?:the\s+)?)(root|administrator|guest|krbtgt)(?=\s+(?:user|account|acct)\b|\s*(?:$|[,;.?!)]|[-\u2013\u2014]\s|\s(?:and|or|in|on|from|since|today|yesterday|this|last)\b))/gi;
/** A service or admin account by its naming convention ("svc_backup", "sa-sql01", "adm_jdoe", "backup_svc"): a user, wherever it stands. */
const SERVICE_ACCOUNT =
  /(?<![\w.@\\-])(?!sa-(?:east|west|north|south|central)(?:east|west)?-\d\b)(?:(?:svc|sa|adm|admin|srv)[_-][A-Za-z0-9][\w-]{1,40}|[A-Za-z][\w-]{1,40}[_-]svc)(?![\w@-]|\.\w)/gi;
/** A lower-case plural noun of an action or a thing ("deletions", "assignments", "settings", "failures"): never a name. */
const ACTION_NOUN_PLURAL = /^[a-z]{3,}(?:ions|ments|ings|ures|ances|ences)$/;
/**
 * An API action written out as its name: a verb the cloud and mail APIs begin their actions with, then a PascalCase
 * object ("DeleteBucket", "PutBucketAcl", "TerminateInstances", "SendOnBehalf", "CopyToFolder"). The value of the
 * event's name, wherever it stands.
 */
const API_ACTION_NAME =
  /(?<![\w.:/\\-])((?:Delete|Create|Put|Update|Attach|Detach|Terminate|Modify|Remove|Authorize|Revoke|Assume|Disable|Enable|Deactivate|Stop|Start|Reboot|Restore|Rotate|Schedule|Purge|Tag|Untag|Move|Send|Add|Set|Copy|Soft|Hard)(?:[A-Z][a-z0-9]+|[A-Z]{2,}(?=[A-Z][a-z]|[^\w]|$))+)(?![\w.:/\\-])/g;
/** A PascalCase word, read as a cloud API action when {@link isApiAction} says so ("GetParameter", "ListUsers"). */
const PASCAL_WORD = /(?<![\w.:/\\-])([A-Z][a-z]+(?:[A-Z][a-z0-9]+|[A-Z]{2,}(?=[A-Z][a-z]|[^\w]|$))+)(?![\w.:/\\-])/g;
/** Words of a cloud audit trail of API calls, where any verb of {@link isApiAction} opens an action's name. */
const SAYS_CLOUD_API = /(?:cloud\s?trail|\baws|\bapi\s+calls?)\b/i;
/**
 * An audit event's name written as its object and a past participle ("MailItemsAccessed", "FileDeleted",
 * "UserLoggedIn", "MemberAdded"), or its object and a sign-in noun ("MailboxLogin", "ConsoleLogin"): the value
 * of the record's operation, wherever it stands.
 */
const EVENT_NAME =
  /(?<![\w.:/\\-])([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*?(?:Accessed|Deleted|Created|Modified|Added|Removed|Updated|Uploaded|Downloaded|Renamed|Moved|Copied|Shared|Sent|Received|Changed|Granted|Revoked|Enabled|Disabled|Failed|Succeeded|Viewed|Previewed|Opened|Restored|Recycled|Assigned|Reset|Started|Stopped|LoggedIn|LoggedOut|CheckedIn|CheckedOut|Login|Logon|Logoff|Logout))(?![\w.:/\\-])/g;
/** Whether a global pattern matches the whole of a name. */
function wholeMatch(pattern: RegExp, name: string): boolean {
  pattern.lastIndex = 0;
  const m = pattern.exec(name);
  pattern.lastIndex = 0;
  return m !== null && m.index === 0 && m[0].length === name.length;
}
/** A PowerShell cmdlet (approved verb, hyphen, PascalCase noun) anywhere in the question: an operation's name ("Add-MailboxPermission changes"). */
const CMDLET =
  /(?<![\w-])(?:New|Set|Add|Remove|Enable|Disable|Update|Get|Grant|Revoke|Start|Stop|Invoke|Import|Export|Install|Register|Clear|Reset)-[A-Z][A-Za-z]{2,60}(?![\w-])/g;
/**
 * A CamelCase code the question sets apart ("failed logins (UserLoginFailed)") or gives as an
 * outcome ("calls that returned AccessDenied", "error code InvalidClientTokenId", "ThrottlingException
 * errors"): a value to search
 * for, whatever column holds it.
 */
/** A CamelCase code set apart, given as an outcome, or named by its error ending ("AccessDenied", "ThrottlingException") anywhere. */
const CAMEL_VALUE =
  /\(\s*([A-Z][a-z]+(?:[A-Z][a-z0-9]+)+)\s*\)|\b(?:returned|returning|returns|(?:failed|ended)\s+with|with\s+(?:the\s+)?(?:error|result|status)(?:\s+code)?|error(?:\s+code)?|resulted\s+in)\s+(?:an?\s+)?([A-Z][a-z]+(?:[A-Z][a-z0-9]+)+)\b|\b([A-Z][a-z]+(?:[A-Z][a-z0-9]+)+)(?=\s+(?:errors?|exceptions?|faults?|denials?)\b)|\b((?:[A-Z][a-z0-9]+)+(?:Denied|Exception|Error|Failure|Fault|NotFound|Unauthorized|Forbidden|Throttled|Expired|Mismatch|Invalid|Unavailable))\b/g;
/** A CamelCase name counted ("more than 15 UserLoginFailed", "3 ConsoleLogin"): the name of the event counted. */
const COUNTED_CAMEL = /(?<=\b\d{1,9}\s+)([A-Z][a-z]+(?:[A-Z][a-z0-9]+)+)\b(?![.\\/-])/g;
/** Words before or after a script that say it was run ("executed collect.ps1", "setup.bat was run", "run.vbs executions"). */
const RUN_BEFORE =
  /\b(?:ran|run|runs|running|execut(?:e|ed|es|ing)|launch(?:ed|es|ing)?|invok(?:e|ed|es|ing)|start(?:ed|s|ing))\s+(?:the\s+|a\s+)?(?:script\s+)?$/i;
const RUN_AFTER =
  /^\s+(?:(?:was|were|got|being|been|is)\s+)?(?:executed|run|ran|launched|invoked|executions?|runs|launch(?:es)?)\b/i;
/** The noun after a bare extension (".ps1 files", ".js scripts"). */
const SCRIPT_NOUN_AFTER = /^\s+(?:files?|scripts?)\b/i;
/** Whether a script (`start`..`end` holds its name or bare extension) is said to be run: its interpreter's command line names it. */
function scriptSaidRun(extension: string, text: string, start: number, end: number): boolean {
  if (!SCRIPT_EXTENSIONS.has(extension)) return false;
  // ".vbs files were launched": the noun of a bare extension stands between it and the verb.
  const after = text.slice(end, end + 40).replace(SCRIPT_NOUN_AFTER, '');
  return RUN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || RUN_AFTER.test(after);
}
/**
 * A process named as the parent of another ("spawned by winword.exe", "parent process excel.exe", "child of explorer.exe",
 * "where parent isn't explorer.exe"),
 * or a later item of such a list ("spawned by winword or excel"), also after "anything but" ("started by anything but services.exe"). "The parent of X" names the child X, not a parent.
 */
const PARENT_BEFORE =
  /\b(?:(?:spawned|launched|started|created|opened|executed|run|forked)\s+(?:by|from|under)|parent(?:\s+(?:process|image))?(?!\s+of\b)(?:\s+(?:(?:is|was)(?:\s+not)?|(?:is|was)n['’]?t|not|=|!=|:))?|child(?:ren)?(?:\s+process(?:es)?)?\s+of)(?:\s+(?:anything|anyone|any\s+process|everything)\s+(?:except|but|other\s+than|besides|apart\s+from))?\s+(?:[\w.-]{1,30}(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|\s*\/\s*)){0,3}$/i;
/**
 * Words after a process that make it the parent ("explorer.exe as a parent", "leaving out cmd.exe as the parent process"),
 * an arrow to another ("excel.exe -> cmd.exe"), or an active verb with the started program next ("mshta.exe spawning
 * regsvr32", "outlook launches a child powershell"), also as an item of a list the verb follows ("Word or Excel launch
 * python.exe");
 * "launched by", "started from" or "spawned on" name no child.
 */
const PARENT_AFTER =
  /^(?:\s*(?:->|\u2192|=>)\s*(?=[\w-])|\s+as\s+(?:an?\s+|the\s+|its\s+|their\s+)?parent(?:\s+process(?:es)?)?\b|(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|\s*\/\s*)[\w.-]{1,30}){0,3}\s+(?:spawn(?:s|ing|ed)?|launch(?:es|ing|ed)?|start(?:s|ing|ed)|creat(?:es|ing|ed)|fork(?:s|ing|ed))\s+(?:(?:an?|the|child|new|its)\s+){0,3}(?!(?:by|from|under|on|in|at|as|via|with|through|for|to|within|inside|across|over|during|since|after|before|when|while|and|or|today|yesterday|tonight|this|last|past|recently|again|remotely|successfully|automatically|manually|daily|hourly|every|each|up|out|more|less|than|times?|once|twice|anything|something)\b)[A-Za-z][\w.-]{1,40})/i;

/** A program's name in a phrase of one used on another ("sqldumper", "procdump64.exe"). */
const TOOL_NAME = String.raw`[a-z][\w-]{2,30}(?:\.exe)?`;
/**
 * A program used on another ("procdump used against lsass", "sqldumper run on lsass.exe", "taskkill targeting the
 * MsMpEng process", "procdump dumping lsass"), or the other said first ("lsass dumped with procdump"): the tool is
 * the image that ran, the target is named on its command line.
 */
const TOOL_TARGET = new RegExp(
  String.raw`(?<![\w.\\/-])(?<tool>${TOOL_NAME})\s+(?:(?:was|were|is|been|being|got)\s+)?(?:(?:used|run|ran|executed|launched|invoked)\s+(?:on|against|targeting)|against|targeting|(?:aimed|pointed)\s+at|dump(?:s|ed|ing)?)\s+(?:the\s+)?(?!(?:with|by|using|via|from|on|in|at|to)\b)(?<target>${TOOL_NAME})(?<process>\s+process(?:es)?)?(?![\w.\\/-])` +
    String.raw`|(?<![\w.\\/-])(?<target2>${TOOL_NAME})(?<process2>\s+process(?:es)?)?\s+(?:memory\s+)?(?:(?:was|were|got|being|been)\s+)?(?:dumped|targeted|attacked)\s+(?:with|by|using|via)\s+(?:the\s+)?(?<tool2>${TOOL_NAME})(?![\w.\\/-])`,
  'dgi',
);
/** A program {@link PROGRAM} knows, said whole. */
const KNOWN_PROGRAM = new RegExp(`^(?:${PROGRAM.source})$`, 'i');
/** A tool or a program named in the words before another program's name: that name is one of its arguments. */
const PROGRAM_BEFORE = new RegExp(`${KNOWN_TOOL.source}|${PROGRAM.source}`, 'i');
/** Characters before a tool read for a program whose arguments it is among ("rundll32 with comsvcs MiniDump …"). */
const ARGUMENT_WINDOW = 40;

/**
 * The hits of a program used on another: the program acted on as a part of the command line, when it is a program
 * (known, an .exe, or said as a process); the tool as the process, unless a word stands where its name would, or a
 * program named just before makes it one of that program's arguments (on the command line too).
 */
function toolTargetHits(text: string, m: RegExpExecArray): ValueHit[] | null {
  const group = (name: string) => (m.groups?.[name] === undefined ? `${name}2` : name);
  const [toolGroup, targetGroup] = [group('tool'), group('target')];
  const target = m.groups![targetGroup]!;
  if (!m.groups![group('process')] && !/\.exe$/i.test(target) && !KNOWN_PROGRAM.test(target)) return null;
  const [targetStart, targetEnd] = m.indices!.groups![targetGroup]!;
  const hits: ValueHit[] = [
    { kind: 'command_line', value: target, start: targetStart, end: targetEnd, operator: 'contains' },
  ];
  const tool = m.groups![toolGroup]!;
  if (isFunctionWord(tool.toLowerCase()) || NOT_A_PROGRAM.test(tool)) return hits;
  const [start, end] = m.indices!.groups![toolGroup]!;
  const argument = toolGroup === 'tool' && PROGRAM_BEFORE.test(text.slice(Math.max(0, start - ARGUMENT_WINDOW), start));
  const hit: ValueHit = argument
    ? { kind: 'command_line', value: tool, start, end, operator: 'contains' }
    : { kind: 'process', value: tool.toLowerCase(), start, end, operator: 'contains' };
  return start < targetStart ? [hit, ...hits] : [...hits, hit];
}

/** Words after a program that make it what a technique acts on ("lsass dump", "lsass process memory"), not a program that ran. */
const ACTED_ON_AFTER = /^\s+(?:(?:process\s+)?memory\s+)?(?:dump(?:s|ed|ing)?|memory)\b/i;

/** A question about what a program brought up ("what did X …", "which processes has X …"), the program next. */
const ASKED_CHILDREN_BEFORE =
  /\b(?:what|which\s+(?:processes|programs|binaries|commands|children))\s+(?:else\s+)?(?:did|does|do|has|have|had)\s+$/i;
/** The verb of that question: the program asked about started the others. */
const ASKED_CHILDREN_AFTER =
  /^\s+(?:start(?:ed)?|launch(?:ed)?|spawn(?:ed)?|run|ran|creat(?:e|ed)|execut(?:e|ed)|fork(?:ed)?|kick(?:ed)?\s+off)\b/i;

/** Whether the words around a process name (before it, or "as a parent" after it) make it the parent. */
function saidAsParent(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return (
    PARENT_BEFORE.test(before) ||
    PARENT_AFTER.test(after) ||
    (ASKED_CHILDREN_BEFORE.test(before) && ASKED_CHILDREN_AFTER.test(after))
  );
}
/** CamelCase product and source names, which name where data comes from, not an operation in it. */
const PRODUCT_NAMES = new Set([
  'powershell',
  'cloudtrail',
  'sharepoint',
  'onedrive',
  'guardduty',
  'cloudwatch',
  'eventcode',
  'eventid',
  'sourcetype',
  'loganalytics',
  'office',
  'azuread',
  'securityevent',
  'windowsevent',
  'sysmon',
  'github',
  'gitlab',
  'macos',
  'iphone',
  'linkedin',
  'youtube',
  'wordpress',
  'mysql',
  'postgresql',
  'javascript',
  'typescript',
  'okta',
  'crowdstrike',
  'falcon',
]);

const MAIL_CONTEXT =
  /\b(?:e-?mails?|mail(?:box)?|sender|recipients?|inbox|phish\w*|sent|received|from address|smtp)\b/i;

/** Words after a number that make it a count, an amount or a duration, not an id. */
const NOT_AN_ID_AFTER =
  /^\s*(?:(?:usd|eur|gbp|dollars?|euros?|pounds?|orders?|items?|rows?|records?|results?|times|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|bytes|[kmg]b|%)\b|or\s+(?:more|fewer|less)\b|\+(?!\s*\d))/i;

/** Offsets of each number of a list match, so each number is one hit with its own span. */
function listHits(
  match: RegExpExecArray,
  group: number,
  make: (value: string, start: number, end: number) => ValueHit | null,
): ValueHit[] {
  const list = match[group]!;
  const listStart = match.index + match[0].lastIndexOf(list);
  const hits: ValueHit[] = [];
  const numbers = /\d{1,7}/g;
  for (let m = numbers.exec(list); m !== null; m = numbers.exec(list)) {
    const hit = make(m[0], listStart + m.index, listStart + m.index + m[0].length);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** Whether a quoted value ending at `end` is where sign-ins went ("logons to 'X'"), not an account or a host signed into. */
function signedInto(text: string, before: string, end: number): boolean {
  return SIGNED_INTO_BEFORE.test(before) && !SIGNED_INTO_OTHER_AFTER.test(text.slice(end, end + 24));
}

/**
 * The transport protocol written right before each port read ("udp 5060") or right after it ("5060/udp"), a value of
 * its own on the protocol column.
 */
function portProtocols(text: string, hits: readonly ValueHit[], taken: SpanSet): ValueHit[] {
  const protocols: ValueHit[] = [];
  for (const hit of hits) {
    if (hit.kind !== 'port') continue;
    const from = Math.max(0, hit.start - PROTOCOL_REACH);
    const before = PROTOCOL_BEFORE_PORT.exec(text.slice(from, hit.start));
    const after = before ? null : PROTOCOL_AFTER_PORT.exec(text.slice(hit.end, hit.end + PROTOCOL_REACH));
    const m = before ?? after;
    if (!m) continue;
    const start = before ? from + before.index : hit.end + m[0].length - m[1]!.length;
    if (taken.overlaps(start, start + m[1]!.length)) continue;
    taken.add(start, start + m[1]!.length);
    protocols.push({ kind: 'text', value: m[1]!.toLowerCase(), start, end: start + m[1]!.length, hint: PROTOCOL_HINT });
  }
  return protocols;
}

/**
 * A noun of addresses or of the machines behind them right after a range written short ("10.x srcs", "192.168.x
 * hosts", "10.* addresses"): the range is one of addresses, not a version ("python 3.x").
 */
const ADDRESS_NOUN_AFTER =
  /^\s+(?:src|srcs|sources?|source\s+(?:ips?|addresses)|dst|dsts|dests?|destinations?|ips?|ip\s+addresses|addresses|addrs?|hosts?|clients?|servers?|machines?|devices?|endpoints?|subnets?|ranges?|networks?|space|block)\b/i;

/** The CIDR block an IPv4 address written with open parts stands for ("10.4.x.x" → 10.4.0.0/16), or null. */
function openIpRange(m: RegExpExecArray): ValueHit | null {
  const fixed = m[1]!.slice(0, -1).split('.');
  const parts = m[0].split('.').length;
  if (
    (m[2] !== undefined || fixed.length < 2) &&
    parts !== 4 &&
    !ADDRESS_NOUN_AFTER.test(m.input.slice(m.index + m[0].length))
  )
    return null;
  if (fixed.some((part) => Number(part) > 255)) return null;
  const value = `${[...fixed, '0', '0', '0'].slice(0, 4).join('.')}/${fixed.length * 8}`;
  return { kind: 'cidr', value, start: m.index, end: m.index + m[0].length };
}

/** The HTTP status codes listed right after the one that ends at `end` ("… or 503"), each a status hit of its own. */
function moreHttpStatuses(text: string, end: number): ValueHit[] {
  const list = MORE_HTTP_STATUSES.exec(text.slice(end, end + 80))?.[0];
  if (list === undefined) return [];
  return allMatches(list, ONE_HTTP_STATUS).map((code) => ({
    kind: 'text',
    value: code[0].toLowerCase(),
    start: end + code.index,
    end: end + code.index + code[0].length,
    hint: 'status',
  }));
}

function classifyQuoted(text: string): ValueHit['kind'] {
  const value = text.trim();
  if (validIp(value)) return value.includes('/') ? 'cidr' : 'ip';
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return 'user';
  if (/^(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$/.test(value)) return 'hash';
  if (/^https?:\/\//i.test(value)) return 'url';
  if (new RegExp(`^[\\w$.-]+\\.(?:${PROCESS_EXTENSIONS.join('|')})$`, 'i').test(value)) return 'process';
  if (/^(?:HKLM|HKCU|HKEY_)|\\(?:SOFTWARE|SYSTEM)\\/i.test(value)) return 'registry';
  return 'text';
}

function hashHint(length: number): string {
  return length === 64 ? 'sha256' : length === 40 ? 'sha1' : 'md5';
}

/**
 * Cheap tests without which a pattern cannot match: most questions hold no IP, path or hash, and
 * a gate spares them the pattern's scan (the path and domain patterns try every position).
 */
const GATES = {
  quoted: /["“`']/,
  url: /:\/\//,
  email: /@/,
  guid: /[0-9A-Fa-f]{8}-/,
  ipv4: /\d\.\d/,
  ipv4Open: /\d\.[xX*]/,
  ipv6: /[0-9A-Fa-f]*:[0-9A-Fa-f]*:/,
  hash: /[0-9A-Fa-f]{32}/,
  backslash: /\\/,
  folder: /\\|%[A-Za-z_]{2,30}%|\b[A-Za-z]:\s/,
  folderWord: /\b(?:folders?|director(?:y|ies)|dirs?)\b/i,
  extension: new RegExp(`\\.(?:${EXTENSION_GROUP})(?![\\w.])`, 'i'),
  port: /port/i,
  digits4: /\d{4}/,
  digits: /\d/,
  domain: /[A-Za-z0-9]\.[A-Za-z]/,
  eventWord: /event|\b(?:ids?|evts?|eids?)\b/i,
  userWord: /\buser|\baccount|\bacct\b|\bupn\b|\blogin\s+name|\bpw\b|\bpwd\b|\bpassw/i,
  camel: /[a-z][A-Z][a-z]|[a-z]-[A-Z][a-z]|[a-z]-?[A-Z]{2}/,
  namedCode: /typ|status|code|reason|options/i,
  errorWord: /error|result|fail|code/i,
  dotWord: /(?:^|[\s(*"'])\.[A-Za-z]/,
  serviceAccount: /(?:svc|sa|adm|admin|srv)[_-]|[_-]svc\b/i,
  hex: /0x[0-9A-Fa-f]/,
  region: /-\d\b|(?:us|europe|asia|central|east|west|north|south)\d?\b/i,
  dash: /(?:^|[\s(])--?[A-Za-z]/,
  slash: /(?:^|\s)\/[A-Za-z]/,
  moduleCommand: /::\w/,
  hostAfter: /\b(?:on|from|at|to|into|onto|against|than|except|excluding|besides|out|but|omitting|ignoring)\s+[A-Z]{2}/,
  hostAfterLower:
    /\b(?:on|from|at|to|into|onto|against|than|except|excluding|besides|out|but|omitting|ignoring)\s+[a-z]{2}[a-z0-9-]*\d/,
  hostSubject: /[A-Za-z]-\d/,
  hostAnywhere: /[A-Z]{2}[A-Z0-9]*-[A-Z0-9]/,
  hostAnywhereLower: /[a-z]-[a-z0-9]+-[a-z]?\d/,
  hostRoleNumberedLower: /[a-z]-[a-z]{2,}\d\d/,
  hostPowered: new RegExp(POWER_WORD, 'i'),
  hostTopicLower: /^\s*[a-z][a-z0-9-]*\d[a-z0-9-]*(?:\s*:|\s+[-\u2013\u2014])\s/,
  builtInSetAside: /\b(?:root|administrator|guest|krbtgt)\b/i,
  wellKnownAccount: new RegExp(`\\b(?:${WELL_KNOWN_ACCOUNTS})\\b`, 'i'),
  hostWord:
    /host|server|machine|computer|device|endpoint|workstation|laptop|\bdc\b|domain controller|\bvm\b|\bbox\b|bastion|jumpbox|proxy|gateway|firewall|router|printer|kiosk/i,
} as const;

/**
 * A code said with the name of what it is ("encryption type 0x17", "logon type 10", "logins of type 3", "status
 * 0xC000006A"), its words maybe shortened ("enc type 0x12", "logon typ 3").
 */
const NAMED_CODE =
  /\b((?:ticket\s+)?enc(?:ryption|rypt|r)?\s+typ(?:e)?|log(?:on|in)s?\s+(?:of\s+)?typ(?:e)?|sub[\s_-]?status|status(?:\s+code)?|error\s+code|result\s+type|failure\s+(?:code|reason)|ticket\s+options)\s*(?:of\s+|=\s*|is\s+|:\s*)?(0x[0-9A-Fa-f]{1,16}|\d{1,6})\b/gi;
/**
 * More codes listed right after a named one ("logon type 3 or 10", "sub status 0xC000006A, 0xC0000234"), not a count
 * of something ("status 500 and 10 users").
 */
const MORE_NAMED_CODES =
  /^(?:\s*(?:,\s*(?:or|and)?|\/|or|and)\s*(?:0x[0-9A-Fa-f]{1,16}|\d{1,6})\b(?![.:%+]|\s+(?:times?|users?|accounts?|hosts?|devices?|machines?|events?|rows?|results?|records?|attempts?|failures?|logons?|logins?|sign[\s-]?ins?|ips?|days?|hours?|hrs?|minutes?|mins?|weeks?|months?|years?|seconds?|secs?|or\s+more|and\s+(?:more|above|up))\b))+/i;
/** A logon type said before the logons ("type 10 logons", "type 3 or 10 log-ins"). */
const TYPE_BEFORE_LOGONS =
  /\btype\s+(\d{1,2}(?:\s*(?:,|\/|or|and)\s*\d{1,2}){0,3})\s+(?:interactive\s+|remote\s+|network\s+)?(?:logons?|logins?|log-?ons?|log-?ins?|sign-?ins?)\b/gi;
/** One code in such a list. */
const ONE_NAMED_CODE = /0x[0-9A-Fa-f]{1,16}|\d{1,6}/g;

/** The codes listed after a named one, each a hit of the same name. */
function moreNamedCodes(text: string, end: number, hint: string): ValueHit[] {
  const list = MORE_NAMED_CODES.exec(text.slice(end, end + 120))?.[0];
  if (list === undefined) return [];
  return allMatches(list, ONE_NAMED_CODE).map((code) => ({
    kind: 'text',
    value: code[0],
    start: end + code.index,
    end: end + code.index + code[0].length,
    hint,
  }));
}

/** "logons type", "logins of type", "logon typ": the logon type, said of the logons. */
const LOGONS_OF_TYPE = /^log(?:on|in)s?\s+(?:of\s+)?typ(?:e)?$/;
/**
 * Numeric error or result codes named as such, one or a list ("error 50126", "errors 50074 or 50076",
 * "result codes 0, 50140"), or a code of five to seven digits something failed with ("failing w/ 50126",
 * "failed with 7000218") or called a code ("code 53003"; not a postal or a product code):
 * each a value of the code's column, not a count or a year.
 */
const ERROR_CODES =
  /\b(?:(?:error|result|failure)(?:\s+(?:codes?|types?))?s?\s*[:=#]?|fail(?:ing|ed|s)?\s+(?:with|w\/)\s+(?:(?:an?|the)\s+)?(?:(?:error|result)\s+)?(?:codes?\s+)?(?=\d{5,7}\b)|(?<!\b(?:zip|postal|post|area|country|currency|product|discount|promo|coupon|voucher|reference|ref|tracking|exit|source|ticket|order|item|sku|account|branch|sort|access)\s+)codes?\s*[:=#]?\s*(?=\d{5,7}\b))\s*(\d{3,7}(?:\s*(?:,|\/|or|and|, and|, or)\s*\d{3,7}){0,15})\b/gi;
/**
 * An HTTP status code ("HTTP 500", "http status 404", "403 responses", "404s", "401/403s", "pages giving 410", "calls that came back
 * with a 502", "failed with a 504" in a question about web requests), or
 * a class of them ("5xx errors": read as `5xx`, which the agents search as every code of the class).
 */
const HTTP_STATUS =
  /(?<![\w.-])([1-5][xX]{2})s?\b|\bhttps?[\s/-]*(?:status\s*)?(?:code\s*)?([1-5]\d\d)\b(?![.:\d])|(?<![\w.$€£:/-])([1-5]\d\d)(?:s\b|(?=\s*\/\s*[1-5]\d\ds\b)|(?=\)?\s+(?:errors?|responses?|status(?:es)?|codes?)\b))|\b(?:return(?:ing|ed|s)?|respond(?:ing|ed|s)?\s+with|(?:with|got|gave|giving)\s+(?:an?\s+)?status|status(?:\s+code)?|(?:got|get|gets|getting|received|receiving|(?:came|comes?|coming)\s+back(?:\s+(?:with|as))?|(?:fail|error)(?:ed|s|ing)?\s+with)(?=\s+(?:an?\s+)?[1-5]\d\d\b(?!\s+(?:requests?|hits?|calls?|times|rows?|results?|records?|events?|users?|visits?|pages?|items?|of)\b))|(?:hit|hitting)(?=\s+an?\s+[1-5]\d\d\b)|(?:giv(?:e|es|ing)|gave|throw(?:s|ing)?|threw|serv(?:e|es|ed|ing)|yield(?:s|ed|ing)?)(?=\s+(?:an?\s+)?(?:http\s+)?[1-5]\d\d\b))\s+(?:an?\s+)?(?:http\s+)?([1-5]\d\d)\b(?![.:\d%])/gi;
/** HTTP's two classes of error said in words ("server errors", "a client-side error", "HTTP server error"). */
const HTTP_ERROR_CLASS = /\b(?:https?\s+)?(server|client)(?:[\s-]side)?[\s-]errors?\b/gi;
/** More HTTP status codes listed right after one ("… 401 or 407", "… 500, 502 and 504", "401/403s"): each one a value too. */
const MORE_HTTP_STATUSES = /^(?:\s*(?:,\s*(?:or|and)?|\/|or|and)\s*(?:http\s+)?[1-5](?:\d\d|xx)s?\b(?![.:\d%]))+/i;
/** One HTTP status code, or a class of them, in a list. */
const ONE_HTTP_STATUS = /[1-5](?:\d\d|xx)/gi;
/** Words of web requests, or a URL path as its own word (`/api/v2/orders`), around an HTTP status code. */
const HTTP_CONTEXT =
  /\b(?:https?|web|urls?|uris?|requests?|responses?|proxy|waf|user[\s_-]?agents?)\b|(?:^|[\s("'])\/[A-Za-z_~%-][\w~%.-]*/i;
/**
 * HTTP status codes said the way web people say them, with no other word of the web: in the plural ("404s",
 * "401/403s"), or as errors or responses of a site named ("500 errors on portal.contoso.com").
 */
const HTTP_STATUS_PLURAL = /(?<![\w.$€£:/-])[1-5]\d\d(?:\s*\/\s*[1-5]\d\d)*s\b/;
const HTTP_STATUS_ERRORS = /(?<![\w.$€£:/-])[1-5]\d\d\s+(?:errors?|responses?)\b/i;

/** Whether the question speaks of the web, so a three-digit code in it may be an HTTP status. */
function saysHttp(text: string): boolean {
  return (
    HTTP_CONTEXT.test(text) ||
    HTTP_STATUS_PLURAL.test(text) ||
    HTTP_STATUS_CLASS.test(text) ||
    (HTTP_STATUS_ERRORS.test(text) && NAMES_DOMAIN.test(text))
  );
}

/** A code said to be other than zero ("a non-zero error code", "nonzero result types", "non zero exit code"). */
const NON_ZERO_CODE =
  /\bnon-?\s?zero\s+((?:error|result|exit|return|status)\s+(?:codes?|types?)|(?:error|exit|status)s?)\b/gi;
/** A hexadecimal code on its own ("0xC000006A"). */
const HEX_CODE = /(?<![\w.])0x[0-9A-Fa-f]{1,16}\b/g;
/**
 * A command-line switch ("-EncodedCommand", "--no-profile"), read when the question speaks of
 * command lines, writes the switch right after a program's file name ("tool.exe -silent") or a
 * shell or system tool's bare name ("wmic -node"), or alone in brackets ("(-decode)").
 */
const SWITCH = /(?<![\w\\/-])--?[A-Za-z][\w-]{2,40}\b/g;
/**
 * A short switch (one or two letters) set apart as a switch: alone in brackets ("(-q)"), named so ("the -hq switch",
 * "flag -x"), or after "with"/"using" ("ran with -z"). Written alone, a dash and a letter is no switch.
 */
const SHORT_SWITCH_SAID =
  /(?<=\(\s*)--?[A-Za-z][A-Za-z0-9]?(?=\s*\))|(?<![\w\\/-])--?[A-Za-z][A-Za-z0-9]?(?=\s+(?:switch|flag|option|parameter|argument)\b)|(?<=\b(?:switch|flag|option|with|using)\s+(?:the\s+)?)--?[A-Za-z][A-Za-z0-9]?(?![\w.\\/-])/g;
/**
 * A short switch with its argument written in a run of switches ("-nop -w hidden", "--x -c utf8"): one
 * command-line part, the switch and its argument together (a one-letter switch alone matches anything).
 */
const SHORT_SWITCH_ARG = /(?<=--?[A-Za-z][\w-]{0,40}\s+)-[A-Za-z]{1,2}\s+([A-Za-z][\w.-]{1,30})\b(?![\\/])/g;
/**
 * PowerShell's policy and window switches with the argument that makes them suspicious ("-ExecutionPolicy
 * Bypass", "-ep unrestricted", "-WindowStyle Hidden"): the argument, which every spelling of the switch
 * ("-ep", "-exec", "-ExecutionPolicy") writes alike.
 */
const POWERSHELL_SWITCH_ARG =
  /(?<![\w\\/-])-(?:executionpolicy|exec|ep|ex|windowstyle|window|win|w)\s+(bypass|unrestricted|hidden)\b/gi;
const SWITCH_CONTEXT =
  /(?:\b(?:ran|run|runs|running|launched|started|executed|invoked|with|using)\s+|(?<!\w)w\/\s*)(?:the\s+)?--?[A-Za-z]|\(\s*--?[A-Za-z][\w-]{2,40}\s*\)|command[\s-]?lines?|\bcmdline|\bflags?\b|\bswitch(?:es)?\b|\barguments?\b|\bparameters?\b|\bargs\b|(?:\.(?:exe|com|bat|cmd|ps1|sh|py)|\b(?:powershell|pwsh|cmd|certutil|bitsadmin|rundll32|regsvr32|mshta|wmic|schtasks|msiexec|curl|wget|python3?|bash|netsh|vssadmin|wevtutil))\s+--?[A-Za-z]/i;

/**
 * A module-and-command token of an attack or admin tool ("lsadump::dcsync", "privilege::debug",
 * "[System.Convert]::FromBase64String"): `::` between two names says it is a command's argument, read
 * as a command-line value wherever it stands.
 */
const MODULE_COMMAND =
  /(?<![\w:\\/.-])(?:\[[A-Za-z][\w.]{0,60}\]|[A-Za-z_][\w.-]{0,40})::[A-Za-z_][\w.-]{0,60}(?![\w:])/g;
/**
 * A Windows-style switch ("/add", "/c", "/quiet"), read when the question speaks of command lines or
 * writes the switch within a few words of a shell or system tool's name or another switch
 * ("net user /add", "vssadmin delete shadows /all").
 */
const SLASH_SWITCH = /(?<![\w/.:\\-])\/[A-Za-z][\w:-]{0,30}(?![\w/.\\])/g;
const SLASH_CONTEXT =
  /command[\s-]?lines?|\bcmdline|\bswitch(?:es)?\b|\barguments?\b|\bflags?\b|(?:\.(?:exe|com|bat|cmd)|\b(?:net1?|cmd|schtasks|vssadmin|wmic|bcdedit|reg|sc|certutil|bitsadmin|nltest|whoami|taskkill|icacls|attrib|wevtutil|netsh|msiexec|regsvr32|rundll32|dsquery|csvde|ldifde))(?:\s+[\w.$-]{1,40}){0,3}\s+\/[A-Za-z]/i;

/**
 * A system tool and its subcommand written before a Windows-style switch ("net user /add", "schtasks
 * create /tn", "vssadmin delete shadows /all"): the tool is the process, the subcommand part of its
 * command line, whatever the words around them.
 */
const SUBCOMMAND_TOOLS = String.raw`(?:net1?|schtasks|vssadmin|wmic|bcdedit|reg|sc|nltest|netsh|dsquery)`;
const TOOL_SUBCOMMAND = new RegExp(
  String.raw`(?<=(?<![\w.\\/-])${SUBCOMMAND_TOOLS}\s+)[a-z][\w-]{1,30}(?=(?:\s+[\w.$-]{1,40}){0,2}\s+\/[A-Za-z][\w:-]{0,30}(?![\w/.\\]))`,
  'gi',
);
const TOOL_BEFORE_SUBCOMMAND = new RegExp(String.raw`(?<![\w.\\/-])(${SUBCOMMAND_TOOLS})\s+$`, 'i');

/**
 * A cloud region's code: AWS ("us-east-1", "eu-central-2", "us-gov-west-1") or Azure
 * ("eastus", "westeurope", "uksouth", "australiaeast"), a value of the region column.
 */
const CLOUD_REGION =
  /\b(?:(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso)?-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d|(?:east|west|north|south|central|northcentral|southcentral|westcentral)(?:us|europe|asia|india)\d?|(?:uk|japan|korea|australia|canada|brazil|france|germany|switzerland|norway|sweden|uae|southafrica)(?:west|east|south|north|central|southeast|westcentral|northeast)\d?)\b/gi;

/**
 * A word said to be in a command line: "with urlcache in the command line", "w/ regread in the args", "command line containing bypass",
 * "where the command line has -w hidden" (the word in the first or second group).
 */
const IN_COMMAND_LINE =
  /(?:\b(?:with|containing|contains|has|having|including|includes|executing|running|passing|calling|invoking)|(?<!\w)w\/)\s+["'`]?([\w./\\:=-]{2,64}?)["'`]?\s+(?:in|on|inside)\s+(?:the\s+|its\s+|their\s+)?(?:full\s+)?(?:command[\s-]?lines?|cmd[\s-]?lines?|commandlines?|arguments|args)\b|\b(?:command[\s-]?lines?|cmd[\s-]?lines?|commandlines?|arguments|args)\s+(?:that\s+)?(?:containing|contains?|has|having|with|including|includes|like)\s+["'`]?([\w./\\:=-]{2,64}?)["'`]?(?=[\s,;.?!)]|$)/gi;

/** A URI scheme written alone with its colon ("javascript:", "ms-msdt:", "file:"). */
const URI_SCHEME = /^[a-z][a-z0-9+.-]{1,30}:$/i;

/** A verb of running just before a quoted value ("anyone run '…'", "who executed the command \"…\""). */
const RUN_COMMAND_BEFORE =
  /\b(?:run|ran|runs|running|execut(?:e|ed|es|ing)|launch(?:ed|es|ing)?|invok(?:e|ed|es|ing)|typed|typing|entered)\s+(?:the\s+|a\s+)?(?:command(?:\s+line)?\s+)?$/i;

/** A command line's noun: "command line", "cmdline", "command-line arguments", "args". */
const COMMAND_LINE_NOUN = String.raw`(?:(?:process\s+)?command[\s-]?lines?|cmd[\s-]?lines?|commandlines?|(?:command[\s-]?line\s+)?arg(?:ument)?s)`;

/**
 * A quoted value said to be in a command line: after it ("\"-urlcache\" in the command line", "'-enc' on the cmdline
 * of") or before it ("a command line containing 'javascript:'", "cmdline has \"-nop\"", "net commands that mention
 * \"domain admins\"").
 */
const IN_COMMAND_LINE_AFTER = new RegExp(
  String.raw`^\s*(?:in|on|within|inside)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?(?:full\s+)?${COMMAND_LINE_NOUN}\b`,
  'i',
);
const COMMAND_LINE_BEFORE = new RegExp(
  String.raw`\b(?:${COMMAND_LINE_NOUN}|commands?|cmds?)\s+(?:that\s+|which\s+)?(?:contains?|containing|includes?|including|with|has|having|like|matching|matches|mentions?|mentioning|references?|referencing)\s+$`,
  'i',
);

/** An app's noun just before a quoted value ("the app \"…\"", "application named '…'"): the quoted value is the app's name. */
const APP_NOUN_BEFORE = /\b(?:apps?|applications?)\s+(?:named\s+|called\s+)?$/i;

/** Sign-in words and where they went just before a quoted value ("logins into \"…\"", "sign-ins to the '…'"): the quoted value is the app signed into. */
const SIGNED_INTO_BEFORE =
  /\b(?:sign(?:ing|ed|s)?[\s-]?ins?|log(?:ging|ged|s)?[\s-]?(?:in|on)s?|logins?|logons?|authenticat(?:ed|ing|es|ions?))\s+(?:in)?to\s+(?:the\s+)?$/i;
/** A noun after a quoted value signed into that makes it something else than an app ("logins to the \"ops\" account"). */
const SIGNED_INTO_OTHER_AFTER =
  /^\s*(?:users?|accounts?|hosts?|machines?|servers?|devices?|computers?|workstations?|groups?|roles?|mailbox(?:es)?|tenants?|domains?|subscriptions?)\b/i;

/** Two or three words said to be in a command line ("w/ comsvcs.dll MiniDump in the cmdline"), each searched for in it. */
const WORDS_IN_COMMAND_LINE =
  /(?:\b(?:with|containing|contains|has|having|including|includes)|(?<!\w)w\/)\s+((?:["'`]?[\w./\\:=-]{2,64}["'`]?\s+){1,2}["'`]?[\w./\\:=-]{2,64}["'`]?)\s+(?:in|on|inside)\s+(?:the\s+|its\s+|their\s+)?(?:full\s+)?(?:command[\s-]?lines?|cmd[\s-]?lines?|commandlines?|arguments|args)\b/gi;

/** A piece of a command line the match holds whole ("-enc", "/add", "invoke-webrequest"): searched for in the command line. */
function commandLinePart(m: RegExpExecArray): ValueHit {
  return { kind: 'command_line', value: m[0], start: m.index, end: m.index + m[0].length, operator: 'contains' };
}

/**
 * "Run and RunOnce keys": each autostart key said, as its path under `CurrentVersion` (`CurrentVersion\\Run`), a key
 * whose path holds another said key's path ("RunOnce" beside "Run") left to that one.
 */
function autostartKeyHits(m: RegExpExecArray, text: string): ValueHit[] | null {
  // "a run key rotation job": one key said in lower case is an autostart key only beside the registry's own words.
  if (m[1] !== undefined && m[0] === m[0].toLowerCase() && !m[1].endsWith('s') && !REGISTRY_WORDS.test(text))
    return null;
  const names = allMatches(m[0], AUTOSTART_NAMES).map((n) => AUTOSTART_KEYS.get(n[0].toLowerCase())!);
  const kept = [...new Set(names)].filter(
    (name, _, all) => !all.some((other) => other !== name && name.startsWith(other)),
  );
  return kept.map((name) => ({
    kind: 'registry',
    value: `CurrentVersion\\${name}`,
    start: m.index,
    end: m.index + m[0].length,
    operator: 'contains',
  }));
}

/** Words of running a script or a command, beside which a quoted cmdlet is what a shell ran, not an operation's name. */
const SHELL_RUN_WORDS = /\b(?:powershell|pwsh|command[\s-]?lines?|scripts?|cmdlets?)\b/i;

/**
 * Whether a quoted value is the name of an audit operation ("FileDownloaded", 'New-InboxRule', "DeleteBucket"):
 * the operation recorded, as it is unquoted, unless a cmdlet is said to be run by a shell outside a mailbox service.
 */
function quotedOperation(value: string, text: string): boolean {
  if (PRODUCT_NAMES.has(value.toLowerCase())) return false;
  if (wholeMatch(CMDLET, value)) return MAILBOX_CONTEXT.test(text) || !SHELL_RUN_WORDS.test(text);
  return wholeMatch(EVENT_NAME, value) || wholeMatch(API_ACTION_NAME, value);
}

/**
 * An alert said to have fired, its title quoted after ("alert fired: 'Suspicious PowerShell download cradle' on
 * WS-7"): why the question is asked, not words the events searched hold.
 */
const ALERT_FIRED_BEFORE =
  /\b(?:alerts?|detections?|incidents?)\s+(?:(?:has|have|had|just|was|were|got|been)\s+){0,2}(?:fired|firing|triggered|raised|went\s+off|came\s+in|popped(?:\s+up)?)\s*[:\-\u2013\u2014]?\s*$/i;

/** The verbatim values of a question, in the order the question writes them. */
export function readLiteralValues(text: string, taken: SpanSet = new SpanSet()): ValueHit[] {
  const hits: ValueHit[] = [];
  const mailContext = MAIL_CONTEXT.test(text);

  if (GATES.quoted.test(text))
    scan(
      text,
      QUOTED,
      taken,
      (m) => {
        // A quote closing a list item may hold its comma or full stop ("Allow," "-LocalPort.").
        // A URI scheme ('javascript:', "vbscript:") keeps its colon: it is what the scheme is searched by.
        const quoted = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
        const inner = URI_SCHEME.test(quoted) ? quoted : quoted.replace(/[,;:.]+$/, '');
        if (inner.length === 0) return null;
        const classified = classifyQuoted(inner);
        if (classified === 'text' && ALERT_FIRED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) {
          taken.add(m.index, m.index + m[0].length);
          return null;
        }
        // "anyone run 'vssadmin delete shadows'": quoted words with arguments said to be run are a command line;
        // "the app 'Payroll Web'", "sign-ins to 'Payroll Web'": quoted words after an app's noun or a sign-in's
        // destination are the app's name.
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 50);
        const kind =
          classified !== 'text'
            ? classified
            : quotedOperation(inner, text)
              ? 'action'
              : (/\s/.test(inner) && RUN_COMMAND_BEFORE.test(before)) ||
                  IN_COMMAND_LINE_AFTER.test(after) ||
                  COMMAND_LINE_BEFORE.test(before)
                ? 'command_line'
                : APP_NOUN_BEFORE.test(before) || signedInto(text, before, m.index + m[0].length)
                  ? 'app'
                  : classified;
        // Quoted text, command lines and registry paths are searched for, not matched whole.
        return {
          kind,
          value: inner,
          start: m.index,
          end: m.index + m[0].length,
          ...(kind === 'registry' || kind === 'text' || kind === 'command_line'
            ? { operator: 'contains' as const }
            : {}),
        };
      },
      hits,
    );
  if (/command|cmd|arguments|args/i.test(text))
    scan(
      text,
      WORDS_IN_COMMAND_LINE,
      taken,
      (m) => {
        // "rundll32 w/ comsvcs.dll MiniDump in the cmdline": each word is searched for in the command line.
        const at = m.index + m[0].indexOf(m[1]!);
        const out: ValueHit[] = [];
        for (const word of allMatches(m[1]!, /[^\s"'`]+/g)) {
          if (/\.exe$/i.test(word[0]) || /^(?:the|a|an|any|some|and|or)$/i.test(word[0])) continue;
          const start = at + word.index;
          out.push({ kind: 'command_line', value: word[0], start, end: start + word[0].length, operator: 'contains' });
        }
        return out.length > 0 ? out : null;
      },
      hits,
    );
  if (/command|cmd|arg/i.test(text)) scan(text, WEB_ADDRESS_IN_COMMAND_LINE, taken, webAddressPart, hits);
  if (/\b(?:https?|urls?|web)\b/i.test(text)) scan(text, PROGRAM_FROM_WEB_ADDRESS, taken, programFromWebPart, hits);
  // "python -m http.server", "java -jar tool.jar": the interpreter and what it runs on its command line.
  if (INTERPRETER_SAID.test(text)) scan(text, INTERPRETER_RUN, taken, interpreterRunHits, hits);
  if (GATES.url.test(text))
    scan(
      text,
      URL,
      taken,
      (m) => {
        const value = m[0].replace(/[.,;:!?)\]]+$/, '');
        return { kind: 'url', value, start: m.index, end: m.index + value.length };
      },
      hits,
    );
  if (GATES.moduleCommand.test(text))
    scan(
      text,
      MODULE_COMMAND,
      taken,
      (m) => {
        const value = m[0].replace(/[.-]+$/, '');
        return { kind: 'command_line', value, start: m.index, end: m.index + value.length, operator: 'contains' };
      },
      hits,
    );
  if (GATES.email.test(text))
    scan(
      text,
      EMAIL,
      taken,
      (m) => ({ kind: mailContext ? 'email' : 'user', value: m[0], start: m.index, end: m.index + m[0].length }),
      hits,
    );
  if (GATES.guid.test(text))
    scan(
      text,
      GUID,
      taken,
      (m) => {
        const hint = guidEntity(text, m.index);
        return { kind: 'id', value: m[0], start: m.index, end: m.index + m[0].length, ...(hint ? { hint } : {}) };
      },
      hits,
    );
  if (GATES.ipv4.test(text))
    scan(
      text,
      IPV4,
      taken,
      (m) => {
        const [address, port] = m[0].split(/:(?=\d+$)/);
        if (!validIp(address!)) return null;
        const end = m.index + address!.length;
        const ip: ValueHit = { kind: address!.includes('/') ? 'cidr' : 'ip', value: address!, start: m.index, end };
        if (port === undefined || Number(port) > 65_535) return ip;
        return [ip, { kind: 'port', value: String(Number(port)), start: end, end: m.index + m[0].length }];
      },
      hits,
    );
  if (GATES.ipv4Open.test(text)) scan(text, IPV4_OPEN, taken, openIpRange, hits);
  if (GATES.ipv6.test(text))
    scan(
      text,
      IPV6,
      taken,
      (m) => {
        const value = m[0];
        if (!/::|(?:[0-9A-Fa-f]{1,4}:){7}/.test(value) || !validIp(value) || /^\d{1,2}:\d{2}(?::\d{2})?$/.test(value))
          return null;
        return { kind: value.includes('/') ? 'cidr' : 'ip', value, start: m.index, end: m.index + value.length };
      },
      hits,
    );
  if (GATES.hash.test(text))
    scan(
      text,
      HASH,
      taken,
      (m) => {
        // A hash has letters and digits both, or it is a long number.
        if (!/[A-Fa-f]/.test(m[0]) || !/\d/.test(m[0])) return null;
        return { kind: 'hash', value: m[0], start: m.index, end: m.index + m[0].length, hint: hashHint(m[0].length) };
      },
      hits,
    );
  if (GATES.backslash.test(text))
    scan(
      text,
      REGISTRY,
      taken,
      (m) => {
        const value = m[0].replace(/[.,;:!?)]+$/, '');
        return { kind: 'registry', value, start: m.index, end: m.index + value.length, operator: 'contains' };
      },
      hits,
    );
  if (GATES.backslash.test(text) && REGISTRY_CONTEXT.test(text))
    scan(
      text,
      REGISTRY_PATH,
      taken,
      (m) => ({ kind: 'registry', value: m[0], start: m.index, end: m.index + m[0].length, operator: 'contains' }),
      hits,
    );
  if (REGISTRY_CONTEXT.test(text) || VALUE_UNDER_KEY.test(text)) {
    hits.push(...readRegistryValueNames(text, taken));
    scan(text, AUTOSTART_KEYS_NAMED, taken, (m) => autostartKeyHits(m, text), hits);
    scan(
      text,
      REGISTRY_KEY_NAMED,
      taken,
      (m) => {
        const name = (m[1] ?? m[2])!;
        if (NOT_A_REGISTRY_KEY.test(name)) return null;
        const start = m.index + m[0].length - name.length;
        return { kind: 'registry', value: name, start, end: start + name.length, operator: 'contains' };
      },
      hits,
    );
    scan(
      text,
      REGISTRY_KEY_BEFORE,
      taken,
      (m) => {
        const name = (m[1] ?? m[2])!;
        if (NOT_A_REGISTRY_KEY.test(name) || PHRASE_OPENER.test(name)) return null;
        const start = m.index + m[0].indexOf(name);
        return { kind: 'registry', value: name, start, end: start + name.length, operator: 'contains' };
      },
      hits,
    );
  }
  // Before the file names and programs: "procdump64.exe against lsass.exe" names the tool and what it acted on.
  if (PROCESS_CONTEXT.test(text) || namesKnownTool(text))
    scan(text, TOOL_TARGET, taken, (m) => toolTargetHits(text, m), hits);
  if (GATES.extension.test(text))
    scan(
      text,
      FILE_NAME,
      taken,
      (m) => {
        const value = m[0].trim();
        const start = m.index + m[0].indexOf(value);
        const extension = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
        // "dns lookups of paste.sh": a name asked of DNS whose last label reads like a file's extension is a domain.
        if (TLD_LIKE_EXTENSIONS.has(extension) && !value.includes('\\') && saidAsHostName(text))
          return { kind: 'domain', value: value.toLowerCase(), start, end: start + value.length };
        const kind = PROCESS_EXTENSIONS.includes(extension) && !value.includes('\\') ? 'process' : 'file';
        const parent = kind === 'process' && saidAsParent(text, start, start + value.length);
        // "rundll32 loading comsvcs.dll": a library a process loads is named on its command line, not as its image.
        if (libraryOnCommandLine(extension, text, PROCESS_CONTEXT.test(text)))
          return { kind: 'command_line', value, start, end: start + value.length, operator: 'contains' };
        // A script said to be run is found in its interpreter's command line, not as the image's name.
        if (scriptSaidRun(extension, text, start, start + value.length))
          return { kind: 'command_line', value, start, end: start + value.length, operator: 'contains' };
        const hint = parent ? 'parent' : value.includes('\\') ? 'folder' : undefined;
        return { kind, value, start, end: start + value.length, ...(hint ? { hint } : {}) };
      },
      hits,
    );
  // Before the program names: "procdump with lsass in the command line" holds lsass in procdump's command line.
  if (/command|cmd|arguments|args/i.test(text))
    scan(
      text,
      IN_COMMAND_LINE,
      taken,
      (m) => {
        const value = (m[1] ?? m[2])!;
        const start = m.index + m[0].indexOf(value);
        // A program ("with powershell.exe in the command line") is read as the process elsewhere.
        return /\.(?:exe|dll|bat|cmd|ps1)$/i.test(value) || /^(?:the|a|an|any|some)$/i.test(value)
          ? null
          : { kind: 'command_line', value, start, end: start + value.length, operator: 'contains' };
      },
      hits,
    );
  if (KNOWN_TOOL.test(text)) {
    KNOWN_TOOL.lastIndex = 0;
    scan(
      text,
      KNOWN_TOOL,
      taken,
      (m) => {
        // "port 8041 (rustdesk)": the program names the port's service, not a process looked for.
        if (PORT_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
        const tool: ValueHit = {
          kind: 'process',
          value: m[1]!.toLowerCase(),
          start: m.index,
          end: m.index + m[0].length,
          operator: 'contains',
          ...(saidAsParent(text, m.index, m.index + m[0].length) ? { hint: 'parent' } : {}),
        };
        // "vssadmin delete shadows": the subcommand after the tool is on its command line.
        const subcommand = toolSubcommandHit(text, tool.end);
        return subcommand && !taken.overlaps(subcommand.start, subcommand.end) ? [tool, subcommand] : tool;
      },
      hits,
    );
  }
  scan(
    text,
    PROGRAM_ON_MACHINES,
    taken,
    (m) => {
      const name = (m[1] ?? m[2])!;
      if (isFunctionWord(name.toLowerCase()) || NOT_A_PROGRAM.test(name)) return null;
      const start = m.index + m[0].lastIndexOf(name);
      return { kind: 'process', value: name.toLowerCase(), start, end: start + name.length, operator: 'contains' };
    },
    hits,
  );
  if (/process/i.test(text) && ENDPOINT_CONTEXT.test(text))
    scan(
      text,
      NAMED_PROCESS,
      taken,
      (m) => {
        const name = m[1]!;
        if (isFunctionWord(name.toLowerCase()) || NOT_A_PROGRAM.test(name) || PROCESS_KIND_WORD.test(name)) return null;
        const start = m.index + m[0].indexOf(name, m[0].indexOf(' '));
        return { kind: 'process', value: name.toLowerCase(), start, end: start + name.length, operator: 'contains' };
      },
      hits,
    );
  scan(
    text,
    ACTED_BY_PROGRAM,
    taken,
    (m) => {
      const start = m.index + m[0].length - m[1]!.length;
      return { kind: 'process', value: m[1]!.toLowerCase(), start, end: start + m[1]!.length, operator: 'contains' };
    },
    hits,
  );
  scan(
    text,
    PROGRAM_TRAFFIC,
    taken,
    (m) =>
      /^outlook$/i.test(m[1]!)
        ? null
        : {
            kind: 'process',
            value: m[1]!.toLowerCase(),
            start: m.index,
            end: m.index + m[1]!.length,
            operator: 'contains',
          },
    hits,
  );
  scan(
    text,
    TOOL_USED,
    taken,
    (m) => {
      const [start, toolEnd] = m.indices![1]!;
      // "with wevtutil cl": the tool and its subcommand as the command line; a function word ends the phrase, not a subcommand.
      if (m[2] && !isFunctionWord(m[2])) {
        const end = m.indices![2]![1];
        return { kind: 'command_line', value: text.slice(start, end).toLowerCase(), start, end, operator: 'contains' };
      }
      return { kind: 'process', value: m[1]!.toLowerCase(), start, end: toolEnd, operator: 'contains' };
    },
    hits,
  );
  // "powershell downloads (Invoke-WebRequest or iwr)": cmdlets PowerShell ran are in its command line, unless the
  // question is about a mailbox service, whose operations are cmdlets by name.
  if (POWERSHELL_RUN.test(text) && !PROGRAM_LOG_CONTEXT.test(text) && !MAILBOX_CONTEXT.test(text)) {
    scan(text, SHELL_ENCODED_SWITCH, taken, (m) => encodedCommandHits(m), hits);
    scan(text, CMDLET_RUN, taken, commandLinePart, hits);
  }
  if ((PROCESS_CONTEXT.test(text) || PROGRAM_RAN_ON.test(text)) && !PROGRAM_LOG_CONTEXT.test(text)) {
    scan(text, ENCODED_COMMAND, taken, (m) => encodedCommandHits(m), hits);
    if (/\b(?:powershell|pwsh|command|script|cmdlet)/i.test(text)) scan(text, CMDLET_RUN, taken, commandLinePart, hits);
    scan(
      text,
      PROGRAM,
      taken,
      (m) => {
        // "the lsass dump", "explorer memory": the process a technique acts on, not the one that ran.
        if (ACTED_ON_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
        const parent = saidAsParent(text, m.index, m.index + m[0].length);
        return {
          kind: 'process',
          value: m[1]!.toLowerCase(),
          start: m.index,
          end: m.index + m[0].length,
          operator: 'contains',
          ...(parent ? { hint: 'parent' } : {}),
        };
      },
      hits,
    );
    scan(
      text,
      APP_IN_PROGRAM_LIST,
      taken,
      (m) => {
        const app = (m[1] ?? m[2])!;
        const parent = saidAsParent(text, m.index, m.index + app.length);
        return {
          kind: 'process',
          value: APP_PROGRAMS[app.toLowerCase()]!,
          start: m.index,
          end: m.index + app.length,
          operator: 'contains',
          ...(parent ? { hint: 'parent' } : {}),
        };
      },
      hits,
    );
  }
  if (GATES.extension.test(text))
    scan(
      text,
      EXTENSION,
      taken,
      (m) => ({
        // "dns queries for domains ending .zip or .top" (about names and no files), "domains ending with .zip":
        // the end of a name looked up, not a file's extension. "rundll32 with a .cpl": a library on its command line.
        kind:
          aboutNamesNotFiles(text) && (!m[0].startsWith('*') || saidAsNameEnding(text, m.index))
            ? 'domain'
            : libraryOnCommandLine(m[0].slice(m[0].lastIndexOf('.') + 1), text, PROCESS_CONTEXT.test(text)) ||
                scriptSaidRun(m[0].slice(m[0].lastIndexOf('.') + 1).toLowerCase(), text, m.index, m.index + m[0].length)
              ? 'command_line'
              : 'file',
        value: m[0].replace(/^\*/, '').toLowerCase(),
        start: m.index,
        end: m.index + m[0].length,
        operator: 'contains',
      }),
      hits,
    );
  if (GATES.folder.test(text))
    scan(
      text,
      FOLDER,
      taken,
      (m) => {
        // An environment variable is expanded in the logs ("%APPDATA%" → "C:\\Users\\x\\AppData\\Roaming"): a known one
        // is searched as its expanded part, another by the rest of the path.
        const value = m[0]
          .replace(/\\$/, '')
          .replace(/^%([A-Za-z_]+)%/, (whole, name: string) => ENVIRONMENT_FOLDERS.get(name.toLowerCase()) ?? whole)
          .replace(/^%[A-Za-z_]+%(?=\\)/, '');
        // "executables launched out of AppData\\Local\\Temp": the folder of the process image, not of a file written;
        // "scripts run out of \\Temp\\": the folder of a script, on its interpreter's command line.
        const before = text.slice(0, m.index);
        const kind = saysScriptFolder(before)
          ? 'command_line'
          : (LAUNCHED.test(text) && !WRITTEN.test(text)) || saysImageFolder(before)
            ? 'process'
            : 'file';
        // "ran anything off the E: drive": a drive said as such is the root of its folders.
        const drive =
          /^[A-Za-z]:$/.test(value) &&
          ((PLACE_BEFORE_DRIVE.test(before) && DRIVE_AFTER.test(text.slice(m.index + m[0].length))) ||
            DRIVE_BEFORE.test(before));
        return value.includes('\\') || drive
          ? {
              kind,
              value: drive ? `${value.toUpperCase()}\\` : value,
              start: m.index,
              end: m.index + m[0].length,
              operator: 'contains',
              hint: 'folder',
            }
          : null;
      },
      hits,
    );
  if (GATES.folderWord.test(text))
    scan(
      text,
      NAMED_FOLDER,
      taken,
      (m) => {
        const name = m[1]!.replace(/\s+/g, ' ');
        const start = m.index + m[0].indexOf(m[1]!);
        const kind = saysScriptFolder(text.slice(0, m.index))
          ? 'command_line'
          : LAUNCHED.test(text) && !WRITTEN.test(text)
            ? 'process'
            : 'file';
        return { kind, value: name, start, end: m.index + m[0].length, operator: 'contains', hint: 'folder' };
      },
      hits,
    );
  if (/system32|syswow64/i.test(text))
    scan(
      text,
      SYSTEM_FOLDER,
      taken,
      (m) => {
        const start = m.index + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase());
        const kind = LAUNCHED.test(text) && !WRITTEN.test(text) ? 'process' : 'file';
        const value = SYSTEM_FOLDER_PATHS[m[1]!.toLowerCase()]!;
        return { kind, value, start, end: start + m[1]!.length, operator: 'contains', hint: 'folder' };
      },
      hits,
    );
  if (GATES.backslash.test(text))
    scan(
      text,
      ACCOUNT,
      taken,
      (m) => ({ kind: 'user', value: m[0], start: m.index, end: m.index + m[0].length }),
      hits,
    );
  if (/\(\s*(?:ports?\s*)?\d/.test(text))
    scan(
      text,
      SERVICE_PORTS,
      taken,
      (m) =>
        listHits(m, 1, (value, start, end) =>
          Number(value) <= 65_535 ? { kind: 'port', value: String(Number(value)), start, end } : null,
        ),
      hits,
    );
  if (GATES.port.test(text))
    scan(
      text,
      PORT,
      taken,
      (m) => {
        const hint = /^(?:dest|remote)/i.test(m[0])
          ? 'destination'
          : /^(?:src|source|local)/i.test(m[0])
            ? 'source'
            : undefined;
        return listHits(m, 1, (value, start, end) =>
          Number(value) <= 65_535
            ? { kind: 'port', value: String(Number(value)), start, end, ...(hint ? { hint } : {}) }
            : null,
        );
      },
      hits,
    );
  // "on 443", "on tcp/8443", "tcp/2083": the ports a flow went to.
  const destinationPorts = (m: RegExpExecArray) =>
    listHits(m, 1, (value, start, end) =>
      Number(value) <= 65_535 ? { kind: 'port', value: String(Number(value)), start, end, hint: 'destination' } : null,
    );
  if (/\bon\s+(?:(?:tcp|udp)\s*\/?\s*)?\d/i.test(text)) scan(text, PORT_ON, taken, destinationPorts, hits);
  if (/\b(?:hit|target|prob|scan)\w*\s+(?:\w+\s*\/?\s*)?\d/i.test(text))
    scan(text, PORT_HIT, taken, destinationPorts, hits);
  if (/\bto\s+(?:(?:tcp|udp)\s*\/?\s*)?\d/i.test(text)) scan(text, PORT_TO, taken, destinationPorts, hits);
  if (/\bover\s+(?:(?:tcp|udp)\s*\/?\s*)?\d/i.test(text)) scan(text, PORT_OVER, taken, destinationPorts, hits);
  const portsListed = PORTS_LISTED.exec(text);
  if (portsListed && /\b(?:excl|exclud|except|other\s+than|besides|apart|ignor|minus|not)\w*\.?\s+\d/i.test(text)) {
    const hint = portsListed[1] ? 'destination' : portsListed[2] ? 'source' : undefined;
    scan(
      text,
      PORT_EXCLUDED,
      taken,
      (m) =>
        m.index < portsListed.index
          ? null
          : listHits(m, 1, (value, start, end) =>
              Number(value) <= 65_535
                ? { kind: 'port', value: String(Number(value)), start, end, ...(hint ? { hint } : {}) }
                : null,
            ),
      hits,
    );
  }
  if (/(?:bound|gress|coming|going)\s+(?:(?:tcp|udp)\s*\/?\s*)?\d/i.test(text))
    scan(text, PORT_DIRECTED, taken, destinationPorts, hits);
  if (/\b(?:over|via|through|thru)\s+(?:(?:tcp|udp)\s*\/?\s*)?\d/i.test(text))
    scan(text, PORT_VIA, taken, destinationPorts, hits);
  if (NETWORK_TRAFFIC_SAID.test(text))
    scan(
      text,
      SERVICE_PORT_FROM,
      taken,
      (m) => (WELL_KNOWN_PORTS.has(Number(m[1])) ? destinationPorts(m) : null),
      hits,
    );
  if (/\b(?:tcp|udp)\s*[/\s]\s*(?:port\s+)?\d/i.test(text)) scan(text, PROTOCOL_PORT, taken, destinationPorts, hits);
  if (/\d\s*\/\s*(?:tcp|udp)\b/i.test(text)) scan(text, PORT_SLASH_PROTOCOL, taken, destinationPorts, hits);
  // "denied ssh against 10.2.2.2": a service named in traffic with no port of its own is on its default port.
  if (!hits.some((hit) => hit.kind === 'port')) hits.push(...readServicePorts(text, taken, NAMES_DOMAIN.test(text)));
  hits.push(...portProtocols(text, hits, taken));
  if (GATES.digits.test(text) && saysHttp(text))
    scan(
      text,
      HTTP_STATUS,
      taken,
      (m) => {
        const value = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
        const start = m.index + m[0].lastIndexOf(value);
        return [
          { kind: 'text', value: value.toLowerCase(), start, end: start + value.length, hint: 'status' },
          ...moreHttpStatuses(text, start + value.length),
        ];
      },
      hits,
    );
  // "failed with a server error", "client errors on /cart": the class of HTTP codes the words name, where no code is said.
  if (HTTP_CONTEXT.test(text) && !hits.some((hit) => hit.hint === 'status'))
    scan(
      text,
      HTTP_ERROR_CLASS,
      taken,
      (m) => ({
        kind: 'text',
        value: /^server/i.test(m[1]!) ? '5xx' : '4xx',
        start: m.index,
        end: m.index + m[0].length,
        hint: 'status',
      }),
      hits,
    );
  if (GATES.digits.test(text) && GATES.namedCode.test(text))
    scan(
      text,
      NAMED_CODE,
      taken,
      (m) => {
        // The span holds the name too, so the filter's expression says what the code is ("logon type 10").
        const name = m[1]!.toLowerCase().replace(LOGONS_OF_TYPE, 'logon type');
        const end = m.index + m[0].length;
        return [{ kind: 'text', value: m[2]!, start: m.index, end, hint: name }, ...moreNamedCodes(text, end, name)];
      },
      hits,
    );
  // "type 10 logons", "type 3 or 10 logins": the logon type said before the logons.
  if (GATES.digits.test(text) && /\btype\s+\d/i.test(text))
    scan(
      text,
      TYPE_BEFORE_LOGONS,
      taken,
      (m) => {
        const codes = allMatches(m[1]!, /\d{1,2}/g);
        return codes.map((code) => {
          const start = m.index + m[0].indexOf(m[1]!) + code.index;
          return { kind: 'text' as const, value: code[0], start, end: start + code[0].length, hint: 'logon type' };
        });
      },
      hits,
    );
  if (GATES.digits.test(text) && GATES.errorWord.test(text))
    scan(
      text,
      ERROR_CODES,
      taken,
      (m) => {
        if (NOT_AN_ID_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
        // The first code's span holds the name too, so the filter's expression says what the codes are.
        return listHits(m, 1, (value, start, end) => ({ kind: 'text', value, start, end, hint: 'error code' })).map(
          (hit, i) => (i === 0 ? { ...hit, start: m.index } : hit),
        );
      },
      hits,
    );
  // "returned a non-zero error code", "nonzero exit codes": every code but 0, the one of success.
  if (/\bnon-?\s?zero\b/i.test(text))
    scan(
      text,
      NON_ZERO_CODE,
      taken,
      (m) => ({
        kind: 'text',
        value: '0',
        start: m.index,
        end: m.index + m[0].length,
        hint: m[1]!.toLowerCase().replace(/s$/, ''),
        operator: 'neq',
      }),
      hits,
    );
  if (GATES.hex.test(text))
    scan(
      text,
      HEX_CODE,
      taken,
      (m) => ({ kind: 'text', value: m[0], start: m.index, end: m.index + m[0].length }),
      hits,
    );
  if (GATES.dash.test(text) && SWITCH_CONTEXT.test(text)) {
    scan(
      text,
      POWERSHELL_SWITCH_ARG,
      taken,
      (m) => {
        const start = m.index + m[0].length - m[1]!.length;
        return { kind: 'command_line', value: m[1]!, start: m.index, end: start + m[1]!.length, operator: 'contains' };
      },
      hits,
    );
    scan(text, SWITCH, taken, commandLinePart, hits);
    scan(text, SHORT_SWITCH_SAID, taken, commandLinePart, hits);
    scan(text, SHORT_SWITCH_ARG, taken, (m) => (isFunctionWord(m[1]!) ? null : commandLinePart(m)), hits);
  }
  if (GATES.slash.test(text) && SLASH_CONTEXT.test(text)) {
    scan(
      text,
      TOOL_SUBCOMMAND,
      taken,
      (m) => {
        const before = text.slice(Math.max(0, m.index - 16), m.index);
        const tool = TOOL_BEFORE_SUBCOMMAND.exec(before)!;
        const toolStart = m.index - before.length + tool.index;
        const toolEnd = toolStart + tool[1]!.length;
        const part: ValueHit = {
          kind: 'command_line',
          value: m[0],
          start: m.index,
          end: m.index + m[0].length,
          operator: 'contains',
        };
        // A tool another reader took ("vssadmin", "schtasks") keeps its reading; its subcommand is still read.
        if (taken.overlaps(toolStart, toolEnd)) return part;
        return [
          { kind: 'process', value: tool[1]!.toLowerCase(), start: toolStart, end: toolEnd, operator: 'contains' },
          part,
        ];
      },
      hits,
    );
    scan(text, SLASH_SWITCH, taken, commandLinePart, hits);
  }
  if (GATES.digits.test(text) && GATES.eventWord.test(text))
    scan(
      text,
      EVENT_ID,
      taken,
      (m) => {
        // "ids 4625" needs a known id; "event 4720", "EventCode=4688" need none.
        const named = /event|evt|eid/i.test(m[0]);
        if (NOT_AN_ID_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
        return listHits(m, 1, (value, start, end) =>
          named || KNOWN_EVENT_IDS.has(Number(value))
            ? { kind: 'event_id', value: String(Number(value)), start, end }
            : null,
        );
      },
      hits,
    );
  if (GATES.digits4.test(text))
    scan(
      text,
      BARE_NUMBER,
      taken,
      (m) => {
        const digits = m[0].slice(0, 4);
        if (!KNOWN_EVENT_IDS.has(Number(digits)) || NOT_AN_ID_AFTER.test(text.slice(m.index + 4, m.index + 20)))
          return null;
        return { kind: 'event_id', value: digits, start: m.index, end: m.index + 4 };
      },
      hits,
    );
  if (GATES.digits.test(text))
    scan(
      text,
      ENTITY_ID,
      taken,
      (m) => {
        const value = m[2]!.replace(/^#/, '');
        const start = m.index + m[0].lastIndexOf(m[2]!);
        return { kind: 'id', value, start, end: start + m[2]!.length, hint: m[1]!.toLowerCase() };
      },
      hits,
    );
  if (GATES.hostWord.test(text))
    scan(
      text,
      HOST,
      taken,
      (m) => {
        const name = m[1]!;
        // A host name has a digit, a hyphen, a dot or capitals ("DC01", "web-01", "srv.contoso.local"), not an ordinary word.
        if ((!/[\d.-]/.test(name) && !/^[A-Z0-9]{2,}$/.test(name)) || /^[\d.]+$/.test(name) || COMPACT_SPAN.test(name))
          return null;
        // "per kiosk PC", "each lab VM": a machine's own noun after a word that says which machines, no name.
        if (MACHINE_NOUN_NAME.test(name)) return null;
        const start = m.index + m[0].lastIndexOf(name);
        return { kind: 'host', value: name, start, end: start + name.length };
      },
      hits,
    );
  if (GATES.hostAfter.test(text))
    scan(
      text,
      HOST_AFTER,
      taken,
      (m) => {
        const name = m[1]!;
        if (name.length < 4 || !/\d/.test(name) || /^(?:CVE|AADSTS|KB\d|MS\d)/.test(name)) return null;
        const start = m.index + m[0].lastIndexOf(name);
        return { kind: 'host', value: name, start, end: start + name.length };
      },
      hits,
    );
  if (GATES.hostAfterLower.test(text))
    scan(
      text,
      HOST_AFTER_LOWER,
      taken,
      (m) => {
        const name = m[1]!;
        if (!isLowerHostName(name)) return null;
        const start = m.index + m[0].lastIndexOf(name);
        return { kind: 'host', value: name, start, end: start + name.length };
      },
      hits,
    );
  if (GATES.hostSubject.test(text))
    scan(
      text,
      HOST_SUBJECT,
      taken,
      (m) => {
        const name = m[1]!;
        if (/[a-z]/.test(name) && !isLowerHostName(name)) return null;
        if (NOT_A_HOST_PREFIX.test(name)) return null;
        return { kind: 'host', value: name, start: m.index, end: m.index + name.length };
      },
      hits,
    );
  if (GATES.hostPowered.test(text))
    scan(
      text,
      HOST_POWERED,
      taken,
      (m) => {
        const name = m[1] ?? m[2]!;
        if (!isLowerHostName(name.toLowerCase())) return null;
        return { kind: 'host', value: name, start: m.index, end: m.index + name.length };
      },
      hits,
    );
  if (GATES.hostTopicLower.test(text))
    scan(
      text,
      HOST_TOPIC_LOWER,
      taken,
      (m) => {
        const name = m[1]!;
        const machine = NUMBERED_NAME.test(name) && isLowerHostName(name);
        if (!machine || NOT_A_TOPIC_HOST.test(name) || NOT_A_HOST_PREFIX.test(name)) return null;
        const start = m.index + m[0].indexOf(name);
        return { kind: 'host', value: name, start, end: start + name.length };
      },
      hits,
    );
  if (/SYSTEM|SERVICE/.test(text))
    scan(
      text,
      BUILT_IN_ACCOUNT,
      taken,
      (m) => ({ kind: 'user', value: m[1]!, start: m.index, end: m.index + m[0].length }),
      hits,
    );
  if (GATES.wellKnownAccount.test(text))
    scan(
      text,
      WELL_KNOWN_OBJECT,
      taken,
      (m) =>
        BARE_NAME_END.test(text.slice(m.index + m[1]!.length, m.index + m[1]!.length + 16)) &&
        !GROUPING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
          ? { kind: 'user', value: m[1]!, start: m.index, end: m.index + m[1]!.length }
          : null,
      hits,
    );
  if (GATES.builtInSetAside.test(text))
    scan(
      text,
      SET_ASIDE_BUILT_IN,
      taken,
      (m) => ({ kind: 'user', value: m[1]!, start: m.index, end: m.index + m[1]!.length }),
      hits,
    );
  if (GATES.serviceAccount.test(text))
    scan(
      text,
      SERVICE_ACCOUNT,
      taken,
      (m) => ({
        // A machine-style name in capitals ending in digits ("SRV-FIN-01") is a server, unless called an account.
        kind:
          /^[A-Z]+(?:-[A-Z0-9]+)*-?\d+$/.test(m[0]) &&
          !ACCOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))
            ? 'host'
            : 'user',
        value: m[0],
        start: m.index,
        end: m.index + m[0].length,
      }),
      hits,
    );
  if (GATES.userWord.test(text))
    scan(
      text,
      NAMED_USER,
      taken,
      (m) => {
        const said = m[1] ?? m[2]!;
        const name = said.replace(/[.$-]+$/, (tail) => (tail.endsWith('$') ? '$' : ''));
        if (name.length < 2 || NOT_A_NAME.has(name.toLowerCase()) || isFunctionWord(name) || /^\d/.test(name))
          return null;
        // A file or a domain before "account" ("the contoso.com account") is no handle.
        if (m[2] !== undefined && NOT_A_HANDLE_TAIL.test(name)) return null;
        // "is the account still enabled", "a user never seen": an adverb before the verb, not a name.
        if (isAdverbBeforeVerb(name.toLowerCase())) return null;
        // A plural noun of an action or a thing ("account deletions", "user settings") is no one's name.
        if (ACTION_NOUN_PLURAL.test(name)) return null;
        // A capitalised ordinary word after "User" at a sentence start is no name; a name is one token.
        const start = m.index + m[0].lastIndexOf(said);
        // "account renamed events", "user created (4720)": what happened to the account names the events, no one.
        if (PARTICIPLE.test(name) && RECORD_AFTER.test(text.slice(start + name.length, start + name.length + 16)))
          return null;
        // "the account acted on", "the user affected": a participle with its preposition, or closing the clause, says
        // which account is meant; it names none.
        if (
          ACCOUNT_ACTED_ON.test(name) &&
          ACCOUNT_ACTED_ON_AFTER.test(text.slice(start + name.length, start + name.length + 10))
        )
          return null;
        // "did this user log in", "the account signed out": a phrasal verb, not a name.
        if (PHRASAL_VERB.test(name) && PARTICLE_AFTER.test(text.slice(start + name.length, start + name.length + 8)))
          return null;
        // "the account keeps failing", "the user started getting prompts": a verb before another, not a name.
        if (VERB_FORM.test(name) && GERUND_AFTER.test(text.slice(start + name.length, start + name.length + 24)))
          return null;
        return { kind: 'user', value: name, start, end: start + name.length };
      },
      hits,
    );
  scan(
    text,
    HANDLE_SUBJECT,
    taken,
    (m) => {
      const name = m[1]!;
      if (NOT_A_HANDLE_TAIL.test(name) || (!/[._]/.test(name) && !looksLikeLogonName(name))) return null;
      const start = m.index + m[0].indexOf(name);
      return { kind: 'user', value: name, start, end: start + name.length };
    },
    hits,
  );
  if (ACCOUNT_ACTIVITY.test(text) || ACCOUNT_OF.test(text))
    scan(
      text,
      HANDLE_OBJECT,
      taken,
      (m) =>
        // An event's name ("login_failed", "password_reset") is what happened, not to whom; a field's name in
        // camel case ("by properties.appDisplayName") is what to group by.
        NOT_A_HANDLE_TAIL.test(m[1]!) ||
        /fail|success|error|reset|change|lock|log|sign/i.test(m[1]!) ||
        CAMEL_CASE.test(m[1]!) ||
        (m[1]!.includes('-')
          ? !ACCOUNT_ROLE_PART.test(m[1]!.toLowerCase())
          : !/[._]/.test(m[1]!) && !isBareAccountName(text, m.index, m[1]!))
          ? null
          : { kind: 'user', value: m[1]!, start: m.index, end: m.index + m[1]!.length },
      hits,
    );
  if (ACCOUNT_ACTIVITY.test(text))
    scan(
      text,
      BARE_NAME_SUBJECT,
      taken,
      (m) => {
        const name = (m[1] ?? m[2])!;
        if (!looksLikeLogonName(name)) return null;
        const start = m.index + m[0].indexOf(name, m[1] === undefined ? 0 : m[0].search(/\s/));
        return { kind: 'user', value: name, start, end: start + name.length };
      },
      hits,
    );
  scan(
    text,
    SUBJECT_USER,
    taken,
    (m) => {
      const name = m[1]!;
      if (name.length < 3 || NOT_A_NAME.has(name) || NOT_A_SUBJECT.has(name) || isAdverbBeforeVerb(name)) return null;
      const start = m.index + m[0].indexOf(name, m[0].indexOf(' '));
      return { kind: 'user', value: name, start, end: start + name.length };
    },
    hits,
  );
  // Last of the names: a machine-shaped name no reader above took as an account or a code.
  if (GATES.hostAnywhere.test(text))
    scan(
      text,
      HOST_ANYWHERE,
      taken,
      (m) => {
        const name = m[0];
        if (name.length < 4 || !isMachineShapedName(name) || NOT_A_HOST_PREFIX.test(name) || NUMBER_RANGE.test(name))
          return null;
        return { kind: 'host', value: name, start: m.index, end: m.index + name.length };
      },
      hits,
    );
  if (GATES.hostAnywhereLower.test(text))
    scan(
      text,
      HOST_ANYWHERE_LOWER,
      taken,
      (m) => {
        const name = m[0];
        if (
          name.split('-').length <= LOWER_HOST_HYPHENS ||
          !isLowerHostName(name) ||
          NOT_A_TOPIC_HOST.test(name) ||
          NOT_A_HOST_PREFIX.test(name) ||
          NUMBER_RANGE.test(name)
        )
          return null;
        return { kind: 'host', value: name, start: m.index, end: m.index + name.length };
      },
      hits,
    );
  if (GATES.hostRoleNumberedLower.test(text))
    scan(
      text,
      ROLE_NUMBERED_LOWER,
      taken,
      (m) => {
        const name = m[0];
        if (!isLowerHostName(name) || NOT_A_TOPIC_HOST.test(name) || NOT_A_HOST_PREFIX.test(name)) return null;
        return { kind: 'host', value: name, start: m.index, end: m.index + name.length };
      },
      hits,
    );
  if (GATES.camel.test(text)) {
    // A CamelCase name out of the match's first or second group, unless it names a product.
    const named =
      (kind: 'action' | 'text') =>
      (m: RegExpExecArray): ValueHit | null => {
        const name = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
        if (PRODUCT_NAMES.has(name.toLowerCase())) return null;
        const start = m.index + m[0].lastIndexOf(name);
        // Named by its error ending alone ("getting AccessDenied"): the record's error code holds it.
        const code = m[4] !== undefined && m[1] === undefined && m[2] === undefined && m[3] === undefined;
        // Set apart and shaped as an audit event's name ("(AnonymousLinkCreated)"): the operation recorded.
        const event = m[1] !== undefined && wholeMatch(EVENT_NAME, name);
        return { kind: code ? 'status' : event ? 'action' : kind, value: name, start, end: start + name.length };
      };
    // "CreateUser or AttachUserPolicy calls": each name of the list is an operation.
    scan(
      text,
      OPERATION_NAME,
      taken,
      (m) => {
        if (m[1] === undefined) return named('action')(m);
        const names = m[1]
          .split(/\s*(?:,|\/|\bor\b|\band\b)\s*/)
          .filter((name) => name && !PRODUCT_NAMES.has(name.toLowerCase()));
        return names.map((name) => {
          const start = m.index + m[0].indexOf(name);
          return { kind: 'action' as const, value: name, start, end: start + name.length };
        });
      },
      hits,
    );
    scan(
      text,
      API_ACTION_NAME,
      taken,
      (m) =>
        PRODUCT_NAMES.has(m[1]!.toLowerCase())
          ? null
          : { kind: 'action', value: m[1]!, start: m.index, end: m.index + m[1]!.length },
      hits,
    );
    // In a cloud audit trail, an action of any API verb ("Describe…", "Get…", "List…") the pattern above leaves.
    if (SAYS_CLOUD_API.test(text))
      scan(
        text,
        PASCAL_WORD,
        taken,
        (m) =>
          isApiAction(m[1]!) && !PRODUCT_NAMES.has(m[1]!.toLowerCase())
            ? { kind: 'action', value: m[1]!, start: m.index, end: m.index + m[1]!.length }
            : null,
        hits,
      );
    scan(
      text,
      CMDLET,
      taken,
      (m) => ({ kind: 'action', value: m[0], start: m.index, end: m.index + m[0].length }),
      hits,
    );
    scan(text, CAMEL_VALUE, taken, named('text'), hits);
    scan(text, COUNTED_CAMEL, taken, named('action'), hits);
    // Last: a name the patterns above read in its own way (set apart, counted) keeps their reading.
    scan(
      text,
      EVENT_NAME,
      taken,
      (m) =>
        PRODUCT_NAMES.has(m[1]!.toLowerCase())
          ? null
          : { kind: 'action', value: m[1]!, start: m.index, end: m.index + m[1]!.length },
      hits,
    );
  }
  // A call named after its service ("sqs Publish", "kms Encrypt"): the one-word name is an operation too.
  for (const call of readServiceCalls(text)) {
    const end = call.start + call.action.length;
    if (taken.overlaps(call.start, end)) continue;
    taken.add(call.start, end);
    hits.push({ kind: 'action', value: call.action, start: call.start, end });
  }
  if (GATES.dotWord.test(text))
    scan(
      text,
      DOMAIN_SUFFIX,
      taken,
      // A bare ".xyz" is a suffix in a question about names; "*.example.com" is one wherever it stands.
      (m) =>
        !m[0].startsWith('*') && !DOMAIN_CONTEXT.test(text)
          ? null
          : {
              kind: 'domain',
              value: m[0].replace(/^\*/, '').toLowerCase(),
              start: m.index,
              end: m.index + m[0].length,
              operator: 'contains',
            },
      hits,
    );
  if (GATES.domain.test(text))
    scan(
      text,
      DOMAIN_NAME,
      taken,
      (m) => {
        if (RESERVED_TLD.test(m[0]) && !saidAsHostName(text)) return null;
        const end = m.index + m[0].length;
        if (saidAsMachine(text, m[0])) return { kind: 'host', value: m[0], start: m.index, end };
        // "example.org accounts", "users in the example.org domain": the accounts whose names end in "@example.org".
        if (saidAsAccountsDomain(text, m.index, end))
          return { kind: 'user', value: `@${m[0].toLowerCase()}`, start: m.index, end, operator: 'contains' };
        // "example.org subdomains", "any subdomain of example.org": the names ending in ".example.org".
        const subdomains =
          SUBDOMAINS_AFTER.test(text.slice(end, end + 16)) ||
          SUBDOMAINS_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
        return subdomains
          ? { kind: 'domain', value: `.${m[0].toLowerCase()}`, start: m.index, end, operator: 'contains' }
          : { kind: 'domain', value: m[0].toLowerCase(), start: m.index, end };
      },
      hits,
    );
  if (GATES.region.test(text))
    scan(
      text,
      CLOUD_REGION,
      taken,
      (m) => ({ kind: 'text', value: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, hint: 'region' }),
      hits,
    );
  hits.push(...listContinuations(text, hits, taken));
  return intoCommandLine(text, hits).sort((a, b) => a.start - b.start);
}
