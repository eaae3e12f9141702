import type { FilterKind } from '@mesh/a2a-contracts';
import { scan, type SpanSet, type ValueHit } from './value-hit';
import { allMatches } from '../regex-matches.util';

/** At most this many values read per question (bounded work on a long one). */
const MAX_HITS = 16;

/**
 * A name said by how it begins or ends ("UPN starting with adm-", "hosts whose name begins with WS-",
 * "files ending with _backup"): a `contains` value whose expression keeps the words that say where it
 * stands, so a data agent that can match a start or an end of text does (KQL `startswith`), and one
 * that cannot still matches the part (a superset, never a miss). A drive's letter ("process starts in C:\\Temp")
 * begins a folder, no name.
 */
const AFFIX =
  /\b(upns?|user\s?names?|users?|accounts?|logins?|e-?mails?|host\s?names?|hosts?|devices?|machines?|computers?|servers?|file\s?names?|files?|process(?:es|\s+names?)?|images?|binar(?:y|ies))\s+(?:(?:whose\s+)?names?\s+)?(?:(?:that|which)\s+)?(?:(?:is|are)\s+)?((?:start|begin|end)(?:s|ing|ning)?|prefixed|suffixed)\s+(?:(with|by|in)\s+)?["'`]?([\w@.-][\w.$@\\-]{0,63})(?!:\\)/gi;

/** A noun phrase right before an opening bracket ("our admin accounts ("): what the bracket describes. */
const DESCRIBED_BEFORE = /(?:[A-Za-z][\w-]{0,30}\s+){0,2}[A-Za-z][\w-]{0,30}\s*\(\s*$/;

/** "starting with a digit", "ending with the domain": words about the name, not a part of it. */
const ARTICLE = /^(?:a|an|the|any|some|this|that|these|those|their|its)$/i;

const KIND_BY_NOUN: ReadonlyArray<readonly [RegExp, FilterKind]> = [
  [/^(?:upn|user|account|login|e-?mail)/i, 'user'],
  [
    /^(?:host|device|machine|computer|server|workstation|laptop|desktop|endpoint|kiosk|terminal|pc|build|agent|runner|node|box|vm|dc|domain)/i,
    'host',
  ],
  [/^file/i, 'file'],
  [/^(?:process|image|binar)/i, 'process'],
];

/**
 * A name written with a wildcard at its end or its start ("svc_*", "*-adm"), not a data model's field
 * prefix ("Processes.*") or a domain's ("*.example.org"): its fixed part and where the wildcard stands.
 */
const WILDCARD_NAME = /(?<![\w*.$@\\/-])(?:([A-Za-z0-9][\w$@-]{0,62})\*|\*([\w$@-]{0,62}[A-Za-z0-9]))(?![\w*.$@\\/-])/g;
/** The nouns names are said with: accounts, machines by any of their names, files, processes. */
const NAME_NOUNS = String.raw`(upns?|user\s?names?|users?|accounts?|logins?|e-?mails?|host\s?names?|hosts?|devices?|machines?|computers?|servers?|workstations?|laptops?|desktops?|endpoints?|kiosks?|terminals?|pcs|(?:build\s+)?agents?|runners?|nodes?|boxes|vms?|dcs?|domain\s+controllers?|file\s?names?|files?|process(?:es)?|images?|binar(?:y|ies))`;
/**
 * The noun of a kind said shortly before a wildcard name ("service accounts (svc_*)", "hosts like WS-*", "the CI
 * runners (CI-RN-*)"): machines by any of their names (laptops, agents, runners, nodes, VMs, DCs).
 */
const NOUN_BEFORE = new RegExp(String.raw`\b${NAME_NOUNS}\b[^.?!;]{0,24}$`, 'i');
/** Every noun of names in a stretch of text (see {@link NOUN_BEFORE}), for the last one said. */
const NOUN_ANYWHERE = new RegExp(String.raw`\b${NAME_NOUNS}\b`, 'gi');
/**
 * The noun of a kind said right after a wildcard name, maybe past a word or two saying what the machines do ("on any
 * APP-WEB-* server", "the KSK-* kiosks", "the CI-* build boxes"), never past a word that ends the name's phrase.
 */
const NOUN_AFTER =
  /^\s{0,3}(?:(?!(?:in|on|at|from|to|of|for|and|or|but|the|a|an|is|are|was|were|by|with|over|since|during|last|past)\b)[A-Za-z][\w-]{1,20}\s+){0,2}?(upns?|user\s?names?|users?|accounts?|logins?|host\s?names?|hosts?|devices?|machines?|computers?|servers?|workstations?|laptops?|desktops?|endpoints?|kiosks?|terminals?|pcs|boxes|box|vms?|dcs?|file\s?names?|files?|process(?:es)?|images?|binar(?:y|ies))\b/i;
/**
 * The start of an API operation's name with a wildcard, right before the noun of what was done ("Delete* calls",
 * "Put* events", "CreateAccess* operations"): the operations whose names begin so.
 */
const OPERATION_START = /^[A-Z][a-z]+(?:[A-Z][a-z]+){0,3}$/;
const OPERATION_AFTER = /^\s{0,3}(?:api\s+)?(?:calls?|events?|operations?|actions?|requests?)\b/i;
/** How far after a wildcard name its noun is looked for. */
const NOUN_AFTER_REACH = 56;
/**
 * A word right before a wildcard name that says it is where things happen ("events on LAB-*", "logons against
 * db-node*", "fired across edge-*", "logins to app-*", "connections from LAB-PC*"): a machine's name, whatever noun was
 * said earlier ("process creation on …", "failed logins against …" name what happened, not the name's kind).
 */
const PLACE_BEFORE =
  /(?:\b(?:on|against|across|onto|at)|\b(?:log-?ins?|log-?ons?|sign-?ins?|attempts?|sessions?)\s+(?:in)?to|\b(?:connections?|traffic|flows?|beacons?|beaconing)\s+from)\s+(?:the\s+|any\s+|all\s+)?$/i;

/**
 * "on port 7777 from RL-GS-*", "traffic to DB-PRD-*": a bare "from" or "to" before a name's start written the way
 * machines are named (capitals and digits with a hyphen), no noun said: the machines so named.
 */
const ENDPOINT_BEFORE = /\b(?:from|to|towards)\s+(?:the\s+|any\s+|all\s+)?$/i;
const MACHINE_PREFIX = /^(?=[A-Z0-9-]*[A-Z]-)[A-Z][A-Z0-9-]{1,30}$/;

/**
 * A plural noun right before a bracket a wildcard name opens ("the turbine controllers (TRB-*", "which pumps (PMP*"):
 * a fleet of things named by the pattern.
 */
const PLURAL_BEFORE_BRACKET = /\b([A-Za-z]{3,24}s)\s*\(\s*$/;
/** A bracket closing right after the wildcard name. */
const BRACKET_CLOSES = /^\s*\)/;
/** Plural nouns of things other than machines that a bracket names by a pattern ("the app roles (Ops*)"). */
const NOT_MACHINES =
  /^(?:groups|roles|apps|applications|sites|buckets|tables|indexes|indices|subscriptions|policies|rules|mailboxes|repos|repositories|vaults|keys|secrets|principals|identities|resources|queues|topics|tenants|operations|events|calls|actions|requests|alerts|tasks|jobs|databases|schemas|folders|paths|shares|domains|urls|teams|channels|projects|fields|columns|values|tags|labels|names|codes|ids)$/i;

/**
 * The kind of a fleet a bracketed wildcard name stands for, after a plural noun no kind is known of ("the turbine
 * controllers (TRB-*)", "our tills (TL*)"): machines (a host), unless the noun is of another kind of thing.
 */
function fleetKind(before: string, after: string): FilterKind | undefined {
  const noun = PLURAL_BEFORE_BRACKET.exec(before)?.[1];
  if (noun === undefined || !BRACKET_CLOSES.test(after)) return undefined;
  const known = kindOfNoun(noun);
  if (known !== undefined || NOT_MACHINES.test(noun)) return known;
  return 'host';
}

/**
 * The kind of a fleet named by a plural noun right before the bracket its names are said in ("our kitchen tablets
 * (names starting KIT-"): machines (a host), unless the noun is of another kind of thing.
 */
function bracketedFleetKind(before: string): FilterKind | undefined {
  const noun = PLURAL_BEFORE_BRACKET.exec(before)?.[1];
  if (noun === undefined) return undefined;
  return kindOfNoun(noun) ?? (NOT_MACHINES.test(noun) ? undefined : 'host');
}

/**
 * Names written with a wildcard ("svc_*"): a value of the kind of the noun said before, matched as a part; an
 * operation's start before the noun of calls ("Delete* calls") is an action.
 */
function readWildcardNames(text: string, taken: SpanSet, hits: ValueHit[]): void {
  scan(
    text,
    WILDCARD_NAME,
    taken,
    (m) => {
      if (hits.length >= MAX_HITS) return null;
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 48), m.index);
      const after = text.slice(end, end + NOUN_AFTER_REACH);
      if (m[1] && OPERATION_START.test(m[1]) && OPERATION_AFTER.test(after))
        return { kind: 'action', value: m[1], start: m.index, end, operator: 'contains' };
      const nounAfter = NOUN_AFTER.exec(after);
      const noun = nounAfter ?? (PLACE_BEFORE.test(before) ? null : NOUN_BEFORE.exec(before));
      const kind =
        (nounAfter ? undefined : fleetKind(before, after)) ??
        (noun ? kindOfNoun(noun[1]!) : PLACE_BEFORE.test(before) ? 'host' : undefined) ??
        (m[1] && MACHINE_PREFIX.test(m[1]) && ENDPOINT_BEFORE.test(before) ? 'host' : undefined);
      if (!kind) return null;
      return { kind, value: m[1] ?? m[2]!, start: m.index, end, operator: 'contains' };
    },
    hits,
  );
}

