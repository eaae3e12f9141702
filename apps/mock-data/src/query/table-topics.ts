import { nullPrototype } from './null-prototype.util';

const OFFICE =
  /\b(?:sharepoint|onedrive|exchange|teams|mailbox(?:es)?|outlook|office\s*365|o365|m365|microsoft\s+365|inbox\s+rules?|downloaded|uploaded|shared\s+(?:a\s+)?files?)\b/i;
const SIGN_INS =
  /\b(?:sign[\s-]?ins?|sign(?:s|ed|ing)?\s+into|(?:signs|signed|signing)\s+in|log[\s-]?ins?|log(?:s|ged|ging)?\s+into|(?:logged|logging)\s+in|entra(?:\s+id)?|azure\s+ad|aad|mfa|conditional\s+access)\b/i;
const WINDOWS_SECURITY =
  /\b(?:event\s*ids?|logons?|log(?:ged|ging|s)?\s+on(?:to)?|lockouts?|locked\s+out|domain\s+controllers?|kerberos|ntlm|windows\s+(?:security|logons?|events?|event\s+logs?)|security\s+log|(?<!azure\s)active\s+directory|(?<!azure\s)AD|on-?prem(?:ises)?|(?:domain|enterprise|schema)\s+admins)\b/i;
/** Entra ID by its names: its directory's audit log as much as its sign-ins. */
const ENTRA = String.raw`entra(?:\s+id)?|azure\s+ad|aad`;
/** A directory object created, deleted, disabled or restored ("user accounts were deleted", "deleted guest users"). */
const DIRECTORY_LIFECYCLE = String.raw`(?:delet|creat|disabl|restor)(?:e|ed|es|ing|ions?)\s+(?:(?:the|an?|any|guest|user|member)\s+){0,2}(?:users?|accounts?|groups?|apps?|applications?|service\s+principals?)|(?:users?|accounts?|groups?|applications?|service\s+principals?)\s+(?:(?:that|which)\s+)?(?:(?:were|was|got|has\s+been|have\s+been|been|being)\s+)?(?:deleted|created|disabled|restored)`;
const PROCESSES = /\b(?:process(?:es)?|executables?|command[\s-]?lines?|commands|powershell|cmd\.exe|\w+\.exe)\b/i;
const NETWORK =
  /\b(?:connections?|flows?|ports?|outbound|inbound|remote\s+(?:ips?|urls?|hosts?|address(?:es)?|domains?)|contacted|network|traffic|firewall|(?:talk|talked|talks|talking|connect|connected|connects|connecting)\s+(?:to|out)|reach(?:ed|es|ing)?\s+out|communicat(?:e|ed|es|ing)\s+with|(?:call|called|calling|phon(?:e|ed|ing))\s+(?:home|out))\b/i;
/** Logging on anywhere (the CIM's Authentication data model): a login, a logon, a brute force, an auth failure. */
const AUTHENTICATION =
  /\b(?:log[\s-]?ins?|(?:logged|logging)\s+in(?:to)?|log[\s-]?ons?|(?:logged|logging)\s+on|authentications?|auth|brute[\s-]?forc(?:e|ed|ing)|password\s+spray(?:s|ing)?)\b/i;
const SYSMON = /\bsysmon\b/i;
/** The registry by its name, its editor and its autostart keys ("Run keys", "RunOnce", "autoruns"). */
const REGISTRY = /\b(?:registry|regedit|hives?|run(?:once(?:ex)?)?\s+keys?|runonce(?:ex)?|autoruns?)\b/i;
/** AWS by its names, its services, and a service's endpoint (`sts.amazonaws.com`), which its trail records. */
const AWS = /\b(?:aws|amazon|(?:aws)?cloudtrail|s3|iam|ec2|console\s*logins?|[a-z][\w-]*\.amazonaws\.com)\b/i;

/**
 * What each well-known table, index, sourcetype or data model is about, in the words analysts use:
 * read when the analysis names no table, or tables the question says nothing of, so the agent picks
 * the source by what the question is about rather than by which columns happen to share a word
 * with it. Keyed by the lower-case name; one table for the three platforms.
 */
