import type {
  ConstraintFilter,
  FilterOperator,
  GroupKey,
  Measure,
  Ordering,
  QueryConstraints,
  ThresholdOperator,
} from '@mesh/a2a-contracts';
import { elsewhereThanNamed, othersOnNamedAccount } from './elsewhere-than-named';
import { readLineQuantity } from './line-quantity';
import { fixOutcomeTypos } from './outcome-typos';
import { fixUnableToSignIn } from './unable-outcome';
import { readSharePointSites } from './sharepoint-sites';
import { readAppRegistrations } from './app-registrations';
import { fixComparisonTypos } from './comparison-typos';
import { readGuestAccounts } from './guest-accounts';
import { readMachineAccountsLeftOut } from './machine-accounts';
import { readLookedUpPatterns } from './looked-up-names';
import { readGroupNames } from './group-names';
import { fixComparatives } from './comparative-forms';
import { fixRepeatWords } from './repeat-words';
import {
  countryCode,
  joinSpacedThousands,
  readBusinessValues,
  readRolePeople,
  readStateRecords,
  STATE_RECORD_HINT,
} from './business-values';
import {
  columnFor,
  columnNamed,
  flagColumn,
  keepsBothEnds,
  qualifiedTableStatus,
  recordStatusColumn,
  type TableColumns,
} from './column-mapper';
import { isInternalAddress } from './network-scopes';
import {
  readColumnValues,
  readDepartmentNames,
  readEventTypes,
  readIdentifierValues,
  readNamesBeforeColumns,
  readRootIdentity,
  tableNameSpans,
} from './column-values';
import { readGroupThreshold, saysAggregateThreshold } from './aggregate-threshold';
import { readAwsPrincipalArns } from './aws-principal-arns';
import { DOER_WINDOW, saysDoer, setAsideDoerAt } from './acting-account';
import { readAccountAliases, readActorHandles, readBareActors, readNamedIdentities } from './actor-handles';
import { readAllotmentRatio } from './allotment-ratio';
import { readElapsedMeasure } from './elapsed-measure';
import { asksEventTime } from './event-time';
import { asksMoneyBesideUnits } from './money-beside';
import { saysRankedByCount } from './ranked-count';
import { asksRowsBesideDistinct } from './rows-beside-distinct';
import { eachOfListedKey } from './each-of-listed';
import { fixQuestionWordTypos } from './question-word-typos';
import { spellOutAbbreviations } from './shortened-words';
import { readEncryptionTypes } from './encryption-types';
import { findInactivity, inactivityWordSpans } from './inactivity';
import { resolveInactivity } from './inactivity-date';
import { readLiteralValues } from './literal-values';
import { readProviderOperations } from './provider-operations';
import { readLowerNamesBefore } from './lower-names-before';
import { readTitledNamesBefore } from './titled-names-before';
import { readSegmentNames } from './segment-names';
import { readComparedValues } from './compared-values';
import { readParticipleStates } from './participle-states';
import { withoutValuesInCounts } from './count-gap';
import { readColumnValueLists } from './column-value-lists';
import { readLogonTypes } from './logon-types';
import { readToolSubcommands } from './tool-subcommands';
import { readNameAffixes, withNamePlaceholders } from './name-affixes';
import { readOwnedRecords } from './owned-records';
import { onlyIndicatorsNamed } from './indicators-named';
import { readPerKeyAverage } from './per-key-average';
import { asksDistinctListed } from './listed-distinct';
import { readNetworkScopes } from './network-scopes';
import { readNamedResources, readResourceGroups } from './resource-groups';
import { readRunTools } from './run-tools';
import { readSignInProperties } from './signin-properties';
import { readWebRequests } from './web-requests';
import { readByteDirections } from './byte-directions';
import { readMentionedValues, saysMention } from './mentioned-column';
import { readApiClients, readCloudServices, readServiceEndpoints } from './cloud-services';
import {
  actingEndSide,
  MOTION_WINDOW,
  namedEndSide,
  negatedMotionAt,
  pronounEndSide,
  saysMotionTo,
} from './traffic-direction';
import { readSizeThreshold, readVolumeThreshold } from './volume-threshold';
import { readPeriodChange, type PeriodChangeWords } from './period-change';
import { readWindowsEvents } from './windows-events';
import { isMachinePowerEventId } from '../windows-event.util';
import { daysOfMonthSaid } from '../time-range.util';
import {
  readAbsence,
  readComparison,
  readCountPair,
  readMoneyPair,
  readCountBeside,
  readMeasureList,
  readPercentile,
  readRemaining,
  readShown,
  readShownItemSpans,
  readTimeMeasures,
  readValuePair,
  type MeasureWords,
} from './measure-words';
import { readRankedRows } from './ranked-rows';
import { readOpeningSubject, readWhichSubject } from './which-subject';
import { readWhichPeriod } from './which-period';
import { readEventNames } from './event-names';
import { readLateness } from './lateness-measure';
import { categoryNounKeys } from './category-noun';
import { isEntityKind, readRowsAndDistinct, readShape, subjectKind } from './shape-reader';
import { readMeasureQuotient } from './measure-quotient';
import { readMeasureRatio } from './measure-ratio';
import { readOutcomeSplit } from './outcome-split';
import { quotedStatus } from './quoted-status';
import { httpStatusOffWeb } from './http-status-home';
import { readHeldShareOfTotal, readShare, readShareOfTotal, readShareThreshold } from './share-words';
import { SpanSet, type ValueHit } from './value-hit';
import { allMatches } from '../regex-matches.util';
import { readKeyValuesAside } from './key-values-aside';

export interface ConstraintExtractionInput {
  readonly text: string;
  /** The tables the analysis chose, with their columns, to name the column that holds each value. */
  readonly tables: readonly TableColumns[];
  /** The planning's clock, to resolve an inactivity said with a date ("not since Monday"); without it none is read. */
  readonly now?: Date;
}

const LIMITS = { textLength: 4000, filters: 32, values: 64, expression: 512 } as const;

/**
 * Words before a value that negate it: "not from 10.0.0.1", "except cancelled" (or typed "excpt"), "excluding .pdf files",
 * "leaving out refunded", "that aren't settled", "omitting drafts", "hosts besides web-1", "no longer enabled",
 * and the short forms "excl. refunds", "w/o drafts"; the rows may be named between, in a clause of their own ("leaving
 * out the orders that were cancelled").
 */