/**
 * A name said by how it begins with no noun of its own, in words about a noun said just before ("the kiosks (names
 * begin with KSK-)", "build agents, name starting with ci-"): the kind comes from that noun (see {@link NOUN_BEFORE}).
 */
const BARE_AFFIX =
  /\bnames?\s+(?:(?:that|which)\s+)?(?:(?:is|are)\s+)?((?:start|begin|end)(?:s|ing|ning)?|prefixed|suffixed)\s+(?:(with|by|in)\s+)?["'`]?([\w@.-][\w.$@\\-]{0,63})/gi;

/**
 * A name's first part written with its joiner left dangling, right before the noun of its kind ("the ops- servers",
 * "every adm_ account", "any LAB- machine"): the names that begin with it. An English word's prefix before a
 * hyphen ("pre- or post- login", "non- admin") is no name (see {@link WORD_PREFIX}).
 */
const DANGLING_PREFIX =
  /(?<![\w.@\\/*-])([A-Za-z][\w.-]{0,62}[-_])\s+(upns?|user\s?names?|users?|accounts?|logins?|host\s?names?|hosts?|devices?|machines?|computers?|servers?|workstations?|laptops?|desktops?|endpoints?|boxes|box|vms?|dcs?|file\s?names?|files?|process(?:es)?|images?|binar(?:y|ies))\b/gi;

/** An English word's prefix hanging on a hyphen ("pre- or post-", "non- admin"), in any case: no name's first part. */
const WORD_PREFIX =
  /^(?:pre|post|non|anti|multi|sub|re|co|semi|self|ex|de|un|over|under|inter|intra|cross|mid|auto|micro|mini|super|pseudo|dual|single|e|x)-$/i;

/**
 * A part of a name written in capitals or left on a joiner ("KBC-", "adm_", "WS", "WH-SCN"), said without "with"
 * before it.
 */
const NAME_PART = /[-_.$]$|^[A-Z](?:[A-Z0-9]+|[A-Z0-9]*(?:[-_][A-Z0-9]+)+)$/;

/**
 * Whether the words after "starting"/"ending" are a part of a name: never an article; without "with" ("servers
 * beginning KBC-") only a part shaped as one, not an ordinary word ("users starting Monday").
 */
function isAffixValue(value: string, saidWith: boolean): boolean {
  return value.length > 0 && !ARTICLE.test(value) && (saidWith || NAME_PART.test(value));
}

/** The kind a noun of names says ("accounts" → user, "servers" → host), if any. */
function kindOfNoun(noun: string): FilterKind | undefined {
  return KIND_BY_NOUN.find(([pattern]) => pattern.test(noun))?.[1];
}

/** Names said by how they begin, with the noun before the words ("kiosks (names begin with KSK-)") or after a dangling joiner ("ops- servers"). */
function readNounlessAffixes(text: string, taken: SpanSet, hits: ValueHit[]): void {
  if (/\bnames?\s/i.test(text))
    scan(
      text,
      BARE_AFFIX,
      taken,
      (m) => {
        const before = text.slice(Math.max(0, m.index - 48), m.index);
        const noun = NOUN_BEFORE.exec(before);
        const kind = noun ? kindOfNoun(noun[1]!) : bracketedFleetKind(before);
        const value = m[3]!.replace(/\.$/, '');
        if (hits.length >= MAX_HITS || !kind || !isAffixValue(value, m[2] !== undefined)) return null;
        const start = m.index + m[0].indexOf(m[1]!);
        return { kind, value, start, end: m.index + m[0].length - m[3]!.length + value.length, operator: 'contains' };
      },
      hits,
    );
  if (/[\w][-_]\s/.test(text))
    scan(
      text,
      DANGLING_PREFIX,
      taken,
      (m) => {
        const kind = kindOfNoun(m[2]!);
        if (hits.length >= MAX_HITS || !kind || m[1]!.length < 3 || WORD_PREFIX.test(m[1]!)) return null;
        return { kind, value: m[1]!, start: m.index, end: m.index + m[1]!.length, operator: 'contains' };
      },
      hits,
    );
}

/**
 * A name's fixed start with a placeholder for the rest ("they are all named HMI-something", "called KIOSK-xx", "named
 * like lab-nn"): the names that begin with it. The placeholder is a word for "any" or a run of x, n or #.
 */
const PLACEHOLDER_NAME =
  /\b(?:named|called|labell?ed)\s+(?:like\s+)?["'`]?([A-Za-z][\w.-]{0,40}?[-_.]?)(?:something|smth|whatever|anything|xx+|nn+|##+|\.\.\.|\u2026|<[^>\s]{1,12}>|\{[^}\s]{1,12}\})(?=$|[\s,.;:!?)'"`])/gi;
/** How far before a placeholder name the noun of its kind is looked for ("the kiosks … all called KSK-xx"). */
const PLACEHOLDER_NOUN_REACH = 120;

/**
 * A class of machines named by the start of their names, after "any", "every" or "all" ("on any gpu-node machine",
 * "every web-prod server"), or "the" after a word of place ("on the wu-hpc nodes"): a name part with a joiner inside
 * it, not a compound adjective ("any domain-joined machine", "all internet-facing servers").
 */
const CLASS_OF_MACHINES =
  /\b(?:any|every|each|all(?:\s+(?:the|our))?|our|(?<=\b(?:on|across|from|to|of|in)\s+)the)\s+([A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+)\s+(?:machines?|hosts?|servers?|boxes|box|vms?|nodes?|devices?|workstations?|laptops?|desktops?|pcs?|kiosks?|terminals?|runners?|agents?)\b/gi;
/** Words joined by a hyphen that English writes so, no machine's name ("the on-prem servers", "the front-end hosts"). */
const COMMON_COMPOUND =
  /^(?:on-prem(?:ise)?s?|off-prem(?:ise)?s?|e-mail|x-ray|front-end|back-end|end-user|high-end|low-end|mid-range|top-tier|in-house|off-site|on-site|wi-fi|log-in|sign-in|log-on|build-farm|point-of-sale|non-\w+|multi-\w+|pre-\w+|post-\w+|self-\w+|co-\w+|re-\w+|sub-\w+)$/i;
/** The head of a compound adjective ("domain-joined", "internet-facing", "cloud-based"): no part of a name. */
const ADJECTIVE_HEAD =
  /[-_](?:\w+ed|\w+ing|facing|based|wide|only|like|level|side|critical|sensitive|free|less|specific|owned|class|grade|party|time|hour|day|week|month|year|bit|core)$/i;

/**
 * Names said by a fixed start and a placeholder ("named HMI-something"), or a class after "any" ("any gpu-node machine").
 * A class said of the machines whose names are then given ("our shop-floor PCs are all named HC-LINE-something")
 * describes them: the names given are the value, not the description.
 */
function readNamePatterns(text: string, taken: SpanSet, hits: ValueHit[]): void {
  const placeholders: number[] = [];
  if (/\b(?:named|called|labell?ed)\s/i.test(text))
    scan(
      text,
      PLACEHOLDER_NAME,
      taken,
      (m) => {
        if (hits.length >= MAX_HITS) return null;
        const before = text.slice(Math.max(0, m.index - PLACEHOLDER_NOUN_REACH), m.index);
        const nouns = allMatches(before, NOUN_ANYWHERE);
        const kind = nouns.length > 0 ? kindOfNoun(nouns[nouns.length - 1]![1]!) : 'host';
        if (!kind) return null;
        const start = m.index + m[0].indexOf(m[1]!);
        if (kind === 'host') placeholders.push(start);
        return { kind, value: m[1]!, start, end: start + m[1]!.length, operator: 'contains' };
      },
      hits,
    );
  if (/[-_]/.test(text))
    scan(
      text,
      CLASS_OF_MACHINES,
      taken,
      (m) => {
        if (hits.length >= MAX_HITS || ADJECTIVE_HEAD.test(m[1]!)) return null;
        // "on the wu-hpc nodes": after "the" only a name no English compound is.
        if (/^the\s/i.test(m[0]) && COMMON_COMPOUND.test(m[1]!)) return null;
        if (placeholders.some((at) => at > m.index && at - m.index <= PLACEHOLDER_NOUN_REACH)) return null;
        const start = m.index + m[0].indexOf(m[1]!);
        return { kind: 'host', value: m[1]!, start, end: start + m[1]!.length, operator: 'contains' };
      },
      hits,
    );
}
/** The domain a mail provider's addresses end in, by the provider's name said alone ("a gmail address"). */
const PROVIDER_DOMAINS: Readonly<Record<string, string>> = {
  gmail: 'gmail.com',
  googlemail: 'googlemail.com',
  hotmail: 'hotmail.com',
  outlook: 'outlook.com',
  yahoo: 'yahoo.com',
  icloud: 'icloud.com',
  aol: 'aol.com',
  gmx: 'gmx.com',
  protonmail: 'protonmail.com',
};

/**
 * A mail provider said of addresses or of the people using them ("yahoo emails", "outlook.com accounts",
 * "hotmail users"), or a domain said as where addresses live ("emails at acme.io", "mail domain acme.io",
 * "addresses on @acme.io", "@acme.io addresses"), or a bare "@acme.io" (a domain written with its at sign, as in
 * "staff accts (@acme.io)" or "users in the @acme.io domain"): the addresses ending in that domain.
 */
const MAIL_DOMAIN =
  /\b(gmail|googlemail|hotmail|outlook|yahoo|icloud|aol|gmx|protonmail)(?:\.com)?\s+(?:e-?mail\s+)?(?:address(?:es)?|e-?mails?|accounts?|users?|mailbox(?:es)?|inbox(?:es)?)\b|\b(?:e-?mails?|e-?mail\s+address(?:es)?|address(?:es)?|mail\s+domains?|e-?mail\s+domains?)\s+(?:(?:is|are)\s+)?(?:at|on|under|@)?\s*@?([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24})\b|(?<![\w.@-])@([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24})\b(?![\w.-])/gi;

/** A domain name, in lower or any case (`acme-north.co.uk`). */
const DOMAIN_NAME = String.raw`[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.[a-z]{2,24}`;
/** People, or the accounts they sign in with, as an organisation's members are spoken of. */
const MEMBER_NOUNS = String.raw`(?:staff(?:ers)?|users?|people|ppl|folks|persons|employees?|emps|accounts?|accts?|members|colleagues|personnel|workers|identities)`;
/**
 * An organisation's mail domain said of its people, after them ("staff at acme-north.io", "people from acme.io",
 * "employees of acme.io", "accounts in acme.io") or before them ("acme.io ppl", "acme.io employees"): the addresses
 * ending in that domain.
 */
const MEMBERS_DOMAIN = new RegExp(
  String.raw`\b${MEMBER_NOUNS}\s+(?:(?:who\s+(?:are|work)\s+)?(?:at|from|of|in)\s+)(?:the\s+)?@?(${DOMAIN_NAME})(?![\w-]|\.[\w-])|(?<![\w.@/-])(${DOMAIN_NAME})\s+${MEMBER_NOUNS}\b`,
  'gi',
);

/** A cheap test for any word the mail domains are said with, before reading them. */
const MAIL_WORDS = /mail|address|@|yahoo|outlook|icloud|aol|gmx/i;
/** A cheap test for a domain-like word, before reading {@link MEMBERS_DOMAIN}. */
const DOMAIN_LIKE = /\w\.[a-z]{2,24}\b/i;

/**
 * Addresses said by their mail provider or domain, or by the domain of the people using them ("staff at acme.io"): a
 * user value "@domain", matched as a part (`contains`).
 */
function readMailDomains(text: string, taken: SpanSet, hits: ValueHit[]): void {
  if (MAIL_WORDS.test(text))
    scan(
      text,
      MAIL_DOMAIN,
      taken,
      (m) => {
        if (hits.length >= MAX_HITS) return null;
        const domain = m[1] ? PROVIDER_DOMAINS[m[1].toLowerCase()]! : (m[2] ?? m[3])!.toLowerCase();
        return { kind: 'user', value: `@${domain}`, start: m.index, end: m.index + m[0].length, operator: 'contains' };
      },
      hits,
    );
  if (DOMAIN_LIKE.test(text))
    scan(
      text,
      MEMBERS_DOMAIN,
      taken,
      (m) => {
        if (hits.length >= MAX_HITS) return null;
        const domain = (m[1] ?? m[2])!.toLowerCase();
        return { kind: 'user', value: `@${domain}`, start: m.index, end: m.index + m[0].length, operator: 'contains' };
      },
      hits,
    );
}

/** Names said by how they begin or end after the noun of their kind ("accounts starting with adm-"). */
function readAffixes(text: string, taken: SpanSet, hits: ValueHit[]): void {
  scan(
    text,
    AFFIX,
    taken,
    (m) => {
      if (hits.length >= MAX_HITS) return null;
      const kind = kindOfNoun(m[1]!);
      // A sentence's full stop after the name is no part of it ("… ending with _old.").
      const value = m[4]!.replace(/\.$/, '');
      if (!kind || !isAffixValue(value, m[3] !== undefined)) return null;
      // "admin accounts (UPN starting with adm-)": the bracket says what the words before it mean, so
      // those words ("admin") are no second value.
      const described = DESCRIBED_BEFORE.exec(text.slice(Math.max(0, m.index - 48), m.index));
      if (described) taken.add(m.index - described[0].length, m.index);
      const start = m.index + m[0].indexOf(m[2]!, m[1]!.length);
      const end = m.index + m[0].length - m[4]!.length + value.length;
      return { kind, value, start, end, operator: 'contains' };
    },
    hits,
  );
}

/**
 * Names said by their start or end ("accounts starting with adm-", "svc_*"): a value of the noun's kind,
 * matched as a part (`contains`).
 */
export function readNameAffixes(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  if (text.includes('*')) readWildcardNames(text, taken, hits);
  readMailDomains(text, taken, hits);
  if (/\b(?:start|begin|end|prefixed|suffixed)/i.test(text)) readAffixes(text, taken, hits);
  readNounlessAffixes(text, taken, hits);
  readNamePatterns(text, taken, hits);
  return hits;
}

/**
 * A name's variable end written as a word or a mask rather than a `*` ("the dispatch laptops (CFL-DSP-something)",
 * "LON-SQL-whatever", "WS-FIN-xxx", "RAD-WS-##", "APP-nn"): the fixed start, then the wildcard every reader of
 * names already understands. Only after a hyphen and a start with a capital or a digit ("follow-something" is a
 * word, not a machine's name). One said after "named" or "called" is left to {@link PLACEHOLDER_NAME}'s reading.
 */
const NAME_PLACEHOLDER =
  /(?<![\w*.$@\\/-])(?<!\b(?:named|called|labell?ed)\s+(?:like\s+)?["'`]?)((?=[\w-]*[A-Z0-9])[A-Za-z0-9][\w$@]*(?:-[\w$@]+)*-)(?:something|whatever|anything|xxx*|XXX*|nn+|NN+|#+|\?+|\.{3}|<[a-z]{1,12}>)(?![\w*.$@\\/-])/g;

/**
 * A machine-style name in capitals, no digit at its end, said right before the plural of machines ("which KAC-MX
 * laptops", "the FIN-WS workstations"): the start the fleet's names share, as if written with a `*`.
 */
const FLEET_NAME =
  /(?<![\w*.$@\\/-])(?!(?:CVE|CWE|SHA|AES|RSA|TLS|SSL|UTF|ISO|RFC)-)([A-Z][A-Z0-9]*(?:-[A-Z0-9]*[A-Z])+)(?=\s+(?:laptops|pcs|workstations|desktops|servers|hosts|machines|devices|boxes|vms|kiosks|terminals|endpoints|nodes|dcs)\b)/g;

/**
 * A short code in capitals with no hyphen, said as where things happen right before the plural of machines ("on NJC
 * hosts", "across the FIN servers", "to all LDN workstations"): a site's or a team's code the fleet's names carry.
 * Never a technology's, a role's, an environment's or a region's initials ("the SQL servers", "DC hosts", "PROD
 * boxes", "EU servers"), which say what the machines do or where they stand, not how they are named.
 */
const FLEET_CODE =
  /(?<=\b(?:on|onto|across|against|to|from|at|in)\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?|any\s+|every\s+)?)([A-Z]{2,5}[0-9]?)(?=\s+(?:laptops|pcs|workstations|desktops|servers|hosts|machines|devices|boxes|vms|kiosks|terminals|endpoints|nodes)\b)/g;
const NOT_A_FLEET_CODE = new Set(
  (
    'AD ADDS ADFS AAD AKS API APP AV AWS BI CA CD CI CRM CPU DB DC DEV DHCP DMZ DNS DR EC EDR EKS EMEA ERP ESX ESXI EU ' +
    'FTP GCP GKE GPU HA HMI HPC HTTP IIS ICS IOT IT KMS LAN LDAP MAC MDE MDM MDI MFA ML NAS NFS NTP OS OT PKI PLC POS ' +
    'PROD QA RDP RDS SAN SAP SCADA SCCM SFTP SMB SMTP SQL SSH SSO TEST UAT UK US VDI VM VMS VPN WAN WEB WIN WSUS APAC ' +
    'LATAM NA ALL ANY OUR THE NEW OLD KEY ROOT MY NOC SOC'
  ).split(' '),
);

export function withNamePlaceholders(text: string): string {
  const hyphened = text.includes('-') ? text.replace(NAME_PLACEHOLDER, '$1*').replace(FLEET_NAME, '$1*') : text;
  return /[a-z]/.test(hyphened)
    ? hyphened.replace(FLEET_CODE, (code: string) => (NOT_A_FLEET_CODE.has(code) ? code : `${code}*`))
    : hyphened;
}