export const TABLE_TOPICS: Readonly<Record<string, RegExp>> = nullPrototype({
  officeactivity: OFFICE,
  o365: OFFICE,
  'o365:management:activity': OFFICE,
  signinlogs: SIGN_INS,
  azure: SIGN_INS,
  'azure:monitor:aad': SIGN_INS,
  // Directory changes: a role or group gaining or losing members ("added … to the … role", "role members"), guests invited.
  // An Entra question of directory objects ("users deleted in Entra ID") is about this log more than the sign-ins.
  auditlogs: new RegExp(
    String.raw`\b(?:${ENTRA}|${DIRECTORY_LIFECYCLE}|audit\s+logs?|role\s+(?:assignments?|members(?:hip)?|changes?|additions?|removals?)|(?:add(?:ed|s|ing)?|remov(?:ed|es|ing|e))\s+(?:[\w.@'-]+\s+){0,3}(?:to|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:roles?|groups?)|added\s+to\s+(?:a\s+)?group|password\s+resets?|directory\s+(?:changes?|roles?)|invit(?:e|ed|es|ing|ations?|ers?))\b`,
    'i',
  ),
  authentication: AUTHENTICATION,
  securityevent: WINDOWS_SECURITY,
  wineventlog: WINDOWS_SECURITY,
  'wineventlog:security': WINDOWS_SECURITY,
  xmlwineventlog: WINDOWS_SECURITY,
  deviceprocessevents: PROCESSES,
  'endpoint.processes': PROCESSES,
  sysmon: SYSMON,
  'xmlwineventlog:microsoft-windows-sysmon/operational': SYSMON,
  devicenetworkevents: NETWORK,
  network_traffic: NETWORK,
  // Azure resources by their kind or a resource group's usual name ("storage accounts in rg-data"), and who called ARM.
  azureactivity:
    /\b(?:resource\s+groups?|subscriptions?|azure\s+(?:resources?|activity)|arm\s+operations?|storage\s+(?:accounts?|accts?|accs?)|key\s*vaults?|aks|kubernetes\s+clusters?|nsgs?|network\s+security\s+groups?|vnets?|virtual\s+networks?|resource\s+locks?|app\s+services?|callers?|rg[-_][a-z0-9][\w-]*)\b/i,
  aws: AWS,
  'aws:cloudtrail': AWS,
  awscloudtrail: AWS,
  'endpoint.registry': REGISTRY,
  deviceregistryevents: REGISTRY,
  // A request put by its method ("POST requests") or a server page's path (`/login.php`) is a web request too; so is
  // an HTTP status code said as codes counted ("404s") or as what requests got ("getting 429", "served a 503").
  web: /\b(?:web|http|urls?|proxy|user\s+agents?|(?:get|post|put|patch|delete|head)\s+requests?)\b|(?:^|\s)\/(?:[\w~%.-]+\/)*[\w~%-]+\.(?:php\d?|aspx?|jspx?|html?|cgi)\b|(?<![\w.$€£:/-])[1-5]\d\ds\b|\b(?:get(?:s|ting)?|got|return(?:s|ed|ing)?|serv(?:e|es|ed|ing)|throw(?:s|ing)?|threw)\s+(?:an?\s+)?[1-5]\d\d\b(?![.:%\d])/i,
});

/** Entra ID by a name said whole ("Azure AD", "Microsoft Entra ID"), not an app whose name holds it. */
const ENTRA_PRODUCT = /^(?:microsoft\s+)?(?:entra(?:\s+id)?|azure\s+(?:ad|active\s+directory)|aad)$/i;
/** Defender for Endpoint by a name said whole ("MDE", "Microsoft Defender for Endpoint"). */
const DEFENDER_PRODUCT = /^(?:microsoft\s+)?(?:defender(?:\s+(?:for\s+endpoint|xdr|atp))?|mde|mdatp)$/i;

/**
 * The products a table's records come from, by their names said whole: a name that only says where the data is
 * ("Office 365 sign-ins", "failures in Azure AD"), never a value of the table's own app column. Keyed by the lower-case
 * table name; tables of one product share a prefix (`Device…`).
 */
const OWN_PRODUCTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:signinlogs|aadnoninteractiveusersigninlogs|auditlogs)$/, ENTRA_PRODUCT],
  [/^officeactivity$/, /^(?:microsoft\s+|office\s*)?(?:365|o365|m365|office)$|^office\s*365$/i],
  [/^device\w*events$|^deviceinfo$/, DEFENDER_PRODUCT],
  [/^securityevent$/, /^windows(?:\s+security)?$/i],
  [/^azureactivity$/, /^(?:microsoft\s+)?azure$/i],
];