const NEGATION =
  /(?:\bnot\b|\bno\s+longer\b(?!\s+than\b)|\b(?:is|are|was|were|has|have|had|do|does|did)n['’]?t\b|\bleav(?:e|es|ing)\s+out\b|\bleft\s+out\b|\bomit(?:s|ted|ting)?\b|\bnever\b|\b(?:except|excpt|exept|xcept)\b|\b(?:anything|anyone|everything|everyone|all)\s+but\b|\bexcluding\b|\bexclude[sd]?\b|\bexcl\b\.?|\bw\/o\b|\bother\s+than\b|\boutside(?:\s+of)?\b|\bwithout\b|\bapart\s+from\b|\baside\s+from\b|\b(?:anyone|anybody|someone|somebody|users?|accounts?|hosts?|devices?|machines?)\s+besides\b|\bignor(?:e|ing)\b|\bskip(?:ping)?\b|\bnon-|!=|<>)(?:(?:\s*[\w-]+){0,3}|(?:\s+(?:the|any|all|those))?\s+[\w-]+\s+(?:that|which)\s+(?:were|are|was|is|got|ha(?:ve|s|d)\s+been))\s*$/i;
/**
 * A negation, then the noun phrase of the values it sets aside, then the values after a comma, a colon or a bracket
 * ("other than our two office egress addresses, 203.0.113.10 and …", "excluding the scanners (10.0.0.5, …)", "except
 * our break-glass accounts: …"): the noun ends in a plural, and no word of a time or a place is on the way.
 */
const NEGATION_APPOSED =
  /(?:\bnot\b|\b(?:except|excpt|exept|xcept)\b|\bexcluding\b|\bexclude[sd]?\b|\bother\s+than\b|\boutside(?:\s+of)?\b|\bapart\s+from\b|\baside\s+from\b|\bignor(?:e|ing)\b|\bbesides\b)(?:\s+(?!(?:in|on|at|during|over|since|last|past|this|to|by|for|with|and|or|but|ago)\b)[\w-]+){1,6}s\s*(?:[,:(]|\s-|—)\s*$/i;
/**
 * Words that set aside what they take, then a noun phrase of up to five words with no preposition or verb of a clause,
 * then the value: "not counting the DNS servers TVP-DNS01", "excluding our two jump boxes JB-1", "other than the
 * provisioning service account svc_idm". The noun phrase says what the value is; the value is set aside.
 */
const SET_ASIDE_NAMED =
  /(?:\bnot\s+(?:counting|including)|\bexcluding|\b(?:except|excpt|exept|xcept)(?:\s+for)?|\bother\s+than|\bapart\s+from|\baside\s+from|\bignoring|\bleaving\s+out|\bomitting)(?:\s+(?!(?:from|to|into|in|on|at|by|with|via|during|over|since|for|of|that|which|who|where|when|and|or|but|is|are|was|were|has|have|had|did|do|does|ago|last|past|this|today|yesterday)\b)[\w-]+){1,5}\s+$/i;
/**
 * Words that set aside what they take, then the records and the noun of what they are of, to or from, right before
 * the value: "excluding lockouts of the account kiosk", "excluding any connection to the internal range 10.0.0.0/8",
 * "ignoring sign-ins by the user bob". The records of the value named are set aside, so is the value.
 */
const RECORDS_OF_NAMED =
  /(?:\bnot\s+(?:counting|including)|\bexcluding|\bexclude|\bexcl\.?|\bignor(?:e|ing)|\bleav(?:e|ing)\s+out|\bskip(?:ping)?|\bwithout)\s+(?:(?:the|any|all)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:of|by|for|on|to|from|against)\s+(?:(?:the|an?|our)\s+)?(?:[\w-]+\s+)?(?:account|user|host|machine|device|computer|server|workstation|app|application|range|subnet|network|address|ip|domain|site)\s+$/i;
/** Characters before a value read for {@link SET_ASIDE_NAMED}. */
const SET_ASIDE_NAMED_REACH = 80;
/** Characters before a value read for {@link NEGATION_APPOSED}. */
const APPOSED_REACH = 90;

/**
 * A word or two in brackets that restates the noun before it inside a list ("by IAM identity (arn) and API call"):
 * no item of its own, and no end of the list.
 */
const GLOSS_IN_LIST = /\s\((?:[a-z][\w.-]{0,20})(?:\s+[a-z][\w.-]{0,20})?\)(?=\s*(?:,|\band\b|\bor\b|&))/gi;

/** A question opening with the ones who did something ("members who bought …", "the clients that renewed …"). */
const WHO_DID_OPENING =
  /^\s*(?:(?:the|all|our)\s+)?[a-z][\w-]{2,30}\s+(?:who|that)\s+(?:have\s+|has\s+)?(?:[a-z]{3,}ed|bought|made|paid|spent|sent|took|got|gave|placed)\b/i;

/** "daily active", "monthly active": the word that says the ones counted did something in each period `[1]`. */
const ACTIVE_PER_PERIOD = /\b(?:daily|weekly|monthly|quarterly|yearly)\s+(active)\b/gi;

/** The text with the spans of the hits blanked (the same length, so every offset keeps). */
function withoutSpans(text: string, hits: readonly ValueHit[]): string {
  return hits.reduce(
    (masked, hit) => masked.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + masked.slice(hit.end),
    text,
  );
}

/** The text with a match blanked (the same length, so every offset keeps). */
function blankSpan(text: string, m: RegExpExecArray | null): string {
  return m ? text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length) : text;
}

/**
 * "the number of days past the due date", "how many days overdue": how overdue each row is, asked as a value of each
 * row ("90 days past due" is a condition; "how many days late on average" a measure of lateness).
 */
const DAYS_PAST_DUE =
  /\b(?:(?:the\s+)?number\s+of\s+days|how\s+many\s+days)\s+(?:(?:past|after|beyond|over|since)\s+(?:the\s+|their\s+|its\s+|each\s+)?due(?:\s+dates?)?|overdue|past\s+due)\b(?![^.?!;]{0,40}\b(?:on\s+average|in\s+average)\b)/i;

/** The chosen tables' due-date column (`invoices.due_date`), or null. */
function dueDateField(tables: readonly TableColumns[]): string | null {
  for (const table of tables) {
    const column = table.columns.find((c) => /^due(?:_?date|_?at|_?on)?$/i.test(c));
    if (column) return tables.length > 1 ? `${table.table}.${column}` : column;
  }
  return null;
}

/** The text with such glosses blanked (the same length, so every offset keeps). */
function withoutGlosses(text: string): string {
  return text.includes('(') ? text.replace(GLOSS_IN_LIST, (m) => ' '.repeat(m.length)) : text;
}

/** A modal that makes the negation after it a rule ("should never", "must not", "is not supposed to"), not a filter. */
const RULE_BEFORE = /\b(?:should|must|shall|ought\s+to|(?:is|are|was|were)\s+(?:supposed|meant|allowed)\s+to)\s*$/i;
/** "leave the refunded ones out", "filter void invoices out": a verb before the value, "out" just after it. */
const SET_ASIDE_BEFORE =
  /\b(?:leav(?:e|es|ing)|keep(?:s|ing)?|tak(?:e|es|ing)|filter(?:s|ing)?|strip(?:s|ping)?|cut(?:s|ting)?)\s+(?:the\s+|any\s+|all\s+)?$/i;
const OUT_AFTER = /^(?:\s+[\w-]+){0,2}?\s+out\b/i;
/** "with draft invoices excluded", "refunds not counted": the value's removal said just after it. */
const REMOVED_AFTER =
  /^(?:\s+[\w-]+){0,2}?\s+(?:excluded|removed|left\s+out|filtered\s+out|omitted|ignored|not\s+(?:counted|included))\b/i;
/** How far after a value the words that set it aside are read. */
const NEGATED_AFTER_REACH = 40;

/**
 * "not interactive yesterday for admin@…", "weren't MFA for bob@…": the negation closes on the word after it, before a
 * time said or a "for"/"by" that brings in the value; the value itself is not negated. A participle's "by" names who
 * did it, and the negation reaches it ("not spawned by explorer.exe", "not made by svc_idm").
 */
const NEGATION_CLOSED =
  /^(?:not|never|\w+n['’]?t)\s+(?:(?!(?:from|to|in|on|at|by|for|of|with|via|under|inside|within)\b)[\w-]+\s+){1,2}(?:(?:today|yesterday|tonight|this\s+\w+|last\s+\w+|since\s+\w+)\s+)?(?:for|(?<!\b(?:[a-z]{2,}(?:ed|en)|made|done|run|sent)\s+)by)\s*$|\b(?:today|yesterday|tonight|this\s+(?:week|month|morning)|last\s+(?:week|month|night))\b/i;

function negationEndsBefore(said: string): boolean {
  return NEGATION_CLOSED.test(said.trim());
}

/** Whether the words around a value set it aside after it ("leave pending orders out", "voided ones excluded"). */
function negatedAfter(before: string, after: string): boolean {
  return (SET_ASIDE_BEFORE.test(before) && OUT_AFTER.test(after)) || REMOVED_AFTER.test(after);
}
const COMPARISONS: ReadonlyArray<readonly [RegExp, FilterOperator]> = [
  [/(?:\bat\s+least|\bno\s+less\s+than|\bminimum(?:\s+of)?|>=|\bfrom)\s*$/i, 'gte'],
  [/(?:\bat\s+most|\bno\s+more\s+than|\bup\s+to|\bmaximum(?:\s+of)?|<=)\s*$/i, 'lte'],
  [
    /(?:\bmore\s+than|\bover|\bgreater\s+than|\babove|\bexceed(?:ing|s)?|\bin\s+excess\s+of|\bhigher\s+than|\blarger\s+than|\bbigger\s+than|\b(?:pricier|dearer|more\s+expensive)\s+than|>)\s*$/i,
    'gt',
  ],
  [
    /(?:\bless\s+than|\bunder|\bbelow|\bfewer\s+than|\blower\s+than|\bsmaller\s+than|\b(?:cheaper|less\s+expensive)\s+than|<)\s*$/i,
    'lt',
  ],
];
/** "and" between two parts of a command line: each is on it. */
const BOTH_GAP = /^\s*,?\s*(?:and|&)\s*$/i;
const LIST_GAP = /^\s*(?:,|\/|&|\+|\||\bor\b|\band\b|\bnor\b|\bvs\.?|\bversus\b|,\s*(?:or|and)\b)\s*$/i;
const SOURCE_BEFORE =
  /\b(?:from|source|src|originating\s+from)\s+(?:the\s+)?(?:host\s+|device\s+|machine\s+)?(?:ip\s+)?(?:address\s+|range\s+|subnet\s+)?$/i;
/** Words that make an address the far end: "to", "destination", or a command-and-control server's ("C2 at"). */
const DESTINATION_BEFORE =
  /\b(?:to|into|towards|destination|dest|remote|contacting|reaching|destined\s+for)\s+(?:the\s+)?(?:(?:server|host|machine|box|vm|node)\s+)?(?:ip\s+)?(?:address\s+)?$|\b(?:c2|c&c|cnc|command[\s-]+and[\s-]+control)(?:\s+(?:server|host|node|ip|address|infra(?:structure)?))?\s+(?:(?:at|on|is)\s+)?$/i;

/** The end of a flow named right after an address or a range: its sources `[1]` or its destinations. */
const END_NOUN_AFTER =
  /^\s+(?:(src|srcs|sources?(?!\s+ports?\b)|source\s+(?:ips?|addresses))|(?:dst|dsts|dests?|destinations?(?!\s+ports?\b)|destination\s+(?:ips?|addresses)))\b/i;

/** A word that gives traffic its side: where it goes ("to", "into") or where it comes from. */
const SIDE_WORD = String.raw`(?:to|into|towards|from)`;
/**
 * A network named as where one end of the traffic lies, after that end's side: "to port 22 in our dmz subnet ",
 * "from the kiosks on the guest vlan ", "to port 22 on hosts in ". The address that follows is on that side; group 1
 * is the side word.
 */
const SCOPE_OF_SIDE = new RegExp(
  String.raw`\b(${SIDE_WORD})\s+(?:(?!${SIDE_WORD}\b)[\w./:-]+\s+){0,4}(?:in|within|inside|on)\s+(?:(?:the|our|their|its)\s+)?(?:(?:[\w-]+\s+){0,2}(?:subnet|network|range|vlan|segment|cidr|block)\s+)?$`,
  'i',
);
/** Characters before an address read for the side its network is on. */
const SCOPE_WINDOW = 80;

/** The hint of an account said as the one that acted (see {@link saysDoer}). */
const DOER_HINT = 'actor';
/** The hint of an address said as a mailbox's: the mailbox acted on, not the account that acted. */
const MAILBOX_HINT = 'mailbox';
/** "the ops@example.org shared mailbox", "ops@example.org's mailbox": an address the word mailbox follows. */
const MAILBOX_AFTER = /^(?:'s)?\s+(?:(?:shared|team|group|generic|resource|service|functional)\s+)?mailbox(?:es)?\b/i;
/** "the mailbox ops@example.org", "shared mailbox of ": an address the word mailbox comes just before. */
const MAILBOX_BEFORE = /\bmailbox(?:es)?\s+(?:(?:of|for|named|called)\s+)?$/i;

/** Whether an email address is said as a mailbox's ("logged into the ops@example.org shared mailbox"). */
function saysMailboxAddress(text: string, hit: ValueHit): boolean {
  return (
    MAILBOX_AFTER.test(text.slice(hit.end, hit.end + 32)) ||
    MAILBOX_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))
  );
}

interface ReadFilter {
  kind: ValueHit['kind'];
  operator: FilterOperator;
  values: string[];
  hint: string | undefined;
  currency: string | undefined;
  start: number;
  end: number;
}

/** The operator a value's context gives it, and where the words that say so begin. */
function operatorOf(text: string, hit: ValueHit, from: number): { operator: FilterOperator; start: number } {
  const before = text.slice(Math.max(from, hit.start - 40), hit.start);
  // "the image is NOT under C:\Windows\": a folder negated is the one the path is not in. So is a program named
  // without its extension ("leave out svchost"): its name is matched as a part of the path, and set aside.
  if (hit.operator === 'contains' && (hit.hint === 'folder' || hit.kind === 'process')) {
    const negated = NEGATION.exec(before);
    if (negated) return { operator: 'neq', start: hit.start - before.length + negated.index };
  }
  // "dont count the svc-* accts", "skip *.example.org lookups": a part of a name set aside is every name with it.
  if (hit.operator === 'contains') return setAside(text, hit, from) ?? { operator: 'contains', start: hit.start };
  if (hit.operator) return { operator: hit.operator, start: hit.start };
  const notCompared = hit.kind === 'amount' ? negatedComparison(text, hit, from) : null;
  if (notCompared) return notCompared;
  const aside = setAside(text, hit, from);
  if (aside) return aside;
  if (hit.kind === 'amount') {
    for (const [pattern, operator] of COMPARISONS) {
      const said = pattern.exec(before);
      if (said) return { operator, start: hit.start - before.length + said.index };
    }
    const after = text.slice(hit.end, hit.end + 16);
    if (/^\s*or\s+(?:more|above|higher)\b/i.test(after)) return { operator: 'gte', start: hit.start };
    if (/^\s*or\s+(?:less|below|lower)\b/i.test(after)) return { operator: 'lte', start: hit.start };
    if (/\bbetween\s*$/i.test(before)) return { operator: 'gte', start: hit.start };
    if (/\bbetween\s+\S+\s+and\s*$/i.test(text.slice(Math.max(0, hit.start - 60), hit.start)))
      return { operator: 'lte', start: hit.start };
  }
  // "arn contains billing-svc", "subject including invoice": a part of the field's text, not all of it.
  if (!EXACT_KINDS.has(hit.kind) && CONTAINS_BEFORE.test(before)) return { operator: 'contains', start: hit.start };
  return { operator: 'eq', start: hit.start };
}

/** The comparison that keeps the rows a negated one sets aside: "not counting orders under 20" keeps 20 and more. */
const OPPOSITE: Readonly<Partial<Record<FilterOperator, FilterOperator>>> = {
  gt: 'lte',
  gte: 'lt',
  lt: 'gte',
  lte: 'gt',
};

/**
 * "not counting orders under 20", "excluding payments over 1000", "ignore refunds below 5": an amount compared, and
 * the rows so compared set aside, are the rows on the other side of it.
 */
function negatedComparison(
  text: string,
  hit: ValueHit,
  from: number,
): { operator: FilterOperator; start: number } | null {
  const before = text.slice(Math.max(from, hit.start - 60), hit.start);
  for (const [pattern, operator] of COMPARISONS) {
    const said = pattern.exec(before);
    if (!said || (operator === 'gte' && /\bfrom\s*$/i.test(said[0]))) continue;
    const negated = NEGATION.exec(before.slice(0, said.index));
    const opposite = OPPOSITE[operator];
    if (!negated || !opposite || negationEndsBefore(negated[0])) return null;
    return { operator: opposite, start: hit.start - before.length + negated.index };
  }
  return null;
}

/** The words around a value that set it aside, and where they begin; null when none do. */
function setAside(text: string, hit: ValueHit, from: number): { operator: FilterOperator; start: number } | null {
  const before = text.slice(Math.max(from, hit.start - 40), hit.start);
  const negated = NEGATION.exec(before);
  // "somebody other than kim@corp.io used her account": the others act on the named account, which is kept.
  const ownAccount = negated && hit.kind === 'user' && othersOnNamedAccount(text, hit.start, hit.end);
  // "svc_x should never RDP anywhere — any type 10 logons?": a rule stated, whose breaking is what is looked for.
  const ruleStated = negated !== null && RULE_BEFORE.test(before.slice(0, negated.index));
  if (negated && !ownAccount && !ruleStated && !negationEndsBefore(negated[0]))
    return { operator: 'neq', start: hit.start - before.length + negated.index };
  const recordsFrom = Math.max(from, hit.start - SET_ASIDE_NAMED_REACH);
  const records = negated ? null : RECORDS_OF_NAMED.exec(text.slice(recordsFrom, hit.start));
  if (records) return { operator: 'neq', start: recordsFrom + records.index };
  const apposed = NEGATION_APPOSED.exec(text.slice(Math.max(from, hit.start - APPOSED_REACH), hit.start));
  if (apposed && !negated) {
    const said = Math.max(from, hit.start - APPOSED_REACH);
    return { operator: 'neq', start: said + apposed.index };
  }
  const namedFrom = Math.max(from, hit.start - SET_ASIDE_NAMED_REACH);
  const setAsideNamed = negated ? null : SET_ASIDE_NAMED.exec(text.slice(namedFrom, hit.start));
  if (setAsideNamed) return { operator: 'neq', start: namedFrom + setAsideNamed.index };
  // "what has wilma removed": a verb after a name of a person's said in part is what they did, not the name set aside.
  const pattern = hit.operator !== 'contains' || text.slice(hit.start, hit.end).includes('*');
  if (pattern && negatedAfter(before, text.slice(hit.end, hit.end + NEGATED_AFTER_REACH)))
    return { operator: 'neq', start: hit.start };
  // "excluding changes made by the provisioning account svc_idm": what the account did is set aside, so is the account.
  const said = Math.max(from, hit.start - DOER_WINDOW);
  const asideDoer = negated ? -1 : setAsideDoerAt(text.slice(said, hit.start));
  if (asideDoer >= 0) return { operator: 'neq', start: said + asideDoer };
  const notGoing = negatedMotionAt(before);
  if (notGoing >= 0) return { operator: 'neq', start: hit.start - before.length + notGoing };
  return null;
}

/** Words just before a value that say it is a part of the field's text. */
const CONTAINS_BEFORE = /\b(?:contains|containing|includes|including)\s+["'`]?$/i;
/** Kinds whose values are whole by nature (a number, an address, an id): "containing 4625" is still 4625. */
const EXACT_KINDS: ReadonlySet<string> = new Set([
  'amount',
  'ip',
  'cidr',
  'port',
  'event_id',
  'hash',
  'status',
  'country',
]);

function hintOf(text: string, hit: ValueHit): string | undefined {
  if (hit.hint) return hit.hint;
  if (hit.kind === 'email') return saysMailboxAddress(text, hit) ? MAILBOX_HINT : undefined;
  // "accounts deleted by svc_idm", "changes made by any account other than svc_idm": the account that acted.
  if (hit.kind === 'user')
    return saysDoer(text.slice(Math.max(0, hit.start - DOER_WINDOW), hit.start)) ? DOER_HINT : undefined;
  if (hit.kind !== 'ip' && hit.kind !== 'cidr') return undefined;
  const before = text.slice(Math.max(0, hit.start - 30), hit.start);
  if (DESTINATION_BEFORE.test(before) || saysMotionTo(text.slice(Math.max(0, hit.start - MOTION_WINDOW), hit.start)))
    return 'destination';
  if (SOURCE_BEFORE.test(before)) return 'source';
  // "non-10.x srcs", "192.168.x destinations": the noun right after the range says which end it is.
  const endNoun = END_NOUN_AFTER.exec(text.slice(hit.end, hit.end + 24));
  if (endNoun) return endNoun[1] ? 'source' : 'destination';
  const scope = SCOPE_OF_SIDE.exec(text.slice(Math.max(0, hit.start - SCOPE_WINDOW), hit.start));
  if (scope) return scope[1]!.toLowerCase() === 'from' ? 'source' : 'destination';
  return (
    namedEndSide(text.slice(Math.max(0, hit.start - MOTION_WINDOW), hit.start)) ??
    pronounEndSide(text.slice(hit.end)) ??
    actingEndSide(text.slice(hit.end)) ??
    undefined
  );
}

/**
 * Traffic "from" an internal address or range came from a device's own side (a network log's local
 * address); a public one said with "from" keeps the usual mapping (the far end is where it came from).
 */
function internalSource(read: ReadFilter): boolean {
  return (
    read.hint === 'source' &&
    (read.kind === 'ip' || read.kind === 'cidr') &&
    (read.operator === 'eq' || read.operator === 'in') &&
    read.values.every(isInternalAddress)
  );
}

/** Two hints one filter may hold: the same, or for addresses "from" beside none (a list goes on: "from 10.0.0.1 or 10.0.0.2"). */
function sameSide(kind: ValueHit['kind'], a: string | undefined, b: string | undefined): boolean {
  if (a === b) return true;
  return (kind === 'ip' || kind === 'cidr') && (a ?? 'source') === (b ?? 'source');
}

/**
 * A state word said of a chosen table's rows by name ("suspended customers"), and the states listed right before it
 * ("cancelled or refunded orders"): hinted at that table's status column, in place.
 */
function qualifyStatuses(text: string, hits: ValueHit[], tables: readonly TableColumns[]): void {
  hits.forEach((hit, at) => {
    if (hit.kind !== 'status' || hit.hint !== undefined) return;
    const field = qualifiedTableStatus(text, hit.end, tables);
    if (field === null) return;
    hits[at] = { ...hit, hint: field };
    for (let before = at - 1; before >= 0; before -= 1) {
      const listed = hits[before]!;
      const listGap = LIST_GAP.test(text.slice(listed.end, hits[before + 1]!.start));
      if (listed.kind !== 'status' || listed.hint !== undefined || !listGap) break;
      hits[before] = { ...listed, hint: field };
    }
  });
}

/** Kinds of a name a list may mix: a program run and a file are both file names. */
const PROGRAM_OR_FILE: ReadonlySet<string> = new Set(['process', 'file']);

/** A name's start or end said in words ("accounts starting with adm-", "hosts ending in -old"). */
const AFFIX_WORDS = /\b(?:(start|begin)|end)(?:s|ing|ning)?\b|\b(?:(prefixed)|suffixed)\b/i;

/**
 * The names a part of a name sets aside, written with wildcards where the rest of the name stands: "svc-*" as it is
 * written, "*.example.org" for a domain's end, "adm-*" for "starting with adm-", "*UptimeRobot*" for a part anywhere.
 * A folder or a program keeps its value (the data agent sets aside the paths under it, or with it).
 */
function setAsidePattern(text: string, hit: ValueHit): string {
  const said = text.slice(hit.start, hit.end);
  // "other than 'Internal'": a quoted name is the name whole.
  if (hit.hint === 'folder' || hit.kind === 'process' || hit.value.includes('*') || QUOTE_CHARS.includes(said[0] ?? ''))
    return hit.value;
  const at = said.indexOf(hit.value);
  const starBefore = at > 0 && said[at - 1] === '*';
  const starAfter = at >= 0 && said[at + hit.value.length] === '*';
  if (starBefore || starAfter) return `${starBefore ? '*' : ''}${hit.value}${starAfter ? '*' : ''}`;
  if (hit.kind === 'domain' && hit.value.startsWith('.')) return `*${hit.value}`;
  if (hit.kind === 'user' && hit.value.startsWith('@')) return `*${hit.value}`;
  const affix = AFFIX_WORDS.exec(said);
  if (affix) return affix[1] || affix[2] ? `${hit.value}*` : `*${hit.value}`;
  return `*${hit.value}*`;
}

/** Values side by side ("4625, 4740 and 4769") become one filter; a second equal kind elsewhere joins it ("eq with several = in"). */

function groupFilters(text: string, hits: readonly ValueHit[]): ReadFilter[] {
  const filters: ReadFilter[] = [];
  let previousEnd = 0;
  for (const hit of hits) {
    const { operator, start } = operatorOf(text, hit, previousEnd);
    const hint = hintOf(text, hit);
    const value = operator === 'neq' && hit.operator === 'contains' ? setAsidePattern(text, hit) : hit.value;
    const last = filters[filters.length - 1];
    // "to 10.0.0.53 and 10.0.0.54": an address said with no side of its own goes on the list before it.
    const continues = hint === undefined && (hit.kind === 'ip' || hit.kind === 'cidr');
    // "ran kubectl.exe or az.cmd": a script's file name listed with a program is one more program run (and a
    // program listed with files written is one more file): a list's items are of one kind, its first's.
    const listed =
      last !== undefined &&
      PROGRAM_OR_FILE.has(last.kind) &&
      PROGRAM_OR_FILE.has(hit.kind) &&
      LIST_GAP.test(text.slice(last.end, hit.start));
    const adjacent =
      last !== undefined &&
      (last.kind === hit.kind || listed) &&
      (sameSide(hit.kind, last.hint, hint) || continues) &&
      LIST_GAP.test(text.slice(last.end, hit.start)) &&
      // "with /q and a URL in the command line": both parts are on it, not either.
      !(hit.kind === 'command_line' && BOTH_GAP.test(text.slice(last.end, hit.start)));
    if (
      adjacent &&
      (operator === 'eq' || operator === last.operator || (operator === 'neq' && last.operator === 'neq'))
    ) {
      if (!last.values.includes(value)) last.values.push(value);
      last.end = hit.end;
    } else {
      const same =
        operator === 'eq'
          ? filters.find(
              (f) =>
                f.kind === hit.kind &&
                sameSide(hit.kind, f.hint, hint) &&
                f.operator === 'eq' &&
                f.currency === hit.currency,
            )
          : undefined;
      if (same && hit.kind !== 'amount') {
        if (!same.values.includes(value)) same.values.push(value);
      } else
        filters.push({
          kind: hit.kind,
          operator,
          values: [value],
          hint,
          currency: hit.currency,
          start,
          end: hit.end,
        });
    }
    previousEnd = hit.end;
  }
  return filters;
}

/** The column the words just before a value name ("status 'overdue'" → status), among the chosen tables. */
function columnBefore(text: string, start: number, tables: readonly TableColumns[]): string | null {
  const words = text
    .slice(Math.max(0, start - 40), start)
    .replace(
      /\s+(?:is|=|of|equals|:|contains?|containing|includes?|including|mentions?|mentioning|references?|referencing|has|having|match(?:es|ing)?|like|with)\s*$/i,
      '',
    )
    .trim()
    .split(/\s+/)
    .slice(-3);
  for (let n = Math.min(3, words.length); n >= 1; n -= 1) {
    // A generic word alone ("name", "id") names no column; with the entity before it ("app name") it names that entity's.
    if (n === 1 && GENERIC_COLUMN_WORD.test(words[words.length - 1]!)) {
      const entity = words.length > 1 ? subjectKind(words[words.length - 2]!) : null;
      return entity ? columnFor(entity, tables) : null;
    }
    const field = columnNamed(words.slice(-n).join(' '), tables);
    if (field) return field;
  }
  return null;
}

/** Columns that hold one of a few set values (a role, a status, a tier), never free text searched for a part. */
const SET_VALUE_COLUMN =
  /(?:^|[._])(?:role|status|state|segment|tier|plan|category|type|kind|level|department|country|region|currency|severity|priority)$/i;
const QUOTE_CHARS = `'"‘’“”\``;
/** Words that ask for a part of a column's text ("whose role contains 'admin'"). */
const SEARCHED_BEFORE = /\b(?:contains?|containing|includes?|including|like|matching|mentions?|mentioning)\s*$/i;
const GENERIC_COLUMN_WORD = /^(?:names?|ids?|types?|values?|codes?|times?|dates?)$/i;

/**
 * The column a quoted value's next words name, among the chosen tables: the value whole ("'Outdoor'
 * category", "\"Pro\" plan tier"), a part of the column's text ("\"urlcache\" in the command line"), or the
 * type or name of the noun after it ("a 'password_reset' event" → event_type).
 */
function columnAfter(
  text: string,
  read: ReadFilter,
  tables: readonly TableColumns[],
): { field: string; inside: boolean } | null {
  if (!/["'`”]$/.test(text.slice(read.start, read.end))) return null;
  const words =
    /^\s+((?:in|within|inside)\s+(?:the\s+|its\s+|their\s+)?)?([A-Za-z][\w-]{2,30})(?:\s+([A-Za-z][\w-]{2,30}))?/i.exec(
      text.slice(read.end, read.end + 64),
    );
  if (!words) return null;
  const field =
    (words[3] ? columnNamed(`${words[2]} ${words[3]}`, tables) : null) ??
    columnNamed(words[2]!, tables) ??
    // "a 'password_reset' event": the value is the type or the name of that noun (event_type).
    (words[1] === undefined
      ? (columnNamed(`${singularWord(words[2]!)} type`, tables) ??
        columnNamed(`${singularWord(words[2]!)} name`, tables))
      : null);
  if (field === null) return null;
  // "the 'Vendor-Translators' group": a group of people, not an Azure resource group, which is said so ("the
  // 'web-prod' resource group") and read with its two words above.
  if (!words[1] && /^groups?$/i.test(words[2]!) && RESOURCE_GROUP_FIELD.test(field)) return null;
  return { field, inside: words[1] !== undefined };
}

/** A column that holds an Azure resource group's name (`ResourceGroup`, `resource_group`). */
const RESOURCE_GROUP_FIELD = /(?:^|\.)resource_?group(?:_?name)?$/i;

/** A name an app gives what happened, in lower snake case ("badge_denied", "password_reset"). */
const SNAKE_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
/** A column that records what happened on each row ("event_type", "events.EventType"). */
const EVENT_TYPE_COLUMN = /(?:^|\.)event_?type$/i;

/**
 * "top IPs by 'badge_denied' count": a quoted snake_case name no words place in a column, where a chosen table
 * records what happened in an event-type column, is a value of that column (it is no column's name itself).
 */
function eventNamedColumn(
  text: string,
  read: ReadFilter,
  values: readonly string[],
  tables: readonly TableColumns[],
): string | null {
  if (!QUOTE_CHARS.includes(text[read.start] ?? '') || values.length !== 1 || !SNAKE_NAME.test(values[0]!)) return null;
  if (tables.some((t) => t.columns.some((c) => c.toLowerCase() === values[0]))) return null;
  const column = columnNamed('event type', tables);
  if (column === null || !EVENT_TYPE_COLUMN.test(column)) return null;
  // "more than 6 'payment_failed' orders": the name qualifies the rows of another table it is said before (their state).
  const noun = /^\s+([a-z][\w-]{2,30})/i.exec(text.slice(read.end, read.end + 40))?.[1];
  const owner = column.includes('.') ? column.slice(0, column.indexOf('.')) : null;
  const other = noun && tables.find((t) => singularName(t.table) === singularName(noun.toLowerCase()));
  return other && other.table !== owner && !other.columns.some((c) => EVENT_TYPE_COLUMN.test(c)) ? null : column;
}

function singularWord(word: string): string {
  return /(?:us|is|ss)$/i.test(word) ? word : word.replace(/s$/i, '');
}

/** A text value's column: `table.column` as the column reader found it, else the column its words name. */
function textField(hint: string, tables: readonly TableColumns[]): string | null {
  const dot = hint.indexOf('.');
  if (dot > 0 && tables.some((t) => t.table === hint.slice(0, dot) && t.columns.includes(hint.slice(dot + 1))))
    return tables.length > 1 ? hint : hint.slice(dot + 1);
  // A well-known column named by its reader ("TicketEncryptionType") stands when no chosen table has it: the agent maps or notes it.
  return columnNamed(hint, tables) ?? (/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(hint) ? hint : null);
}

/**
 * "price over 100", "priced under 20", "costing less than 9", "cheaper than 30", "sells for under 8", "a total of at
 * least 50": a value word said just before an amount or its comparison (a comparison or a sale of a price names the price).
 */
/** A comparison said before a number ("less than ", "over ", "at least "). */
const COMPARED_BY = String.raw`(?:(?:more|less|greater|lower|higher)\s+than\s+|over\s+|under\s+|above\s+|below\s+|at\s+(?:least|most)\s+)?`;
const VALUE_WORD_BEFORE = new RegExp(
  String.raw`\b(?:(price|cost|total|amount|value)(?:s|d|ing)?\s+(?:of\s+|is\s+|was\s+|at\s+)?${COMPARED_BY}|(?:cheaper|pricier|dearer|(?:less|more)\s+expensive)\s+than\s+|(?:sell(?:s|ing)?|sold|retail(?:s|ing)?)\s+(?:for|at)\s+${COMPARED_BY})$`,
  'i',
);

/** The column of the value word said just before an amount's comparison, or null. */
function amountColumnBefore(text: string, read: ReadFilter, tables: readonly TableColumns[]): string | null {
  // The words up to the number, with the comparison the read may hold ("cheaper than 30").
  const number = text.slice(read.start, read.end).search(/[\d$€£¥]/);
  const start = read.start + Math.max(0, number);
  const m = VALUE_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return m ? measureField((m[1] ?? 'price').toLowerCase(), tables) : null;
}

/** A GUID, as ids of tenants, subscriptions, apps and objects are written. */
const GUID_SHAPE = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/**
 * An address said with no side ("fw hits for 10.0.0.5", "traffic involving 192.0.2.1") on a log of flows that keeps each
 * end in a column of its own: either end may hold it, so no one column does (the data agent searches both).
 */
function unsidedAddress(read: ReadFilter, tables: readonly TableColumns[]): boolean {
  return (read.kind === 'ip' || read.kind === 'cidr') && read.hint === undefined && keepsBothEnds(tables);
}

/** Traffic said to come in, with no word of going out: a service's port is where it arrived, the device's own. */
const INBOUND_ONLY = /^(?![\s\S]*\b(?:outbound|outgoing|egress)\b)[\s\S]*\b(?:inbound|incoming|ingress)\b/i;
/** The column hint of a port traffic came in on: a device's local port first, else the destination's. */
const INBOUND_HINT = 'inbound';

/**
 * A destination port of traffic said to be inbound ("inbound rdp", "incoming 445 traffic"): on a log kept from the
 * device's side (`LocalPort`, `RemotePort`) the port connected to is the device's own, the local one.
 */
function inboundPort(text: string, read: ReadFilter, hint: string | undefined): boolean {
  return read.kind === 'port' && hint === 'destination' && INBOUND_ONLY.test(text.slice(0, 2000));
}

function toFilter(text: string, read: ReadFilter, tables: readonly TableColumns[]): ConstraintFilter {
  let values = read.values.slice(0, LIMITS.values);
  if (read.kind === 'country')
    values = values.flatMap((name) => [name, countryCode(name) ?? name]).filter((v, i, all) => all.indexOf(v) === i);
  const several = values.length > 1;
  const operator: FilterOperator =
    several && read.operator === 'eq' ? 'in' : several && read.operator === 'neq' ? 'not_in' : read.operator;
  const hint =
    read.kind === 'hash' ||
    read.kind === 'port' ||
    read.kind === 'id' ||
    read.hint === 'destination' ||
    internalSource(read) ||
    read.hint === 'parent' ||
    read.hint === 'folder' ||
    read.hint === DOER_HINT ||
    read.hint === MAILBOX_HINT
      ? read.hint
      : undefined;
  // "the value data mentions regsvr32": the name is a part of the column named, not a value of its kind's own.
  const mentioned = saysMention(read.kind, text.slice(0, read.start)) ? columnBefore(text, read.start, tables) : null;
  if (mentioned && (operator === 'eq' || operator === 'in' || operator === 'contains'))
    return {
      kind: 'text',
      operator: 'contains',
      values,
      field: mentioned,
      currency: null,
      expression: text.slice(read.start, read.end).trim().slice(0, LIMITS.expression),
    };
  const after = read.kind === 'text' && !read.hint ? columnAfter(text, read, tables) : null;
  const named = read.kind === 'text' && !read.hint ? eventNamedColumn(text, read, values, tables) : null;
  const field =
    read.kind === 'text'
      ? read.hint
        ? textField(read.hint, tables)
        : (columnBefore(text, read.start, tables) ?? after?.field ?? named)
      : read.kind === 'status' && read.hint === STATE_RECORD_HINT
        ? recordStatusColumn(tables)
        : read.kind === 'status' && read.hint !== undefined
          ? (flagColumn(values[0]!, text, tables) ?? textField(read.hint, tables))
          : unsidedAddress(read, tables)
            ? null
            : ((read.kind === 'status' ? flagColumn(values[0]!, text, tables) : null) ??
              (read.kind === 'amount' ? amountColumnBefore(text, read, tables) : null) ??
              columnFor(read.kind, tables, inboundPort(text, read, hint) ? INBOUND_HINT : hint));
  // "with the tier 'Gold' or 'Silver'": quoted values right after a column of a few set values are those values whole.
  const setValues =
    operator === 'contains' &&
    read.kind === 'text' &&
    !read.hint &&
    field !== null &&
    SET_VALUE_COLUMN.test(field) &&
    QUOTE_CHARS.includes(text[read.start] ?? '') &&
    !SEARCHED_BEFORE.test(text.slice(Math.max(0, read.start - 24), read.start)) &&
    field === columnBefore(text, read.start, tables);
  // "in tenant <guid>", "app id <guid>" where no chosen table keeps that entity's id: the GUID is searched for as
  // it is said, not put on the column of another id.
  const unkept = read.kind === 'id' && read.hint !== undefined && field === null && GUID_SHAPE.test(values[0] ?? '');
  return {
    kind: unkept ? 'text' : read.kind,
    // A quoted name its next words call a column's value ("the 'Outdoor' category") is that value whole.
    operator:
      (after !== null && !after.inside && field === after.field && operator === 'contains') ||
      setValues ||
      (named !== null && field === named && operator === 'contains')
        ? several
          ? 'in'
          : 'eq'
        : operator,
    values,
    field,
    currency: read.kind === 'amount' ? (read.currency ?? null) : null,
    expression: text.slice(read.start, read.end).trim().slice(0, LIMITS.expression),
  };
}

/**
 * Words before an amount that make it what an entity spent (or owes) in all ("spent over", "a total spend of",
 * "paid a combined", "owing more than", "whose invoice total is above").
 */
const SPEND_BEFORE =
  /\b(?:(?:spent|spend(?:s|ing)?|paid|bought|purchased|generated|brought\s+in|owing(?:\s+us)?|owe[sd]?(?:\s+us)?|(?:orders|purchases|invoices|payments)\s+(?:total(?:l?ed|l?ing)?|add(?:ed)?\s+up\s+to|came\s+to))(?:\s+(?:a\s+)?(?:total|combined|overall|cumulative)(?:\s+of)?)?|(?:total|combined|overall|cumulative|lifetime)\s+(?:spend(?:ing)?|spent|revenue|sales|purchases|order\s+value|value)(?:\s+(?:of|is|was))?|(?:order|invoice|payment|purchase|bill)\s+(?:total|amount|value)s?(?:\s+(?:this|last|in|for|during|over|since)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|was|are|were))\s*$/i;

/** A number after a spending word and a comparison ("spent more than 5000 in total"): a threshold on the sum, not a count. */
const SPEND_COMPARED = new RegExp(
  `${SPEND_BEFORE.source.replace(/\\s\*\$$/, '')}\\s*(more\\s+than|over|above|exceeding|at\\s+least|less\\s+than|under|below|at\\s+most|>=|<=|>|<)\\s*[$€£]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\b`,
  'i',
);

/**
 * A unit of time after the number: "paid more than 30 days after …" compares a time, not what was spent; "bought
 * over 4 times" counts how often, not what was spent.
 */
const TIME_AFTER = /^\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|times)\b/i;

/** Words of money still owed among the words of spending ("owing", "owe us"). */
const OWED_WORD = /\b(?:owing|owe[sd]?)\b/i;

/**
 * Records after the number of a "generated" ("generated more than 500 object-access events"): what was generated is
 * counted, no money.
 */
const GENERATED_RECORDS_AFTER =
  /^\s*(?:[a-z][\w-]*\s+){0,2}?(?:events?|alerts?|requests?|log-?ins?|log-?ons?|sign-?ins?|errors?|records?|rows?|hits?|calls?|queries|connections?|entries|tickets?|messages?|e-?mails?|files?|lookups?|attempts?|failures?|incidents?|warnings?|notifications?)\b/i;

function spendCompared(text: string): { operator: ThresholdOperator; value: number; owed: boolean } | null {
  const m = SPEND_COMPARED.exec(text);
  const after = m ? text.slice(m.index + m[0].length, m.index + m[0].length + 48) : '';
  if (!m || TIME_AFTER.test(after.slice(0, 16))) return null;
  if (/\bgenerated\b/i.test(m[0]) && GENERATED_RECORDS_AFTER.test(after)) return null;
  const words = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const operator: ThresholdOperator =
    words === 'at least' || words === '>='
      ? 'gte'
      : words === 'at most' || words === '<='
        ? 'lte'
        : /^(?:less than|under|below|<)$/.test(words)
          ? 'lt'
          : 'gt';
  return { operator, value: Number(m[2]!.replace(/,/g, '')), owed: OWED_WORD.test(m[0]) };
}

/** An amount filter that is a threshold on what an entity spent in all: a spending word just before its comparison. */
function isSpendThreshold(text: string, read: ReadFilter): boolean {
  if (read.kind !== 'amount' || read.values.length !== 1 || !['gt', 'gte', 'lt', 'lte'].includes(read.operator))
    return false;
  return SPEND_BEFORE.test(text.slice(Math.max(0, read.start - 48), read.start));
}

/** An amount compared after a group's aggregate ("whose total exceeds 10,000"): a HAVING on the measure. */
function isGroupThreshold(text: string, read: ReadFilter): boolean {
  if (read.kind !== 'amount' || read.values.length !== 1 || !['gt', 'gte', 'lt', 'lte'].includes(read.operator))
    return false;
  return saysAggregateThreshold(text.slice(0, read.start));
}

/** The rows that each hold a number of units: the filters with it, no measure, no grouping, the columns asked. */
function listedLines(
  filters: readonly ConstraintFilter[],
  quantity: ConstraintFilter,
  show: readonly GroupKey[],
): Pick<QueryConstraints, 'filters' | 'measure' | 'group_by' | 'having' | 'show'> {
  return {
    filters: [...filters, quantity],
    measure: null,
    group_by: [],
    having: null,
    ...(show.length > 0 ? { show: [...show] } : {}),
  };
}

/** The column of a row's key ("guest id" → bookings.guest_id): the one a count per entity is grouped by. */
const KEY_COLUMN = /\.\w*_id$/;

function isKeyColumn(key: { readonly field: string | null }): boolean {
  return key.field !== null && KEY_COLUMN.test(key.field);
}

function thresholdOf(operator: FilterOperator): ThresholdOperator {
  return operator === 'gte' || operator === 'lt' || operator === 'lte' ? operator : 'gt';
}

/** The currency an amount threshold was said in, kept as a filter on the currency column. */
function currencyFilter(read: ReadFilter, text: string, tables: readonly TableColumns[]): ConstraintFilter {
  return {
    kind: 'currency',
    operator: 'eq',
    values: [read.currency!],
    field: columnFor('currency', tables),
    currency: null,
    expression: text.slice(read.start, read.end).trim().slice(0, LIMITS.expression),
  };
}

/**
 * "largest outlays first", "biggest spenders first", "sorted by spend": an ordering that names a value; with
 * several measures asked, the one of them it names orders the groups.
 */
const NAMED_ORDER =
  /\b(?:(biggest|largest|highest|most|top|smallest|lowest|least)\s+([a-z]{3,20})\s+(?:first|on\s+top)|(?:sorted|ordered|ranked|sort|order|rank)\s+by\s+(?:the\s+|their\s+)?(?:(highest|lowest|most|least)\s+)?([a-z]{3,20}))\b/i;

/** The measure beside the first that the ordering names ("biggest spenders first" → the spent sum), as an order; else null. */
function extraMeasureOrder(
  text: string,
  extra: readonly Measure[],
  tables: readonly TableColumns[],
  said: Ordering | null,
): Ordering | null {
  const m = extra.length > 0 ? NAMED_ORDER.exec(text) : null;
  if (!m) return null;
  const word = (m[2] ?? m[4])!.toLowerCase();
  const field = measureField(word, tables) ?? measureField(word.replace(/(?:ers|s)$/, ''), tables);
  if (field === null || !extra.some((measure) => measure.field === field)) return null;
  const rank = m[1] ?? m[3];
  const direction = rank ? (/^(?:smallest|lowest|least)$/i.test(rank) ? 'asc' : 'desc') : (said?.direction ?? 'desc');
  return { by: field, direction };
}

/** "biggest amount first", "smallest total first", "oldest due date first": a list ordered by that value. */
const ROW_ORDER =
  /\b(biggest|largest|highest|most\s+expensive|newest|latest|smallest|lowest|cheapest|oldest|earliest)\s+([a-z][\w-]{1,30}(?:\s+[a-z][\w-]{1,30})?)\s+first\b/i;

/** Where the first rows of a list go: "first", "on top", "at the top". */
const AT_TOP = '(?:first|on\\s+top|at\\s+(?:the\\s+)?top)';

/** "priciest first", "most expensive ones first", "cheapest first": rows by their price, highest or lowest first. */
const PRICE_ORDER = new RegExp(
  `\\b(priciest|costliest|dearest|most\\s+expensive|cheapest|least\\s+expensive)\\s+(?:ones?\\s+|items?\\s+)?${AT_TOP}\\b`,
  'i',
);

/** "biggest first", "largest ones first", "smallest at the top": rows by their amount, largest or smallest first. */
const SIZE_ORDER = new RegExp(`\\b(biggest|largest|smallest)\\s+(?:ones?\\s+)?${AT_TOP}\\b`, 'i');

/** Four-digit event ids written in brackets, one or a list ("(4720/4726)", "(4624, 4625)"). */
const BRACKETED_EVENT_IDS = /\(\s*\d{4}(?:\s*(?:[/,]|\band\b|\bor\b)\s*\d{4})*\s*\)/i;

/** Misspelt measure words, fixed before reading ("totl invoice amount"); outcome words are fixed by `fixOutcomeTypos`. Same meaning, the words as a reader expects them. */
const MEASURE_TYPOS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btot(?:l|la|oal|at)\b/gi, 'total'],
  [/\b(?:averge|avrage|avergae|avarage|averag)\b/gi, 'average'],
  [/\b(?:distnct|disctinct|distict)\b/gi, 'distinct'],
  [/\b(?:uniqe|uniuqe)\b/gi, 'unique'],
  [/\b(?:medain|meidan)\b/gi, 'median'],
  [/\b(?:vaule|vlaue|valeu)(s?)\b/gi, 'value$1'],
  // "no. of", "nr of", "# of": the count's abbreviations; "total number of" is the number of rows, not a sum.
  [/(?:\b(?:(?:total|overall)\s+)?(?:no\.?|nr\.?|num\.?)|(?<![\w#])#)\s*of\b/gi, 'number of'],
  [/\b(?:total|overall)\s+(?:number|count)\s+of\b/gi, 'number of'],
  [/\b(?:ordr|oder|odrer)(s?)\b/gi, 'order$1'],
  // "selling price per unit", "cost per item": the price of one unit sold, not a grouping by unit.
  [/\b(?:(?:selling|sale|sales)\s+)?(price|cost)\s+per\s+(?:unit|item|piece)\b/gi, 'unit $1'],
];

function fixMeasureTypos(text: string): string {
  let fixed = text;
  for (const [pattern, word] of MEASURE_TYPOS) if (pattern.test(fixed)) fixed = fixed.replace(pattern, word);
  return fixed;
}

/** Courtesy and urgency words ("pls", "thx", "asap", "thank you"): they ask nothing, so no reader may take them for a value. */
const COURTESY = /\b(?:pls|plz|pleas?e|thx|thanks|thank\s+you|ty|tia|asap|kthx|cheers)\b/gi;

/** The question with its courtesy words blanked out (same length, so every offset stays), quoted text left as written. */
function withoutCourtesy(text: string): string {
  if (!/\b(?:pl|th|ty|tia|asap|kthx|cheers)/i.test(text)) return text;
  const quoted: Array<[number, number]> = [];
  for (const m of allMatches(text, /(["'`])[^"'`\n]{1,200}?\1/g)) quoted.push([m.index, m.index + m[0].length]);
  return text.replace(COURTESY, (word: string, at: number) =>
    quoted.some(([start, end]) => at >= start && at < end) ? word : ' '.repeat(word.length),
  );
}

/**
 * A negation written in capitals for emphasis, inside a sentence in lower case ("remote ip NOT in 10.20.0.0/16",
 * "hosts NOT IN the lab range"): the word "not", never a value. Only a capital "NOT" with a lower-case word on one
 * side, or before a capital "IN" ("RemoteIP NOT IN …"), is lowered; a query pasted in its own syntax ("index=x NOT
 * user=y") keeps its case.
 */
const SHOUTED_NOT =
  /\bNOT\s+(?:IN|WITHIN|INSIDE|UNDER|LIKE|EQUAL\s+TO)\b|(?<=(?:^|\s)[a-z][a-z-]*\s+)NOT\b|\bNOT(?=\s+[a-z])/g;

/** The question with {@link SHOUTED_NOT} lowered (same length, so every offset stays). */
export function lowerShoutedNot(text: string): string {
  return text.includes('NOT') ? text.replace(SHOUTED_NOT, (word) => word.toLowerCase()) : text;
}

const AMOUNT_WORDS =
  /\b(?:amounts?|values?|revenues?|totals?|prices?|costs?|spend|spent|sales|paid|payments?|budget(?:ed)?|planned|invoiced|billed|charged|refunded|(?:deal|order|basket|cart)\s+sizes?)\b/i;

/** What was spent, said as a verb or a noun ("spend", "spending", "expenditure"): a column of what was spent. */
const SPENDING_WORD = /^(?:spend|spending|spent|expenditures?|outlays?)$/i;
const SPENDING_COLUMNS = ['spent', 'spend', 'spending', 'expenditure', 'outlay'];

function measureField(of: string | null, tables: readonly TableColumns[]): string | null {
  if (of === null) return null;
  const owned = ownedColumn(of, tables);
  if (owned) return owned;
  const spending = SPENDING_WORD.test(of)
    ? SPENDING_COLUMNS.map((word) => columnFor(word, tables)).find((c) => c !== null && !/(?:_id|Id)$/.test(c))
    : undefined;
  if (spending) return spending;
  const named = columnFor(of, tables);
  // "budget" names the budget table's key, not a value: a money word takes the amount column instead.
  if (named !== null && /(?:_id|Id)$/.test(named) && AMOUNT_WORDS.test(of)) return columnFor('amount', tables) ?? named;
  return named ?? (AMOUNT_WORDS.test(of) ? columnFor('amount', tables) : null);
}

/**
 * "order total", "invoice amount": a value said after the noun of the table that holds it, that table's column, not
 * a column of the same name in another chosen table; null unless the words are such a noun and a column of it.
 */
function ownedColumn(phrase: string, tables: readonly TableColumns[]): string | null {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  if (words.length !== 2) return null;
  const owner = tables.find((t) => singularName(t.table) === singularName(words[0]!));
  const column = owner ? measureField(words[1]!, [owner]) : null;
  if (!owner || !column || /(?:_id|Id)$/.test(column)) return null;
  // Named as the other columns are: with its table when more than one table is chosen.
  return column.includes('.') || tables.length === 1 ? column : `${owner.table}.${column}`;
}

/** "orders per product category", "tickets by queue": the rows of a table said just before their grouping. */
const ROWS_BEFORE_GROUP = /\b([a-z][a-z_]{2,30}s)\s+(?:per|by|for\s+each|in\s+each)\s+/i;

/** A count of the rows of a table the question names before its grouping, when it asks for no measure; or null. */
function rowsCountedPerGroup(text: string, namesTable: (noun: string) => boolean): Measure | null {
  const m = ROWS_BEFORE_GROUP.exec(text);
  const noun = m ? m[1]!.toLowerCase() : null;
  return noun && namesTable(noun) ? { kind: 'count', of: singularName(noun), field: null } : null;
}

/** The grouping key of a "which <qualifiers> <noun> …" subject: the column that holds the noun's kind, or null. */
function whichSubjectKey(text: string, tables: readonly TableColumns[]): GroupKey | null {
  const subject = readWhichSubject(text);
  if (!subject) return null;
  // "which queue name …": a name alone says nothing; with the word before it, it names its column.
  const phrases = /^names?$/.test(subject.noun) && subject.qualifier ? [`${subject.qualifier} ${subject.noun}`] : [];
  for (const phrase of [...phrases, subject.noun]) {
    const kind = subjectKind(phrase);
    // "which administrators reset passwords": people asked about by a deed done to others are who did it.
    const actor = kind === 'user' && WHICH_DOER.test(text) ? columnFor('actor', tables) : null;
    if (actor) return { kind: 'actor', field: actor };
    const field = kind ? columnFor(kind, tables) : null;
    if (kind && field) return { kind, field };
  }
  return null;
}

/** "which admins reset …", "which users have deleted …": people, then a deed done to something else. */
const WHICH_DOER =
  /\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:admins?|administrators?|users?|accounts?|people|operators?|technicians?|engineers?|staff)\s+(?:(?:have|has|had)\s+)?(?:created|deleted|removed|added|changed|modified|reset|cleared|enabled|disabled|granted|assigned|registered|installed|scheduled|revoked)\b/i;

/**
 * "and how many in each", "how many for each of them", "how many resets did each of them perform": a count asked of
 * each one of a subject said before.
 */
const COUNTED_EACH =
  /\bhow\s+many\s+(?:(?:in|for|from|of|per)\s+)?each\b|\bhow\s+many\s+(?:[a-z][\w-]*\s+){0,2}?(?:did|does|do|has|have|had)\s+each\b/i;

/** "by which account", "and by which user": a key asked of a count beside the ones said before it. */
const BY_WHICH = /\bby\s+which\s+([a-z][\w-]{1,30})\b/i;
/** A verb of something done to the rows' object ("tasks created", "users deleted"): their account is who did it. */
const DONE_TO =
  /\b(?:created|deleted|removed|added|changed|modified|reset|cleared|enabled|disabled|granted|assigned|registered|installed|scheduled)\b/i;

/** The key of a "by which <noun>" asked beside a count, the acting account for a deed done to the rows' object. */
function byWhichKey(text: string, tables: readonly TableColumns[]): GroupKey | null {
  const m = BY_WHICH.exec(text.slice(0, 1_000));
  const kind = m ? subjectKind(m[1]!) : null;
  if (!kind) return null;
  const actor = kind === 'user' && DONE_TO.test(text) ? columnFor('actor', tables) : null;
  if (actor) return { kind: 'actor', field: actor };
  const field = columnFor(kind, tables);
  return field ? { kind, field } : null;
}

/** The entity a question opens with a list of ("source IPs that …"), keyed by its column, or null. */
function openingSubjectKey(text: string, tables: readonly TableColumns[]): GroupKey | null {
  const subject = readOpeningSubject(text);
  if (!subject) return null;
  const kind = [subject.qualifier ? `${subject.qualifier} ${subject.noun}` : null, subject.noun]
    .map((phrase) => (phrase ? subjectKind(phrase) : null))
    .find((k): k is string => k !== null && isEntityKind(k));
  const field = kind ? columnFor(kind, tables) : null;
  // A source whose columns the schema does not list keys the entity by its kind; the data agent maps it.
  return kind && (field || tables.length === 0) ? { kind, field } : null;
}

/** The key of the table the noun a question opens with names ("members who …" → members.member_id), or null. */
function openingTableKey(text: string, tables: readonly TableColumns[]): GroupKey | null {
  const noun = readOpeningSubject(text)?.noun;
  const kind = noun ? singularName(noun) : null;
  const named = kind ? tables.filter((t) => singularName(t.table) === kind) : [];
  const column = kind && named.length === 1 ? columnFor(kind, named) : null;
  return kind && column ? { kind, field: column.includes('.') ? column : `${named[0]!.table}.${column}` } : null;
}

/** N rows of a table ranked by its amount column ("the 5 biggest unpaid invoices"), or null when no table has one. */
function rankedRows(
  text: string,
  tables: readonly TableColumns[],
): { by: string; direction: 'asc' | 'desc'; limit: number } | null {
  const owner = (noun: string) => tables.filter((t) => singularName(t.table) === singularName(noun));
  const read = readRankedRows(text, (noun) => owner(noun).length > 0);
  const by = read ? columnFor('amount', owner(read.rows)) : null;
  return read && by ? { by, direction: read.direction, limit: read.limit } : null;
}

function singularName(word: string): string {
  return word
    .toLowerCase()
    .replace(/(?:ies)$/, 'y')
    .replace(/s$/, '');
}

/**
 * The values a question names, each read once and in the order written, with the normalised text they were read
 * from and what later readings need of that pass (the inactivity condition, the names read before a column, the
 * departments). Its own function so that the engine optimises both halves of {@link extractConstraints} quickly.
 */
function readValueHits(input: ConstraintExtractionInput) {
  const text = lowerShoutedNot(
    withoutCourtesy(
      fixComparisonTypos(
        fixUnableToSignIn(
          fixOutcomeTypos(
            fixMeasureTypos(
              fixRepeatWords(
                fixComparatives(
                  fixQuestionWordTypos(
                    spellOutAbbreviations(
                      joinSpacedThousands(withNamePlaceholders(input.text.slice(0, LIMITS.textLength))),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const taken = new SpanSet();
  const inactivity = resolveInactivity(findInactivity(text), input.now);
  if (inactivity) for (const [start, end] of inactivityWordSpans(text, inactivity)) taken.add(start, end);
  // "monthly active users": those active in each period are counted, "active" is no state of their rows.
  for (const m of allMatches(text, ACTIVE_PER_PERIOD))
    taken.add(m.index + m[0].length - m[1]!.length, m.index + m[0].length);
  // "between 2 and 9 June": the numbers of a date are the window's, never a column's values.
  for (const [start, end] of daysOfMonthSaid(text)) taken.add(start, end);
  // "with the caller, the operation and the caller IP": columns to see, whose words are no values.
  for (const [start, end] of readShownItemSpans(text, (kind) => columnFor(kind, input.tables) !== null))
    taken.add(start, end);
  // "the Azure activity log": a table's name written as words is the source, no value of its columns.
  for (const [start, end] of tableNameSpans(text, input.tables)) taken.add(start, end);
  const identified = [
    ...readAwsPrincipalArns(text, taken),
    ...readIdentifierValues(text, input.tables, taken),
    ...readProviderOperations(text, taken),
    ...readEncryptionTypes(text, input.tables, taken),
    ...readRootIdentity(text, input.tables, taken),
    ...readResourceGroups(text, input.tables, taken),
    ...readNamedResources(text, input.tables, taken),
    ...readSharePointSites(text, input.tables, taken),
    ...readAppRegistrations(text, input.tables, taken),
    ...readServiceEndpoints(text, input.tables, taken),
  ];
  const valuesRead = [
    ...identified,
    ...readNameAffixes(text, taken),
    ...readGroupNames(text, taken),
    ...readToolSubcommands(text, taken),
    ...readActorHandles(text, taken),
    ...readBareActors(text, taken),
    ...readNamedIdentities(text, taken),
    ...readAccountAliases(text, taken),
    ...readGuestAccounts(text, taken),
    ...readMachineAccountsLeftOut(text, taken),
    ...readLookedUpPatterns(text, taken),
    ...readSignInProperties(text, taken),
    ...readLogonTypes(text, taken),
    ...readNetworkScopes(text, taken),
    ...readLiteralValues(text, taken),
    ...readWebRequests(text, input.tables, taken),
    ...readCloudServices(text, input.tables, taken),
    ...readApiClients(text, input.tables, taken),
    ...readRunTools(text, taken),
  ];
  // "accounts created or deleted (4720/4726)": ids written in brackets after the words are the ones meant.
  const idsSaid = valuesRead.some((hit) => hit.kind === 'event_id') || BRACKETED_EVENT_IDS.test(text);
  const literal = [...valuesRead, ...readWindowsEvents(text, input.tables, taken, idsSaid)];
  const before = readNamesBeforeColumns(text, input.tables, taken);
  const namedFirst = [
    ...readColumnValues(text, input.tables, taken),
    ...readMentionedValues(text, input.tables, taken),
    ...before,
    ...readEventTypes(text, input.tables, taken),
    ...readEventNames(text, input.tables, taken),
  ];
  const departments = readDepartmentNames(text, input.tables, taken);
  const named = [
    ...namedFirst,
    ...departments,
    ...readLowerNamesBefore(text, input.tables, taken),
    ...readTitledNamesBefore(text, input.tables, taken),
    ...readOwnedRecords(text, input.tables, taken),
  ];
  const namesTable = (noun: string) =>
    input.tables.some((t) => t.table.toLowerCase().replace(/s$/, '') === noun.replace(/s$/, ''));
  const found = [
    ...literal,
    ...named,
    ...readBusinessValues(text, taken),
    ...readSegmentNames(text, input.tables, taken),
    ...readStateRecords(text, taken, namesTable),
    ...readParticipleStates(text, input.tables, taken),
    ...readComparedValues(text, input.tables, taken),
    ...(columnFor('role', input.tables) !== null ? readRolePeople(text, taken) : []),
  ];
  // "whose role is admin or owner": the items listed after a column's value are its values too.
  const isColumn = (hint: string) => hint.includes('.') || columnFor(hint, input.tables) !== null;
  const hits = [...found, ...readColumnValueLists(text, found, taken, isColumn)].sort((a, b) => a.start - b.start);
  return { text, inactivity, before, departments, namesTable, hits, taken };
}

/**
 * The filters without one that keeps only values another sets aside on the same field ("excluding service logons
 * (logon type 5)": the bracket restates what is left out, it does not keep it): a row cannot be both, and the question
 * said to leave them out.
 */
function withoutContradicted(filters: ConstraintFilter[]): ConstraintFilter[] {
  const setAside = filters.filter((f) => f.operator === 'neq' || f.operator === 'not_in');
  if (setAside.length === 0) return filters;
  const lower = (values: readonly string[]) => values.map((v) => v.toLowerCase());
  return filters.filter(
    (kept) =>
      !(kept.operator === 'eq' || kept.operator === 'in') ||
      !setAside.some(
        (aside) =>
          aside.kind === kept.kind &&
          aside.field === kept.field &&
          lower(kept.values).every((v) => lower(aside.values).includes(v)),
      ),
  );
}

/**
 * What a question asks for, read without a model: filters with the values it names, the
 * measure, grouping, threshold, time bucket, ordering and limit, and an inactivity condition.
 * Pure and linear in the question's length (cut at 4000 characters); at most 32 filters.
 */
export function extractConstraints(input: ConstraintExtractionInput): QueryConstraints {
  const { text, inactivity, before, departments, namesTable, hits, taken } = readValueHits(input);
  qualifyStatuses(text, hits, input.tables);
  // "successes and failures separately": the outcomes said there are a key on the outcome column, not a filter.
  const split = readOutcomeSplit(text);
  const reads = groupFilters(text, hits)
    .filter((r) => !(split && r.kind === 'status' && r.start >= split.start && r.end <= split.end))
    .slice(0, LIMITS.filters);
  // "customers who spent more than €5,000": an amount said of what an entity spent in all is a threshold on the sum.
  const spend = reads.find((r) => isSpendThreshold(text, r));
  // "only segments where the average is above 250": a threshold on each group's measure, not on its rows.
  const groupThreshold = spend ? undefined : reads.find((r) => isGroupThreshold(text, r));
  const threshold = spend ?? groupThreshold;
  const filters = onlyIndicatorsNamed(
    text,
    elsewhereThanNamed(
      text,
      withoutWordBesideCode(
        withoutRepeatedOutcome(
          reads
            .filter((r) => r !== threshold)
            .map((read) =>
              httpStatusOffWeb(quotedStatus(toFilter(text, read, input.tables), input.tables, text), input.tables),
            )
            .concat(threshold?.currency ? [currencyFilter(threshold, text, input.tables)] : []),
        ),
      ),
    ),
  );
  // Amounts are filters, not thresholds: "more than $500" is no HAVING; nor is a port ("ssh over 2222"). Other values
  // may sit inside a threshold ("10 failed logons").
  const amounts = new SpanSet();
  for (const hit of hits)
    if (
      hit.kind === 'amount' ||
      hit.kind === 'port' ||
      (hit.kind === 'text' && hit.operator !== undefined && hit.operator !== 'contains')
    )
      amounts.add(hit.start, hit.end);
  if (inactivity) amounts.add(inactivity.start, inactivity.end);
  // A name read as a column's value ("the Sales dept", "accounts in Sales") is no measure or subject word for the shape.
  // "together with the number of days past the due date": how overdue each row is, a column of each row, no count.
  const pastDue = DAYS_PAST_DUE.exec(text.slice(0, LIMITS.textLength));
  const dueColumn = pastDue ? dueDateField(input.tables) : null;
  const shapeText = withoutGlosses(
    blankSpan(
      before.reduce(
        (masked, hit) => {
          const name = text.slice(hit.start, hit.end).search(/\s+\S+$/);
          return name > 0 ? masked.slice(0, hit.start) + ' '.repeat(name) + masked.slice(hit.start + name) : masked;
        },
        withoutSpans(withoutValuesInCounts(text, hits), departments),
      ),
      pastDue && dueColumn ? pastDue : null,
    ),
  );
  const shape = readShape(shapeText, amounts, (word) => columnFor(word, input.tables) !== null);
  // "customers in germany with more than 3 orders": a value read as a filter is no key, whatever the words around it.
  const filtered = new Set(filters.flatMap((f) => f.values.map((v) => v.toLowerCase())));
  // "which workstations rebooted most": a machine's own start-up and shut-down events name it as the host that logged them.
  const ownEvents = filters.some((f) => f.kind === 'event_id' && f.values.every(isMachinePowerEventId));
  const groupBy: GroupKey[] = shape.groupBy
    .map((kind) =>
      customerAccount(
        {
          kind: entityKind(kind),
          field: columnFor(ownEvents ? entityKind(kind) : kind, input.tables),
        },
        input.tables,
      ),
    )
    .filter((key) => key.field !== null || !filtered.has(key.kind));
  // "top 5 headphones by units": a ranked noun no column holds is a value of a chosen table's category.
  const categorised = shape.measure !== null ? categoryNounKeys(text, groupBy, input.tables) : null;
  if (categorised) {
    groupBy.splice(0, groupBy.length, ...categorised.groupBy);
    filters.push(...categorised.filters);
  }
  if (split && !groupBy.some((key) => key.kind === 'status') && groupBy.length < 8)
    groupBy.push({ kind: 'status', field: columnFor('status', input.tables) });
  // "biggest amount first", "oldest due date first": the rows in that column's order, not a max or a min.
  // "priciest first", "cheapest ones first": the rows by their price, said with no column word.
  const saidOrder = ROW_ORDER.exec(shapeText);
  const priced =
    saidOrder && measureField(saidOrder[2]!.toLowerCase(), input.tables) ? null : PRICE_ORDER.exec(shapeText);
  // "biggest first", "smallest ones first": rows by their amount, said with no column word.
  const bySize =
    priced || (saidOrder && measureField(saidOrder[2]!.toLowerCase(), input.tables))
      ? null
      : SIZE_ORDER.exec(shapeText);
  const rowOrder = priced
    ? ['', /^(?:cheap|least)/i.test(priced[1]!) ? 'lowest' : 'highest', 'price']
    : bySize
      ? ['', /^smallest/i.test(bySize[1]!) ? 'lowest' : 'highest', 'amount']
      : saidOrder;
  const orderedBy = rowOrder ? (measureField(rowOrder[2]!.toLowerCase(), input.tables) ?? null) : null;
  // "our 5 biggest unpaid invoices": that many rows of the table named, by its amount.
  const ranked = rowOrder || groupBy.length > 0 || shape.having !== null ? null : rankedRows(shapeText, input.tables);
  const listOrder =
    rowOrder && orderedBy && groupBy.length === 0 && shape.having === null
      ? {
          by: orderedBy,
          direction: /^(?:biggest|largest|highest|most|newest|latest)/i.test(rowOrder[1]!)
            ? ('desc' as const)
            : ('asc' as const),
        }
      : ranked
        ? { by: ranked.by, direction: ranked.direction }
        : null;
  const order =
    listOrder ??
    (shape.order && shape.order.by !== 'measure' && shape.order.by !== 'time'
      ? { ...shape.order, by: columnFor(shape.order.by, input.tables) ?? shape.order.by }
      : shape.order);
  const read =
    listOrder && (shape.measure?.kind === 'max' || shape.measure?.kind === 'min' || shape.measure?.kind === 'count')
      ? null
      : shape.measure;
  const measures = readMeasures(
    shapeText,
    read,
    inactivity !== null,
    input.tables,
    groupBy.length > 0 || shape.timeBucket !== null,
    filters,
  );
  const { extra, comparison } = measures;
  // "spent >90% of their budget": the share of the allotment is the comparison, no amount each one spent over.
  const compared = spend || comparison?.ratio !== undefined ? null : spendCompared(shapeText);
  const spentSum = spend !== undefined || compared !== null;
  // "clients owing more than 900": what each still owes, summed, not what it spent.
  const spentOf =
    (spend !== undefined && OWED_WORD.test(text.slice(Math.max(0, spend.start - 48), spend.start))) || compared?.owed
      ? 'outstanding'
      : 'spend';
  // "budget utilisation as a percentage of budget": the used column summed, the whole beside it, and the ratio.
  const unmeasured = !compared && !measures.comparison && measures.extra.length === 0;
  const ratio =
    (unmeasured && summedPlain(measures.measure)
      ? readMeasureRatio(shapeText, input.tables, (word) => measureField(word, input.tables))
      : null) ??
    // "the ratio of bytes sent out to bytes received": one sum over another (the first read as the measure already).
    (unmeasured && (summedPlain(measures.measure) || measures.measure?.kind === 'sum')
      ? readMeasureQuotient(shapeText, (words) => measureField(words, input.tables))
      : null);
  // "how many clients spent over 900": what each one spent is held to the amount, and the clients are counted after.
  const spenders = spentSum && !ratio ? countedEntityKey(measures.measure, input.tables) : null;
  if (spenders && groupBy.length === 0) groupBy.push(spenders);
  const summed: Measure | null = ratio
    ? { kind: 'sum', of: ratio.part, field: ratio.part_field }
    : spentSum && (summedPlain(measures.measure) || spenders)
      ? { kind: 'sum', of: spentOf, field: measureField(spentOf, input.tables) }
      : measures.measure;
  // "budget left per category": the allotment summed less the spending, both shown beside the difference.
  const remaining = ratio ? null : readRemaining(shapeText);
  const difference =
    remaining && !comparison
      ? {
          ...remaining,
          left_field: measureField(remaining.left, input.tables),
          right_field: measureField(remaining.right, input.tables),
          expression: remaining.expression.slice(0, LIMITS.expression),
        }
      : null;
  // "remaining per category, smallest remaining first": a superlative of what is left, which no column holds, ranks
  // the difference itself.
  const leftRanked =
    difference && (measures.measure?.kind === 'min' || measures.measure?.kind === 'max') && !measures.measure.field
      ? measures.measure.kind
      : null;
  const differenced =
    difference &&
    (summedPlain(measures.measure) || measures.measure?.kind === 'sum' || leftRanked) &&
    extra.length === 0
      ? [
          toMeasure({ kind: 'sum', of: difference.left }, input.tables),
          toMeasure({ kind: 'sum', of: difference.right }, input.tables),
        ]
      : null;
  // "number of refunds and their combined amount": the count is the measure, the sum or average beside it.
  const lateSaid = readLateness(shapeText);
  // "customers with more than 3 orders - order count and total": beside a count held to a threshold too.
  const countHeld = shape.having !== null && measures.measure?.kind === 'count';
  const besideRead =
    extra.length === 0 && !comparison && !spentSum && !ratio && (shape.having === null || countHeld)
      ? readCountBeside(shapeText)
      : null;
  // "how many, and the average days late": the days are the lateness read below, not a column to average.
  const beside = lateSaid && /^(?:days|hours|minutes|weeks)$/.test(besideRead?.of ?? '') ? null : besideRead;
  const valued = summed !== null && (summed.kind === 'sum' || summed.kind === 'avg');
  // "how many orders …, and what do they add up to": a count of the records named keeps its noun.
  const countedRecords = summed?.kind === 'count' ? summed : null;
  const countBeside =
    beside !== null && !differenced && (valued || summedPlain(summed) || countHeld || countedRecords !== null);
  // "hosts that sent more than 1 GB out": the bytes of each summed over the window, over the threshold.
  const volume = measures.measure === null || summedPlain(measures.measure) ? readVolumeThreshold(shapeText) : null;
  // "total bytes out per destination, only those above 1 GB": a size said of a sum of bytes is a threshold on that sum.
  const sized = volume === null && summedBytes(measures.measure) ? readSizeThreshold(shapeText) : null;
  // "average days to pay": the time between two moments of each row, in the unit said.
  const elapsedSaid = volume || differenced || countBeside || ratio ? null : readElapsedMeasure(shapeText);
  // "paid after their due date: how many, and how many days late on average": the lateness, beside the count if asked.
  const lateness = elapsedSaid || volume || differenced || countBeside || ratio ? null : lateSaid;
  // The shape may have read the lateness's own words as the measure ("average days"): the count still comes first.
  const lateBeside =
    lateness?.besideCount && (summedPlain(summed) || /^(?:days|hours|minutes|weeks)\b/.test(summed?.of ?? ''))
      ? lateness.measure
      : null;
  const elapsed = elapsedSaid ?? (lateness && !lateBeside ? lateness.measure : null);
  const measure: Measure | null = elapsed
    ? { kind: elapsed.kind, of: elapsed.of, field: null }
    : volume
      ? { kind: 'sum', of: volume.of, field: measureField(volume.of, input.tables) }
      : differenced
        ? differenced[0]!
        : countBeside || lateBeside
          ? countHeld && summed
            ? summed
            : (countedRecords ?? { kind: 'count', of: null, field: null })
          : (summed ?? (groupBy.length > 0 && !inactivity ? rowsCountedPerGroup(shapeText, namesTable) : null));
  if (volume && groupBy.length === 0) {
    const which = /\b(?:which|what)\s+(?:(?:internal|external|local|remote|source)\s+)?([a-z][\w-]{2,30})\b/i.exec(
      text,
    );
    const kind = which ? subjectKind(which[1]!) : null;
    const field = kind ? columnFor(kind, input.tables) : null;
    if (kind && field) groupBy.push({ kind, field });
  }
  // "how many units did we sell, and for how much": what the units sold for, summed beside them.
  const unitsSummed = measure?.kind === 'sum' && /^(?:quantity|units?|qty)$/i.test(measure.of ?? '');
  // "revenue and units sold per product": the units summed beside the money, when a column holds them.
  const moneySummed =
    measure?.kind === 'sum' &&
    !unitsSummed &&
    MONEY_MEASURE.test(measure.of ?? '') &&
    measureField('quantity', input.tables) !== null;
  const extraRead = lateBeside
    ? [{ kind: lateBeside.kind, of: lateBeside.of, field: null }]
    : ratio
      ? [{ kind: 'sum' as const, of: ratio.whole, field: ratio.whole_field }]
      : differenced
        ? differenced.slice(1)
        : countBeside
          ? [valued ? summed : toMeasure(beside, input.tables)]
          : extra.length === 0 && unitsSummed && asksMoneyBesideUnits(shapeText)
            ? [toMeasure({ kind: 'sum', of: 'revenue' }, input.tables)]
            : extra.length === 0 && moneySummed && asksMoneyBesideUnits(shapeText)
              ? [toMeasure({ kind: 'sum', of: 'quantity' }, input.tables)]
              : extra;
  // "top 10 accounts by count, with how many different IPs each": the count ranks, the distinct count beside it;
  // "total logins and how many unique devices": both asked, the count first (a threshold said stays on the distinct
  // count: "more than 5 unique accounts …, the count and distinct count").
  const countFirst =
    measure?.kind === 'distinct_count' &&
    extraRead.length === 0 &&
    !inactivity &&
    (saysRankedByCount(shapeText) || (asksRowsBesideDistinct(shapeText) && shape.having === null));
  // "per host: first seen, last seen, how many times": the count of rows beside the earliest and the latest.
  const countAlso =
    measure !== null &&
    (measure.kind === 'min' || measure.kind === 'max') &&
    !extraRead.some((m) => m.kind === 'count') &&
    (HOW_OFTEN.test(text) || HOW_MANY_LISTED.test(text) || NUMBER_OF_EVENTS_LISTED.test(text));
  const extraMeasures = countFirst && measure ? [measure] : countAlso ? [...extraRead, COUNT_OF_ROWS] : extraRead;
  const tableWord = (word: string) =>
    columnFor(word, input.tables) !== null ||
    input.tables.some((t) => t.table.toLowerCase().replace(/s$/, '') === word.toLowerCase());
  const absence = inactivity ? null : readAbsence(text, tableWord);
  // "cancellation rate", "what % … returned 5xx": the part is what a status filter (or a value on a status
  // column) matches; "what % of sign-ins were single-factor": without one, the part is a value said after
  // "were" past the share words.
  const shareWords = readShare(text);
  const share =
    shareWords === null
      ? null
      : filters.some((f) => f.kind === 'status' || (f.field !== null && /status$/i.test(f.field)))
        ? shareWords
        : sharePart(text, shareWords.expression, reads);
  // "revenue by month with the month-over-month change": each bucket beside its change from the one before.
  const periodChange = share === null ? readPeriodChange(shapeText) : null;
  // "what % of revenue came from each category": no rows are the part, each group's measure is part of the total.
  const shareOfTotal =
    share === null && ratio === null && (groupBy.length > 0 || shape.timeBucket !== null) && shareable(measure)
      ? readShareOfTotal(text)
      : null;
  // "Which departments overspent …": two values compared per the entity asked about, when a column holds it.
  // "Teams that went over plan, by week": the listed subject is a key beside the bucket.
  if (comparison || extra.length > 0) {
    // "every department whose spend exceeds its budget", "departments over budget": the subject said so too.
    const which =
      /\b(?:which|what)\s+([a-z][\w-]{2,30})\b/i.exec(text) ??
      /\b(?:every|each)\s+([a-z][\w-]{2,30})\s+(?:that|who|which|whose|where|with|over|under|above|below)\b/i.exec(
        text,
      ) ??
      /^\s*(?:the\s+|all\s+)?([a-z][\w-]{2,30}s)\s+(?:that|who|which|whose|where|over|under|above|below)\b/i.exec(text);
    const kind = which ? subjectKind(which[1]!) : null;
    const field = kind ? columnFor(kind, input.tables) : null;
    // "which budget categories …": the first word only qualifies the noun that holds the key.
    const key = kind && field && !/(?:_id|Id)$/.test(field) ? { kind, field } : whichSubjectKey(text, input.tables);
    if (key?.field && !/(?:_id|Id)$/.test(key.field) && !groupBy.some((group) => group.field === key.field))
      groupBy.unshift(key);
  }
  // "which customer segments brought in more than €50,000", "which Finance department users had more than 3 …":
  // a threshold holds for each of the subject named, grouped by the column that holds it.
  const having = volume
    ? { operator: volume.operator, value: volume.bytes }
    : sized
      ? { operator: sized.operator, value: sized.bytes }
      : threshold
        ? { operator: thresholdOf(threshold.operator), value: Number(threshold.values[0]) }
        : compared
          ? { operator: compared.operator, value: compared.value }
          : (shape.having ?? (measure || groupBy.length > 0 ? readGroupThreshold(text) : null));
  // "which customers … number of refunds, most refunds first": a count ordered by itself ranks the subject asked about;
  // "which regions had X, and how many in each?": a count asked of each one is per the subject too.
  if (
    groupBy.length === 0 &&
    (having !== null || order?.by === 'measure' || COUNTED_EACH.test(text)) &&
    measure !== null &&
    !comparison
  ) {
    const key = whichSubjectKey(shapeText, input.tables);
    if (key) groupBy.push(key);
  }
  // "7045 or 4697 … how many of each, per host": each value listed is a group of its own, before the keys said.
  const eachListed = eachOfListedKey(text, filters);
  if (eachListed && groupBy.length < 8 && !groupBy.some((group) => group.field === eachListed.field))
    groupBy.unshift(eachListed);
  // "Which accounts cleared the log? Show the computer, the account and the time.": the events themselves,
  // with the entity asked about shown on each, not a summary per entity that loses the time.
  const eventList =
    measure === null &&
    extraMeasures.length === 0 &&
    having === null &&
    shape.limit === null &&
    shape.timeBucket === null &&
    !inactivity &&
    !absence &&
    !comparison &&
    groupBy.length > 0 &&
    asksEventTime(text);
  const listed = eventList ? groupBy.splice(0) : [];
  // What to see of each row, or of each group ("show image and command line per host"); beside a measure
  // ("customers with more than five orders - name, email and number of orders") the columns said with it.
  // A source whose columns the schema does not list (a sourcetype read through its index) still shows the entities
  // asked of each row; the data agent maps them onto its columns.
  const shownColumn = (kind: string) =>
    columnFor(kind, input.tables) !== null || (input.tables.length === 0 && isEntityKind(kind));
  let show = [...listed.map((key) => key.kind), ...readShown(text, shownColumn)]
    .filter((kind, i, all) => all.indexOf(kind) === i)
    .map((kind) => ({ kind, field: columnFor(kind, input.tables) }))
    .filter(
      (key) =>
        !groupBy.some((group) => group.kind === key.kind || (key.field && group.field === key.field)) &&
        (measure === null || (key.field !== measure.field && key.kind !== measure.of)) &&
        // A group's name comes with its key; a list of the rows ("which users … - name, email") shows it as asked.
        !(key.kind === 'name' && measure !== null && groupBy.some((group) => sameTable(group.field, key.field))),
    );
  // "more than 3 countries …, with the list of countries": the values counted distinct, seen beside their number.
  if (
    measure?.kind === 'distinct_count' &&
    measure.of !== null &&
    !show.some((key) => key.kind === measure.of) &&
    asksDistinctListed(text, measure.of)
  )
    show = [...show, { kind: measure.of, field: measure.field }];
  // "… and the number of days past the due date": how overdue each row is, shown beside its columns.
  if (pastDue && dueColumn && !show.some((key) => key.kind === 'days_overdue'))
    show = [...show, { kind: 'days_overdue', field: dueColumn }];
  // "how many per server, and by which account": a second key of the count; the account that did what the rows
  // record (created, deleted…) is the one who acted.
  const byWhich =
    (measure === null || measure.kind === 'count') && groupBy.length > 0 ? byWhichKey(text, input.tables) : null;
  if (byWhich && groupBy.length < 4 && !groupBy.some((group) => group.field === byWhich.field)) {
    groupBy.push(byWhich);
    show = show.filter((key) => key.kind !== 'user' && key.kind !== byWhich.kind);
  }
  // "arn, source IP and how many times", "arn + how many", "who n how many": the columns listed beside a bare count
  // are what each count is per. Beside a key already said ("which accounts … ? user, IP and how many times"), the
  // columns listed with the count are keys of it too.
  const countedPer =
    (groupBy.length === 0
      ? HOW_OFTEN.test(text) || HOW_MANY_LISTED.test(text)
      : groupBy.length < 3 && COUNT_LISTED.test(text)) &&
    (measure === null || (measure.kind === 'count' && measure.of === null)) &&
    show.some((key) => key.field !== null);
  if (countedPer) {
    for (const key of show) if (key.field && !groupBy.some((g) => g.field === key.field)) groupBy.push(key);
    show = [];
  }
  // "how many were invited, and who invited them": a count asked with who acted is a count per actor.
  const countedPerActor =
    groupBy.length === 0 && measure?.kind === 'count'
      ? show.find((key) => key.kind === 'actor' && key.field !== null)
      : undefined;
  if (countedPerActor) {
    groupBy.push(countedPerActor);
    show = show.filter((key) => key !== countedPerActor);
  }
  // "meshagent.exe anywhere? hosts + first seen": when something was first or last seen is asked of each entity listed
  // beside it, not once over every row.
  const seenPer =
    groupBy.length === 0 && (measure?.kind === 'min' || measure?.kind === 'max') && measure.of === 'time'
      ? show.filter((key) => key.field !== null && isEntityKind(key.kind))
      : [];
  if (seenPer.length > 0) {
    groupBy.push(...seenPer);
    show = show.filter((key) => !seenPer.includes(key));
  }
  // "anyone with over 6 bookings last week? guest id, name": a threshold on a count, with a key column listed
  // beside it, holds for each value of that key, not for one count over every row.
  const heldPerKey =
    groupBy.every((group) => group.field === null) && having !== null && measure?.kind === 'count'
      ? show.find(isKeyColumn)
      : undefined;
  if (heldPerKey) {
    groupBy.splice(0, groupBy.length, heldPerKey);
    show = show.filter((key) => key !== heldPerKey);
  }
  // "servers in the lab range talking to port 23, and how often each": the entities the question lists, counted each.
  // "accounts locked out more than 3 times today": a number of times is held by each of the subject listed.
  const timesHeld = having !== null && TIMES_THRESHOLD.test(text);
  // "which customers have overdue invoices, and how much does each one owe?": the money summed for each of the subject.
  // "which customers …, and how much do they owe?": "they" are each of the subject asked which of.
  const amountOf = measure?.kind === 'sum' && groupBy.every((group) => group.field === null);
  const eachAmount =
    amountOf && (EACH_AMOUNT.test(text) || (THEY_AMOUNT.test(text) && readWhichSubject(text) !== null));
  const openingKey = inactivity
    ? null
    : eachAmount
      ? (whichSubjectKey(text, input.tables) ?? (EACH_AMOUNT.test(text) ? openingSubjectKey(text, input.tables) : null))
      : (summedPlain(measure) || (measure?.kind === 'distinct_count' && EACH_SUBJECT.test(text))) &&
          ((groupBy.length === 0 && (HOW_OFTEN.test(text) || EACH_SUBJECT.test(text))) || timesHeld)
        ? openingSubjectKey(text, input.tables)
        : null;
  // The words of the amount asked ("each owe") are no key of their own beside the subject's.
  if (openingKey && eachAmount) groupBy.splice(0, groupBy.length);
  if (openingKey && groupBy.length < 8 && !groupBy.some((group) => group.field === openingKey.field))
    groupBy.unshift(openingKey);
  // "accounts with over 20 failures from more than 4 different IPs": the rows counted are held by `having`, the
  // distinct count beside them by its own threshold.
  const held =
    (measure?.kind === 'distinct_count' || measure?.kind === 'count') &&
    shape.having !== null &&
    having === shape.having
      ? readRowsAndDistinct(shapeText, amounts)
      : null;
  const distinctMeasure: Measure | null =
    measure?.kind === 'distinct_count'
      ? measure
      : held
        ? { kind: 'distinct_count', of: held.of, field: columnFor(held.of, input.tables) }
        : null;
  const heldDistinct = held && distinctMeasure ? { ...distinctMeasure, threshold: held.distinct } : null;
  // "units per basket on average": the mean of each order's summed quantity, over all orders (no key per order).
  const perKey = readPerKeyAverage(text, input.tables);
  if (perKey) groupBy.splice(0, groupBy.length, ...groupBy.filter((key) => key.field !== perKey.per?.field));
  // "products that had no sales": the noun of what is absent is no measure of the rows listed.
  const absentMeasured =
    absence !== null && measure?.of != null && absence.expression.toLowerCase().includes(measure.of.toLowerCase());
  const finalMeasure: Measure | null = absentMeasured
    ? null
    : perKey
      ? perKey
      : countFirst || heldDistinct
        ? { kind: 'count', of: null, field: null }
        : countedPer || openingKey
          ? (measure ?? { kind: 'count', of: null, field: null })
          : customerAccountMeasure(measure, input.tables);
  // "clients who ordered gift boxes, by region and week": the ones who did it, each counted once per group.
  const doers =
    finalMeasure === null &&
    extraMeasures.length === 0 &&
    !inactivity &&
    !absence &&
    show.length === 0 &&
    (groupBy.length > 0 || shape.timeBucket !== null) &&
    WHO_DID_OPENING.test(text)
      ? (openingSubjectKey(text, input.tables) ?? openingTableKey(text, input.tables))
      : null;
  if (doers) groupBy.splice(0, groupBy.length, ...groupBy.filter((key) => key.field !== doers.field));
  // "30 or more bought at once": the rows that each hold that many units, listed, not a count of rows per thing.
  const lineQuantity = readLineQuantity(text, input.tables);
  if (lineQuantity && !filters.some((f) => f.field === lineQuantity.field)) {
    return {
      ...listedLines(filters, lineQuantity, show),
      time_bucket: null,
      order: null,
      limit: shape.limit ?? null,
      inactivity: null,
    };
  }
  // "which categories made up more than 15% of units sold": each group's part of the total, of the subject asked about.
  const heldOfTotal =
    share === null && ratio === null && shareOfTotal === null && shareable(finalMeasure)
      ? readHeldShareOfTotal(text)
      : null;
  const heldKey = heldOfTotal && groupBy.length === 0 ? whichSubjectKey(shapeText, input.tables) : null;
  if (heldKey) groupBy.push(heldKey);
  const ofTotal = shareOfTotal ?? (heldOfTotal && groupBy.length > 0 ? heldOfTotal : null);
  // "those whose failure rate exceeds 20 percent": beside a share, a threshold in percent holds the share itself.
  const shareHeld = share || ofTotal ? readShareThreshold(text) : null;
  // "avg basket, clinic vs retail buyers": values set against each other are a key, one measure for each.
  const versus = finalMeasure ? comparedValuesKey(filters, shapeText) : null;
  if (versus && groupBy.length < 8 && !groupBy.some((key) => key.field === versus.field)) groupBy.push(versus);
  const finalGroupBy = withoutDifferenced(withoutCountedKey(groupBy, finalMeasure), difference);
  // "per app …, leave out Microsoft Teams": a name set aside that no reader took is a value of the key, left out.
  const keyValuesAside = readKeyValuesAside(
    text,
    finalGroupBy,
    input.tables,
    (start, end) => taken.overlaps(start, end) || hits.some((hit) => start < hit.end && hit.start < end),
  ).filter((aside) => !filters.some((f) => f.values.some((v) => v.toLowerCase() === aside.values[0]!.toLowerCase())));
  return {
    filters: withoutContradicted([...filters, ...keyValuesAside]).slice(0, LIMITS.filters),
    measure: doers ? { kind: 'distinct_count', of: doers.kind, field: doers.field } : finalMeasure,
    group_by: finalGroupBy,
    having: shareHeld ?? (held ? held.rows : having),
    time_bucket: shape.timeBucket ?? periodBucket(text, measure, groupBy) ?? changeBucket(periodChange),
    order:
      extraMeasureOrder(shapeText, extraMeasures, input.tables, order) ??
      order ??
      (leftRanked && differenced ? { by: 'measure', direction: leftRanked === 'min' ? 'asc' : 'desc' } : null),
    limit: shape.limit ?? ranked?.limit ?? null,
    inactivity: inactivity
      ? {
          duration_seconds: inactivity.duration_seconds,
          activity: inactivity.activity,
          expression: inactivity.expression.slice(0, LIMITS.expression),
          ...(inactivity.before ? { before: inactivity.before } : {}),
        }
      : null,
    ...(heldDistinct
      ? { extra_measures: [heldDistinct, ...extraMeasures.filter((m) => m.field !== heldDistinct.field)] }
      : extraMeasures.length > 0
        ? { extra_measures: extraMeasures }
        : {}),
    ...(comparison ? { comparison } : {}),
    ...(difference ? { difference } : {}),
    ...(absence ? { absence: { ...absence, expression: absence.expression.slice(0, LIMITS.expression) } } : {}),
    ...(show.length > 0 ? { show } : {}),
    ...(share ? { share } : {}),
    ...(ratio ? { ratio: { ...ratio, expression: ratio.expression.slice(0, LIMITS.expression) } } : {}),
    ...(periodChange ? { period_change: { expression: periodChange.expression.slice(0, LIMITS.expression) } } : {}),
    ...(ofTotal ? { share_of_total: { expression: ofTotal.expression.slice(0, LIMITS.expression) } } : {}),
  };
}

/**
 * "failed operations (activity status 'Failed')": a quoted word no column was found for that repeats an
 * outcome already read is the same condition said twice, not a text to search for everywhere.
 */
function withoutRepeatedOutcome(filters: ConstraintFilter[]): ConstraintFilter[] {
  const outcomes = new Set(
    filters.filter((f) => f.kind === 'status').flatMap((f) => f.values.map((v) => v.toLowerCase())),
  );
  if (outcomes.size === 0) return filters;
  return filters.filter(
    (f) =>
      !(
        f.kind === 'text' &&
        f.field === null &&
        f.operator === 'contains' &&
        f.values.every((v) => outcomes.has(v.toLowerCase()))
      ),
  );
}

/**
 * "successful 200 responses", "failed 401s": a numeric status code already says the outcome, so an outcome
 * word mapped to the same column is dropped (one column cannot equal both "succeeded" and 200).
 */
/** A status code, or a class of HTTP codes ("5xx"). */
const STATUS_CODE = /^(?:\d+|[1-5]xx)$/i;

function withoutWordBesideCode(filters: ConstraintFilter[]): ConstraintFilter[] {
  const coded = new Set(
    filters
      .filter(
        (f) =>
          (f.operator === 'eq' || f.operator === 'in') &&
          f.field !== null &&
          f.values.length > 0 &&
          f.values.every((v) => STATUS_CODE.test(v)),
      )
      .map((f) => f.field),
  );
  if (coded.size === 0) return filters;
  return filters.filter(
    (f) => !(f.kind === 'status' && coded.has(f.field) && f.values.some((v) => !STATUS_CODE.test(v))),
  );
}

/** "… were single-factor only", "… was not compliant": the clause after the share's rows that says which are the part. */
const PART_CLAUSE =
  /(?:\b(?:were|was|are|is|came|used|had|with|returning|getting)\b|\bw\/)\s*(?:[^?.;,]|[,.](?=\d)){1,80}/i;

/**
 * The share when its part is a value other than an outcome: the words of the clause that names it (which
 * hold that value's expression, so the agent counts those rows as the part); null when no value is there.
 */
/** "… were paid more than 14 days after issue", "… took over 2 days to ship": a time between two moments is the part. */
const ELAPSED_PART =
  /\b\d{1,4}\+?\s*(?:minute|hour|day|week)s?\s+(?:or\s+(?:more|less)\s+)?(?:after|of|from|past|to)\b/i;

/** Values said against each other ("kiosk vs web", "pro versus free"). */
const VERSUS = /\s(?:vs\.?|versus)\s/i;

/** A question that sets things against each other ("compare …", "… compared with …"). */
const COMPARES = /\bcompar(?:e|es|ed|ing|ison)\b/i;

/**
 * The column of a filter whose values are set against each other, as a key: its column's name and the column.
 * "kiosk vs web" says so in the values' words; "compare the totals for fiscal year 2026 with those for 2025", "compare
 * alice and bob" in the question's, of the one column it holds several values of.
 */
function comparedValuesKey(filters: readonly ConstraintFilter[], text: string): GroupKey | null {
  const several = filters.filter((f) => f.values.length > 1 && f.field !== null);
  const kept = several.filter((f) => f.operator === 'in' || f.operator === 'eq');
  const compared =
    several.find((f) => VERSUS.test(f.expression)) ?? (COMPARES.test(text) && kept.length === 1 ? kept[0] : undefined);
  if (!compared?.field) return null;
  return { kind: compared.field.slice(compared.field.lastIndexOf('.') + 1), field: compared.field };
}

function sharePart(text: string, words: string, reads: readonly ReadFilter[]): { expression: string } | null {
  const at = text.indexOf(words);
  if (at < 0) return null;
  const clause = PART_CLAUSE.exec(text.slice(at + words.length, at + words.length + 240));
  if (!clause) return null;
  const start = at + words.length + clause.index;
  const end = start + clause[0].length;
  const part =
    reads.some((r) => r.kind !== 'status' && r.start >= start && r.end <= end) || ELAPSED_PART.test(clause[0]);
  return part ? { expression: text.slice(start, end).trim().slice(0, LIMITS.expression) } : null;
}

/** Two fields of one table: the same `table.` prefix, or both unprefixed (one table chosen). "name" per supplier is its label. */
function sameTable(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const table = (field: string) => (field.includes('.') ? field.slice(0, field.indexOf('.')) : '');
  return table(a) === table(b);
}

/** "which months went over budget": one row per period listed, when no other key or bucket is read. */
function periodBucket(
  text: string,
  measure: Measure | null,
  groupBy: readonly GroupKey[],
): QueryConstraints['time_bucket'] {
  return measure !== null && groupBy.length === 0 ? readWhichPeriod(text) : null;
}

/**
 * "failed logins per app, distinct users": the entity counted distinct is what each group counts, not a key of the
 * groups as well (grouped by it, every group would count 1). Kept when it is the only key.
 */
/**
 * "per department, the budget, the amount spent and the variance": the values of a difference, listed beside the key,
 * are summed, never keys of their own (nor the row key of the table their word names).
 */
function withoutDifferenced(
  groupBy: GroupKey[],
  difference: { left: string; right: string; left_field: string | null; right_field: string | null } | null,
): GroupKey[] {
  if (!difference) return groupBy;
  const said = [difference.left, difference.right, difference.left_field, difference.right_field];
  return groupBy.filter((key) => !said.includes(key.kind) && !said.includes(key.field));
}

function withoutCountedKey(groupBy: readonly GroupKey[], measure: Measure | null): GroupKey[] {
  if (measure?.kind !== 'distinct_count' || measure.of === null || groupBy.length < 2) return [...groupBy];
  const rest = groupBy.filter((key) => key.kind !== measure.of);
  return rest.length > 0 ? rest : [...groupBy];
}

/** A count of the rows. */
const COUNT_OF_ROWS: Measure = { kind: 'count', of: null, field: null };

/** The bucket a change from the period before implies when the question names none ("MoM revenue this year"). */
function changeBucket(change: PeriodChangeWords | null): QueryConstraints['time_bucket'] {
  return change ? { unit: change.unit, size: 1, seconds: change.seconds } : null;
}

/**
 * "how many times", "how often", "how many of each", "and the count", "with the number of hits for each", "with the
 * number of events from each": a count asked of each row a list names.
 */
/** "how many distinct IPs each": a measure asked of each of the subject the question opens with. */
const EACH_SUBJECT = /\bhow\s+many\s+(?:[\w-]+\s+){1,3}each\b/i;
/** Money asked of each of the subject ("how much does each one owe", "how much each of them spent"). */
const EACH_AMOUNT = /\bhow\s+much\s+(?:(?:money\s+)?(?:do|does|did|has|have|is|was)\s+)?each\b/i;
/**
 * Money asked of "them" after a subject asked which of or listed ("which clients …, and how much do they owe?", "list
 * the customers …, and what they've spent with us").
 */
const THEY_AMOUNT =
  /\b(?:how\s+much\s+(?:money\s+)?(?:do|did|have)\s+they\s+(?:still\s+)?(?:owe|spend|pay|spent|paid|have\s+(?:spent|paid))|what\s+(?:they|each(?:\s+of\s+them)?)\s*(?:['\u2019]ve|\s+have|\s+has)?\s+(?:spent|paid|owe|ordered)(?:\s+with\s+us)?)\b/i;
/** A threshold on how many times something happened ("more than 3 times", "5+ times", "at least twice"). */
const TIMES_THRESHOLD =
  /\b(?:(?:more|fewer|less)\s+than|over|under|at\s+least|at\s+most)\s+(?:\d+|[a-z]+)\s+times\b|\b\d+\s*(?:\+|or\s+more)\s+times\b|\bat\s+least\s+(?:twice|thrice)\b/i;
/** A count said as the last item of a list of columns ("user, ip and how many times", "host, image, count"). */
const COUNT_LISTED =
  /(?:,|\band)\s+(?:the\s+|a\s+)?(?:how\s+many\s+times|how\s+often|count|number\s+of\s+times|times\s+seen)\s*(?:[.?!]|$)/i;
/**
 * "first and last seen and the number of executions", "…, plus the total number of logons": the count of the rows
 * (each an event of the noun said) listed beside other measures. Not a count of distinct things ("the number of
 * devices", "the number of unique users"), whose noun is no event's.
 */
const NUMBER_OF_EVENTS_LISTED =
  /(?:,|&|\+|\band\b|\bwith\b|\bplus\b)\s*(?:the\s+|a\s+)?(?:total\s+)?number\s+of\s+(?:executions|runs|launches|events|hits|attempts|occurrences|logons|logins|sign-?ins|connections|requests|alerts|detections|failures|records|rows|entries|lookups|queries|downloads|uploads|messages|emails|calls|invocations)\b/i;
const HOW_OFTEN =
  /\bhow\s+(?:many\s+times|often)\b|\bhow\s+many\s+(?:of\s+)?each\b|\bcounts?\s+(?:of|for)\s+each\b|(?:,|\band|\bwith|\bplus)\s+(?:the\s+|a\s+)?(?:count|number\s+of\s+times|times\s+seen)\b|\bnumber\s+of\s+(?:hits|attempts|events|occurrences|requests|connections)\s+(?:for\s+|of\s+|from\s+|by\s+)?each\b/i;

/**
 * "how many, first + last time", "first and last seen, and how many": a bare "how many" listed beside other measures,
 * the count of the rows.
 */
const HOW_MANY_LISTED =
  /\bhow\s+many\s*(?:,|&|\+|\/|\band\b|\bplus\b)|(?:,|&|\+|\/|\band\b|\bplus\b)\s*how\s+many\s*(?=$|[?.!,;:)])/i;

/** Words that ask for a count of rows ("how many connections in and out"), not for the bytes moved. */
const ASKS_HOW_MANY = /\b(?:how\s+many|count|number\s+of)\b/i;

/** A sum of bytes ("total bytes out", "sum of bytes sent"): a measure a size threshold applies to. */
function summedBytes(measure: Measure | null): boolean {
  return measure?.kind === 'sum' && /\bbytes?\b|bytes/i.test(`${measure.of ?? ''} ${measure.field ?? ''}`);
}

/** A measure whose group values add up to a total: a count or a sum (or rows, counted). */
function shareable(measure: Measure | null): boolean {
  return measure === null || measure.kind === 'count' || measure.kind === 'sum';
}

/** No measure, or a count of rows: a shape another reading may replace. */
/** The key of an entity a count counts ("how many customers" → customer, by its column); null for any other measure. */
function countedEntityKey(measure: Measure | null, tables: readonly TableColumns[]): GroupKey | null {
  if (measure?.kind !== 'count' || measure.of === null || !isEntityKind(measure.of)) return null;
  const field = columnFor(measure.of, tables);
  return field ? { kind: measure.of, field } : null;
}

function summedPlain(measure: Measure | null): boolean {
  return measure === null || (measure.kind === 'count' && measure.of === null);
}

/** The contract's kind of a subject the shape read: a workstation is a host (its column was chosen by its own word). */
function entityKind(kind: string): string {
  return kind === 'workstation' || kind === 'caller_host' ? 'host' : kind;
}

/** Measures that add up or average a value: a key is never one ("the average invoice" is no mean of its ids). */
const VALUE_MEASURES: ReadonlySet<string> = new Set(['avg', 'sum']);
/** The column of a table that holds what one of its rows is worth, first found first. */
const WORTH_COLUMNS = ['amount', 'total', 'value', 'price'];

/** "average invoice": the key of the table named stands for what one of its rows is worth, when it has such a column. */
function worthOfKey(field: string | null, kind: string, tables: readonly TableColumns[]): string | null {
  if (field === null || !VALUE_MEASURES.has(kind) || !/(?:_id|Id)$/.test(field)) return field;
  const table = tables.find((t) => field.startsWith(`${t.table}.`));
  const worth = table && WORTH_COLUMNS.find((column) => table.columns.includes(column));
  return table && worth ? `${table.table}.${worth}` : field;
}

/**
 * "how many orders": a count of the rows of the table the noun names is over that table's own key (orders.order_id),
 * not a reference to it another chosen table keeps (order_items.order_id); null when no chosen table is so named.
 */
function countedOwnKey(words: MeasureWords, tables: readonly TableColumns[]): string | null {
  if (words.kind !== 'count' || words.of === null) return null;
  const table = tables.find((t) => singularName(t.table) === singularName(words.of!.toLowerCase()));
  const key = table?.columns.find((column) => column === `${singularName(table.table)}_id`);
  if (!table || !key) return null;
  return tables.length > 1 ? `${table.table}.${key}` : key;
}

function toMeasure(words: MeasureWords, tables: readonly TableColumns[]): Measure {
  const measure: Measure = {
    kind: words.kind,
    of: words.of === null ? null : entityKind(words.of),
    field: countedOwnKey(words, tables) ?? worthOfKey(measureField(words.of, tables), words.kind, tables),
  };
  if (words.percentile !== undefined) measure.percentile = words.percentile;
  return measure;
}

/**
 * The measures: a median or percentile the question names, the earliest and latest time ("first and
 * last seen"), two values side by side ("budget vs spent", "overspent") — each over what the shape read.
 */
function readMeasures(
  text: string,
  read: MeasureWords | null,
  inactive: boolean,
  tables: readonly TableColumns[],
  grouped = false,
  filters: readonly ConstraintFilter[] = [],
): { measure: Measure | null; extra: Measure[]; comparison: QueryConstraints['comparison'] } {
  const plain = read === null || (read.kind === 'count' && read.of === null);
  // "bytes in and bytes out … by transport, in 30-minute steps", "total bytes sent and received per app": each
  // direction summed over each group or step.
  const summedBytes = read !== null && read.kind === 'sum' && /\bbytes\b/i.test(read.of ?? '');
  const directions = (plain && grouped && !ASKS_HOW_MANY.test(text)) || summedBytes ? readByteDirections(text) : [];
  if (directions.length === 2) {
    const [first, second] = directions.map((m) => toMeasure(m, tables));
    return { measure: first!, extra: [second!], comparison: null };
  }
  // "avg / min / max of the total": each aggregate listed is a measure of the one value, after a count read first.
  const listed = readMeasureList(text);
  if (listed.length > 0) {
    const all = read?.kind === 'count' && !listed.some((m) => m.kind === 'count') ? [read, ...listed] : listed;
    const [first, ...rest] = all.map((m) => toMeasure(m, tables));
    return { measure: first!, extra: rest, comparison: null };
  }
  const percentile = readPercentile(text);
  if (percentile) return { measure: toMeasure(percentile, tables), extra: [], comparison: null };
  const times = inactive ? [] : readTimeMeasures(text);
  if (times.length > 0) {
    const all = plain ? times : [read!, ...times];
    return {
      measure: toMeasure(all[0]!, tables),
      extra: all.slice(1).map((m) => toMeasure(m, tables)),
      comparison: null,
    };
  }
  // "used more than 90% of their budget": spent compared with that share of the budget; "spent >90% of …" reads a
  // sum of what was spent first.
  const share = plain || (read!.kind === 'sum' && SPENT_SAID.test(read!.of ?? '')) ? readAllotmentRatio(text) : null;
  if (share) {
    return {
      measure: toMeasure({ kind: 'sum', of: 'budget' }, tables),
      extra: [toMeasure({ kind: 'sum', of: 'spent' }, tables)],
      comparison: {
        left: 'spent',
        operator: share.operator,
        right: 'budget',
        left_field: measureField('spent', tables),
        right_field: measureField('budget', tables),
        ratio: share.ratio,
        expression: share.expression.slice(0, LIMITS.expression),
      },
    };
  }
  const pair = readComparison(text, (word) => measureField(word, tables) !== null);
  if (pair && (plain || read!.kind === 'sum')) {
    const [left, right] = pair.measures.map((m) => toMeasure(m, tables));
    const comparison = pair.comparison
      ? {
          ...pair.comparison,
          left_field: measureField(pair.comparison.left, tables),
          right_field: measureField(pair.comparison.right, tables),
          expression: pair.comparison.expression.slice(0, LIMITS.expression),
        }
      : null;
    return { measure: left!, extra: [right!], comparison };
  }
  // "how much did we spend vs what was planned", "total spend per category, next to what was budgeted": what was
  // spent beside what was allotted, each summed.
  if ((plain || read!.kind === 'sum') && SPENT_SAID.test(text) && ALLOTTED_BESIDE.test(text)) {
    const spent = toMeasure({ kind: 'sum', of: 'spent' }, tables);
    const budget = toMeasure({ kind: 'sum', of: 'budget' }, tables);
    if (spent.field && budget.field && spent.field !== budget.field)
      return { measure: spent, extra: [budget], comparison: null };
  }
  // "the average unit price we charged per category, compared with the average list price": a second value of the
  // same aggregate beside the first, when the tables hold it.
  const beside = read && read.kind !== 'count' ? AGGREGATE_BESIDE.exec(text) : null;
  const besideOf = beside
    ? [beside[2]!, beside[2]!.split(/\s+/).pop()!].find((w) => measureField(w, tables) !== null)
    : null;
  if (read && beside && besideOf) {
    const first = toMeasure(read, tables);
    const second = toMeasure(
      { kind: /^(?:average|avg|mean)$/i.test(beside[1]!) ? 'avg' : 'sum', of: besideOf },
      tables,
    );
    if (second.field && second.field !== first.field) return { measure: first, extra: [second], comparison: null };
  }
  // "number of orders and number of bills per client": the rows of two tables, each counted.
  const counted = plain || read!.kind === 'count' ? countsOfTables(readCountPair(text), tables) : null;
  if (counted) return { measure: counted[0], extra: [counted[1]], comparison: null };
  // "total refunds and total payments by month": the money of two kinds of records, each summed over its table.
  const money = plain || read!.kind === 'sum' ? moneyOfTables(readMoneyPair(text), tables, filters) : null;
  if (money) return { measure: money[0], extra: [money[1]], comparison: null };
  // "the amount and the spent per team": two values named before the grouping, each a measure.
  const values =
    plain || read!.kind === 'sum' || read!.kind === 'avg'
      ? readValuePair(text, (word) => measureField(word, tables))
      : null;
  if (values) {
    const [left, right] = values.map((m) => toMeasure(m, tables));
    return { measure: left!, extra: [right!], comparison: null };
  }
  return { measure: read ? toMeasure(read, tables) : null, extra: [], comparison: null };
}

/** What was spent, said as such. */
const SPENT_SAID = /\bspen[dt]|\bspending\b|\bexpenditure/i;
/** "vs what was planned", "next to what was budgeted", "against the budget": the allotment set beside. */
const ALLOTTED_BESIDE =
  /\b(?:vs\.?|versus|against|compared\s+(?:to|with)|next\s+to|beside|alongside)\s+(?:what\s+(?:was|were|we|had\s+been|they|it)\s+(?:had\s+)?|the\s+(?:amount\s+)?)?(?:planned|budgeted|allocated|allotted|budgets?|plan)\b/i;
/** "compared with the average list price", "next to the total cost": an aggregate of another value set beside. */
const AGGREGATE_BESIDE =
  /\b(?:vs\.?|versus|against|compared\s+(?:to|with)|next\s+to|beside|alongside)\s+(?:the\s+|their\s+|its\s+)?(average|avg|mean|total)\s+([a-z][\w-]{1,30}(?:\s+[a-z][\w-]{1,30})?)/i;

/** Two counted nouns that name two chosen tables, as a count of each table's rows (by its key); else null. */
function countsOfTables(nouns: [string, string] | null, tables: readonly TableColumns[]): [Measure, Measure] | null {
  if (nouns === null) return null;
  const counts = nouns.map((noun): Measure | null => {
    const table = tables.find((t) => singularName(t.table) === singularName(noun));
    const key = table?.columns.find((column) => column === `${singularName(table.table)}_id`) ?? table?.columns[0];
    return table && key ? { kind: 'count', of: singularName(noun), field: `${table.table}.${key}` } : null;
  });
  const [first, second] = counts;
  return first && second && first.field !== second.field ? [first, second] : null;
}

/** Money that came in ("payments"): kept by the table that records when it was paid. */
const PAYMENT_NOUN = /^payments?$/;
const PAID_COLUMN = /^paid(?:_at|_on|_date)?$/;

/**
 * The table that keeps money of records a noun names: the table of a state read from it ("refunds" → the orders
 * whose status is refunded), the table that records payment for "payments", else the table of the money column the
 * noun maps to. A table named by the noun ("total orders") is left alone: its total may well be a count.
 */
function tableOfRecords(noun: string, tables: readonly TableColumns[], filters: readonly ConstraintFilter[]) {
  if (tables.some((t) => singularName(t.table) === singularName(noun))) return undefined;
  const state = filters.find((f) => f.kind === 'status' && f.expression.toLowerCase() === noun && f.field !== null);
  const paid = PAYMENT_NOUN.test(noun) ? tables.find((t) => t.columns.some((c) => PAID_COLUMN.test(c))) : undefined;
  if (!state && paid) return paid;
  const field = state?.field ?? measureField(noun, tables);
  const owner = field?.includes('.') ? field.slice(0, field.indexOf('.')) : undefined;
  return owner ? tables.find((t) => t.table === owner) : undefined;
}

/** Two record nouns summed side by side as the money column of each one's table; null unless two tables keep them. */
function moneyOfTables(
  nouns: [string, string] | null,
  tables: readonly TableColumns[],
  filters: readonly ConstraintFilter[],
): [Measure, Measure] | null {
  if (nouns === null) return null;
  const sums = nouns.map((noun): Measure | null => {
    const table = tableOfRecords(noun, tables, filters);
    const column = table ? measureField('amount', [table]) : null;
    return table && column ? { kind: 'sum', of: noun, field: `${table.table}.${column}` } : null;
  });
  const [first, second] = sums;
  return first && second && first.field!.split('.')[0] !== second.field!.split('.')[0] ? [first, second] : null;
}

/** A sum of money a sale brings in ("revenue", "sales", "turnover"). */
const MONEY_MEASURE = /^(?:revenue|sales|turnover|income|takings|gmv)$/i;

/** "how many accounts …" counted where the only accounts are a table of customers: the customers counted. */
function customerAccountMeasure(measure: Measure | null, tables: readonly TableColumns[]): Measure | null {
  if (measure === null || measure.of !== 'user' || (measure.kind !== 'count' && measure.kind !== 'distinct_count'))
    return measure;
  const key = customerAccount({ kind: measure.of, field: measure.field }, tables);
  return key.kind === measure.of ? measure : { ...measure, of: key.kind, field: key.field };
}

/** The table of a column, named with it (`customers.email`) or, said alone, the first chosen table that holds it. */
function tableOfColumn(field: string, tables: readonly TableColumns[]): string {
  const dot = field.indexOf('.');
  if (dot >= 0) return field.slice(0, dot);
  return tables.find((t) => t.columns.includes(field))?.table ?? '';
}

/** A table of customers, clients or buyers, whose rows are the accounts a business sells to. */
const CUSTOMER_TABLE = /^(?:customers?|clients?|buyers?|shoppers?)$/i;

/**
 * "top 10 accounts by spend" where the only accounts are a table of customers: the customers, by their key, not a
 * personal column of theirs the user words fall on.
 */
function customerAccount(key: GroupKey, tables: readonly TableColumns[]): GroupKey {
  const table = key.kind === 'user' && key.field !== null ? tableOfColumn(key.field, tables) : '';
  if (!CUSTOMER_TABLE.test(table)) return key;
  const customer = columnFor('customer', tables);
  if (customer) return { kind: 'customer', field: customer };
  const kind = table.toLowerCase().replace(/s$/, '');
  const field = columnFor(kind, tables);
  return field ? { kind, field } : key;
}