/** Whether `value` is the name of the product whose records `source` holds (the source named, not a value in it). */
export function isOwnProductName(source: string, value: string): boolean {
  const table = source.toLowerCase();
  const said = value.trim().replace(/\s+/g, ' ');
  return OWN_PRODUCTS.some(([tables, names]) => tables.test(table) && names.test(said));
}

/**
 * A name the word is a part of, joined on after it ("web-07", "web.corp.example"): a machine's, not the topic. A file's
 * extension ("powershell.exe") leaves the word its own.
 */
const JOINED_AFTER = /^(?:[-_][A-Za-z0-9]|\.[A-Za-z][\w-]*\.[A-Za-z])/;
/** Characters after a topic word read for the rest of a name it is a part of. */
const NAME_REACH = 64;
/** A name the word is a part of, joined on before it ("prod-web"). */
const JOINED_BEFORE = /[A-Za-z0-9][-_]$/;

/** How many of a source's topic words the question says (0 for a source without topics), not as a part of a name. */
/**
 * Quoted words said to be searched for ("commands that mention \"domain admins\""): text looked for in each row, which
 * says nothing of what the rows are.
 */
const QUOTED_SEARCHED =
  /(?<=\b(?:mention(?:s|ing|ed)?|contain(?:s|ing|ed)?|includ(?:e|es|ing|ed)|referenc(?:e|es|ing|ed))\s+)(?:"[^"\n]{1,80}"|'[^'\n]{1,80}'|\u201c[^\u201d\n]{1,80}\u201d)/gi;

export function topicScore(source: string, said: string): number {
  const topic = TABLE_TOPICS[source.toLowerCase()];
  if (!topic) return 0;
  const question = /mention|contain|includ|referenc/i.test(said)
    ? said.replace(QUOTED_SEARCHED, (q) => ' '.repeat(q.length))
    : said;
  const global = new RegExp(topic.source, 'gi');
  const found = new Set<string>();
  for (const m of question.matchAll(global)) {
    const end = m.index + m[0].length;
    if (
      JOINED_AFTER.test(question.slice(end, end + NAME_REACH)) ||
      JOINED_BEFORE.test(question.slice(Math.max(0, m.index - 2), m.index))
    )
      continue;
    found.add(m[0].toLowerCase());
  }
  return found.size;
}

/** A word said before a kind of source ("auth data model", "sysmon index"): the source's name or its start. */
const WORD_BEFORE_KIND =
  /(?<![\w.:-])([a-z][\w.:-]*)\s+(?:data\s*models?|datamodels?|index(?:es)?|sourcetypes?|source\s+types?|tables?)\b/gi;
/** Fewest letters of a shortened name ("auth" for Authentication, "proc" for Processes). */
const MIN_SHORT_NAME = 4;

/**
 * Whether the question calls a source by its name and kind ("in the Authentication data model", "the sysmon
 * index"), or by the start of its name ("the auth data model").
 */
export function calledByKind(source: string, question: string): boolean {
  const name = source.toLowerCase();
  for (const m of question.slice(0, 1_000).matchAll(WORD_BEFORE_KIND)) {
    const said = m[1]!.toLowerCase();
    if (said === name || (said.length >= MIN_SHORT_NAME && name.startsWith(said))) return true;
  }
  return false;
}

/**
 * The source that is about `words` ("sign-in" → SigninLogs): the chosen source most about them,
 * else the catalog's, else null (the chosen sources stand, as they do when the question calls one of
 * them by name and kind: "in the Authentication data model" is where the user wants it read).
 */
export function topicalSource(
  chosen: readonly string[],
  catalog: Readonly<Record<string, unknown>>,
  words: string,
): string | null {
  if (chosen.some((source) => calledByKind(source, words))) return null;
  const most = (sources: readonly string[]): string | null => {
    let best: { source: string; score: number } | null = null;
    for (const source of sources) {
      const score = topicScore(source, words);
      if (score > 0 && (!best || score > best.score)) best = { source, score };
    }
    return best?.source ?? null;
  };
  // The planner's choice first: a question about two stores' data names topics of both.
  return most(chosen) ?? most(Object.keys(catalog));
}
