import type { Clarification, QueryAnalysis, QueryConstraints } from '@mesh/a2a-contracts';
import type { PlatformEvidence } from '../analysis/analyzer.types';
import { columnFor } from '../analysis/constraints/column-mapper';
import { fixTimeWordTypos } from '../analysis/constraints/outcome-typos';
import { phrasesSaid, readQuestion } from '../analysis/question-reader';
import type { SchemaCatalog, SchemaEntry } from '../context/schema-catalog';
import { contentWords } from './content-words';
import { isNotEnglish } from './question-language';
import { allMatches } from '../analysis/regex-matches.util';

export interface ClarificationInput {
  readonly naturalLanguage: string;
  /** The analysis of the question (heuristic or merged): its tables, time window and constraints. */
  readonly analysis: QueryAnalysis;
  readonly evidence: readonly PlatformEvidence[];
  readonly catalog: SchemaCatalog;
  /** Platforms some available data agent serves, in the directory's order. */
  readonly platforms: readonly string[];
  /** True when a model read the question (it reads other languages than English); absent: heuristics only. */
  readonly modelRead?: boolean;
}

/**
 * Words that give a question a subject a data query can serve: what is looked at (logs, sign-ins,
 * orders), what is looked for (errors, attacks, trends) and what is computed (count, top). A
 * question with none of them, no catalog name, no value and no time ("help", "hi", gibberish, a
 * language the planner cannot read) gives nothing to act on.
 */
const SUBJECT_WORDS = [
  'log',
  'event',
  'error',
  'fail',
  'failure',
  'exception',
  'alert',
  'incident',
  'sign in',
  'login',
  'logon',
  'logoff',
  'auth',
  'authentication',
  'user',
  'account',
  'identity',
  'password',
  'credential',
  'mfa',
  'role',
  'permission',
  'privilege',
  'admin',
  'ip',
  'address',
  'host',
  'device',
  'computer',
  'machine',
  'endpoint',
  'server',
  'process',
  'file',
  'registry',
  'command',
  'powershell',
  'script',
  'dns',
  'domain',
  'url',
  'http',
  'web',
  'request',
  'traffic',
  'network',
  'connection',
  'firewall',
  'port',
  'proxy',
  'vpn',
  'email',
  'mail',
  'phishing',
  'malware',
  'virus',
  'attack',
  'threat',
  'suspicious',
  'malicious',
  'anomaly',
  'brute force',
  'exfiltration',
  'lateral',
  'persistence',
  'ransomware',
  'vulnerability',
  'detect',
  'detection',
  'hunt',
  'investigate',
  'audit',
  'change',
  'access',
  'activity',
  'session',
  'token',
  'certificate',
  'key',
  'secret',
  'cloud',
  'azure',
  'aws',
  'gcp',
  'office',
  'sharepoint',
  'teams',
  'okta',
  'windows',
  'linux',
  'kubernetes',
  'container',
  'pod',
  'database',
  'table',
  'query',
  'column',
  'schema',
  'index',
  'metric',
  'latency',
  'performance',
  'cpu',
  'memory',
  'disk',
  'timeout',
  'crash',
  'outage',
  'health',
  'usage',
  'service',
  'application',
  'app',
  'api',
  'job',
  'pipeline',
  'deployment',
  'backup',
  'order',
  'customer',
  'client',
  'sale',
  'revenue',
  'payment',
  'invoice',
  'transaction',
  'product',
  'price',
  'amount',
  'spend',
  'budget',
  'cost',
  'refund',
  'subscription',
  'employee',
  'student',
  'school',
  'account',
  'trend',
  'count',
  'how many',
  'number of',
  'total',
  'average',
  'sum',
  'top',
  'most',
  'highest',
  'lowest',
  'list',
  'compare',
  'correlate',
  'percentage',
  'rate',
  'distribution',
  'record',
  'row',
  'data',
  'dataset',
  'kql',
  'spl',
  'sql',
  'splunk',
  'sentinel',
  'kusto',
  'postgres',
  'defender',
  'sysmon',
  'entra',
  'signin',
];

/** A request for a kind of record and nothing more ("logs", "show me the events", "get data pls"). */
const GENERIC_ONLY =
  /^\s*(?:(?:show|list|get|give|see|view|display|pull|fetch|find|search|query|check|me|us|all|the|some|any|my|our|latest|recent|new|please|pls)\s+)*(?:logs?|events?|data|records?|entries|stuff|everything|info(?:rmation)?|results?)(?:\s+(?:please|pls))?\s*[?.!]*\s*$/i;

/**
 * A request to look for something unnamed ("check the logs for anything weird", "any issues?",
 * "is everything ok"): no kind of activity, value or source, only that something may be wrong.
 */
const VAGUE_ONLY =
  /^\s*(?:(?:can|could|would)\s+you\s+)?(?:(?:show|list|get|give|see|view|pull|find|search|query|check|look|scan|review|go|me|us|all|the|some|my|our|please|pls|at|through|over|in|into|for|if|there|are|is|was|were)\s+)*(?:(?:logs?|events?|data|records?|systems?|network|environment|servers?)\s+(?:for\s+|and\s+see\s+(?:if\s+)?)?)?(?:(?:any(?:thing)?|something|stuff|things|activity|issues?|problems?|everything|weird|suspicious|unusual|odd|strange|bad|wrong|interesting|abnormal|malicious|fishy|off|ok|okay|fine|alright|normal|going\s+on|happening|today|lately|recently|please|pls)\s*){1,5}[?.!]*\s*$/i;
/**
 * A request that points back at an earlier one the planner never saw ("same as yesterday pls",
 * "again for today", "the usual", "same as yesterday's report but for the night shift"): a time or
 * a short change at most, nothing to look for.
 */
const REFERS_BACK =
  /^\s*(?:(?:please|pls)\s+)?(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+)?(?:(?:please|pls|just)\s+)?(?:do\s+|run\s+|show\s+(?:me\s+)?)?(?:(?:the\s+)?same(?:\s+(?:thing|query|search|report|one))?(?:\s+again)?(?:\s+as\s+(?:(?:yesterday|last\s+(?:time|week|month|night))(?:['\u2019]?s)?(?:\s+(?:report|query|search|one|run|check))?|before|usual|always))?|(?:it|that|this)\s+again|again|re-?run(?:\s+(?:it|that|this))?|as\s+usual|the\s+usual(?:\s+report)?|like\s+(?:before|last\s+time|yesterday))(?:\s+(?:but\s+)?(?:for|over|from|since)\s+(?:today|yesterday|now|(?:(?:the\s+)?(?:this|last|past|previous)\s+)(?:\d+\s+)?(?:hours?|days?|weeks?|months?|years?|quarter|time)))?(?:\s+(?:but\s+)?(?:hourly|daily|weekly|monthly|yearly|(?:per|by)\s+(?:the\s+)?(?:hour|day|week|month)))?(?:\s+but\s+(?:for|with|on|in|about|only)\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,3})?(?:\s+instead)?(?:[\s,]+(?:please|pls|plz|thanks|thx|ty|cheers))*\s*[?.!]*\s*$/i;
/**
 * The same with the change said without "but" ("same as yday for the nightshift pls"): read only when the question
 * says no subject ("the same report as last week for orders by country" names orders).
 */
const REFERS_BACK_LOOSE =
  /^\s*(?:(?:please|pls)\s+)?(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+)?(?:(?:please|pls|just)\s+)?(?:do\s+|run\s+|show\s+(?:me\s+)?)?(?:(?:the\s+)?same(?:\s+(?:thing|query|search|report|one))?(?:\s+again)?(?:\s+as\s+(?:(?:yesterday|last\s+(?:time|week|month|night))(?:['\u2019]?s)?(?:\s+(?:report|query|search|one|run|check))?|before|usual|always))?|(?:it|that|this)\s+again|again|re-?run(?:\s+(?:it|that|this))?|as\s+usual|the\s+usual(?:\s+report)?|like\s+(?:before|last\s+time|yesterday))(?:\s+(?:but\s+)?(?:for|over|from|since)\s+(?:today|yesterday|now|(?:(?:the\s+)?(?:this|last|past|previous)\s+)(?:\d+\s+)?(?:hours?|days?|weeks?|months?|years?|quarter|time)))?(?:\s+(?:but\s+)?(?:hourly|daily|weekly|monthly|yearly|(?:per|by)\s+(?:the\s+)?(?:hour|day|week|month)))?(?:\s+(?:but\s+)?(?:for|with|on|in|about|only)\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+){0,3})?(?:\s+instead)?(?:[\s,]+(?:please|pls|plz|thanks|thx|ty|cheers))*\s*[?.!]*\s*$/i;
/**
 * A routine named only by its cadence or habit ("do the weekly thing pls", "run the monthly report",
 * "can you send the usual numbers"): the cadence is no time window to query, and nothing says what the
 * routine reads.
 */
const ROUTINE_ONLY =
  /^\s*(?:(?:hey|hi|ok|so|please|pls|can\s+(?:you|u)|could\s+(?:you|u)|would\s+(?:you|u)|just)[\s,]+)*(?:(?:do|run|send|pull|get|give\s+me|show\s+me|prepare|make|redo)\s+)?(?:the|our|my|that)\s+(?:usual\s+)?(?:daily|weekly|monthly|quarterly|yearly|nightly|usual|regular|normal|standard|routine)\s+(?:thing|report|check|one|stuff|numbers|query|run|summary|export|figures)(?:[\s,]+(?:please|pls|again|thanks|thx|now|today|asap))*\s*[?.!]*\s*$/i;
/** Words naming a whole system rather than anything in it: a question about one of them alone says nothing to look for. */
const WHOLE_SYSTEMS: ReadonlySet<string> = new Set(
  [
    'server servers database databases db dbs system systems box boxes machine machines network networks environment',
    'env infra infrastructure app apps application applications site website service services platform cluster',
    'clusters prod production stack estate tenant',
  ]
    .join(' ')
    .split(' '),
);
/** A kind of record and nothing else ("look at the logs"): every store holds some. A window narrows it enough to plan. */
const RECORD_KINDS: ReadonlySet<string> = new Set(
  'log logs logging event events record records entry entries'.split(' '),
);
/**
 * One thing pointed at but not named: "that ip", "this user", "the same host" — unless a clause says which
 * ("that user who reset her password", "the same device named in the alert").
 */
const UNNAMED_REFERENT =
  /\b(?:that|this|the\s+same|said)\s+(ip(?:\s+address)?|address|user(?:name)?|account|host(?:name)?|machine|device|hash|domain|file|process|server|box|laptop|workstation|customer|order|invoice|email|sender|url|endpoint)\b(?!\s+(?:who|which|that|with|where|whose|named|called))/gi;
/** A preposition before "the same": "deleted by the same process", "on the same host" ask for one shared value, not a pointer. */
const SAMENESS_PREPOSITION = /\b(?:by|on|from|to|with|within|across|at|for|in|under|via)\s+$/i;

/**
 * Whether the question points at a thing it never names: "that ip", "this user" — unless the question named the kind
 * before ("users starting a session … from that user account", "the creation of a file … This file is used by"), or
 * asks for a shared value ("by the same process").
 */
function pointsAtUnnamed(question: string): boolean {
  for (const match of allMatches(question, UNNAMED_REFERENT)) {
    const before = question.slice(0, match.index);
    if (/^the\s+same/i.test(match[0]) && SAMENESS_PREPOSITION.test(before)) continue;
    const kind = (match[1] ?? '').toLowerCase().split(/\s+/)[0] ?? '';
    if (
      before
        .toLowerCase()
        .split(/\W+/)
        .some((word) => word.startsWith(kind))
    )
      continue;
    return true;
  }
  return false;
}
/**
 * A request made before, pointed at ("same as last time", "same as last tues", "the usual", "like before", "run that for
 * the other site").
 */
const EARLIER_REQUEST =
  /\b(?:same\s+as\s+(?:last\s+(?:time|week|month|night|nite|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|before|b4|earlier|yesterday|usual|always)|the\s+usual|as\s+usual|like\s+(?:last\s+time|before)|as\s+always|(?:run|do|redo|repeat|check)\s+(?:that|it|this)(?:\s+one)?\s+(?:again\s+)?(?:for|on|with|against)\s+(?:the\s+)?other)\b/i;
/**
 * "the same thing as on Tuesday", "same report as last week", "same drill as last change window", "rerun the one from b4":
 * a request made before, by when it
 * was made; with no
 * subject word and no value, nothing says what it read.
 */
const SAME_AS_THEN =
  /\b(?:re-?run|redo|repeat|do)\s+(?:the|that|those)\s+(?:one|thing|query|search|report|check|num(?:b?e?r)?s|figures|results|stats)\s+(?:from|of)\s+(?:b4|before|earlier|yesterday|last\s+(?:time|week|night)|this\s+morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|\bsame\s+(?:drill|routine|procedure|process|exercise|steps|checks?|thing|query|search|report|one|stuff)\s+(?:as|like)\s+(?:(?:the|our|in|at|for)\s+)?(?:last|previous|prior)\s+(?:[\w-]+\s+){0,2}?(?:window|time|run|round|cycle|release|deploy(?:ment)?|rollout|change|incident|audit|review|drill|exercise|test|outage|week|month|quarter)\b|\b(?:the\s+)?same\s+(?:thing|query|search|report|check|one|stuff)\s+(?:as|like)\s+(?:(?:on|in|at|from|for|last)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|yesterday|before|b4|earlier|time|week|month|this\s+morning|the\s+other\s+day)\b/i;
/**
 * A thing pointed at by a word for any thing ("any news on the thing from this morning?", "check that stuff again",
 * "the issue we talked about"): with no subject word and no value, nothing says what it is.
 */
const VAGUE_THING =
  /\b(?:that|the|this|same)\s+(?:thing|stuff|issue|matter)\b(?!\s+(?:with|about|on|in|where|that|which)\s+(?!(?:this|that|last|yesterday|today)\b))/i;
/** What may follow a pronoun standing for an earlier result: the end, or how it should be reshaped ("split that by region"). */
const AFTER_REFERENT = String.raw`(?=\s*(?:$|[?.!,;:]|(?:by|per|into|down|up|out|to|as|for|over|on|in|with|without|hourly|daily|weekly|monthly|yearly|again|please|pls|so|and|but|instead|too|as\s+well)\b))`;
/** Openers of a follow-up turn: acknowledgements and connectives before the change asked. */
const FOLLOW_UP_OPENER = String.raw`(?:(?:ok(?:ay)?|and|now|also|then|cool|great|nice|perfect|thanks|thx|ty|right|so|just|pls|please|can\s+(?:you|u)|could\s+(?:you|u))[\s,!.]+)*`;
/**
 * A change asked of an earlier result that is only pointed at: "now split that by region", "make it monthly",
 * "just the top 5 of those", "drop the test rows from it", "ok and by week?". The pronoun has nothing in the
 * question to stand for, so there is nothing to reshape.
 */
const FOLLOW_UP_EDIT = new RegExp(
  [
    String.raw`^\W*${FOLLOW_UP_OPENER}(?:split|break|sort|order|group|filter|drop|remove|exclude|limit|chart|plot|graph|make|turn|narrow|expand|extend|restrict|cut|trim|bucket|pivot|rank|export|redo|rerun)\s+(?:that|it|those|them|these|this)${AFTER_REFERENT}`,
    String.raw`^\W*${FOLLOW_UP_OPENER}(?:the\s+)?(?:top|bottom|first|last)\s+\d+\s+(?:of|from|in|among)\s+(?:those|them|that|it|these)${AFTER_REFERENT}`,
    String.raw`^\W*${FOLLOW_UP_OPENER}(?:drop|remove|exclude|hide|filter\s+out|take\s+out|leave\s+out)\b.{1,60}?\b(?:from|of|out\s+of)\s+(?:it|that|those|them|these)\s*[?.!]*\s*$`,
    String.raw`^\W*(?:ok(?:ay)?[\s,]+)?and\s+(?:by(?!\s+the\s+way)|per|as|with|without|over)\b`,
  ].join('|'),
  'i',
);
/** Chat shorthand for yesterday ("yday", "ystrday"), as the time reader takes it. */
const YESTERDAY_SHORT = /\b(?:yday|yda|ystd|ystday|ystrday|yestrday|ysterday|yest)\b/gi;

/**
 * A matter someone raised, pointed at by a word for any matter ("the concern the station manager raised", "that issue
 * Priya flagged", "the request finance emailed about"): with no subject word and no value, nothing says what it is.
 */
const RAISED_MATTER =
  /\b(?:the|that|this)\s+(?:concerns?|issues?|problems?|matters?|complaints?|points?|requests?|questions?|things?|items?|asks?|queries|worries)\s+(?:that\s+|which\s+)?(?:(?:the|our|my|his|her|their|a|an)\s+)?(?:[\w'-]+\s+){0,3}?(?:raised|mentioned|flagged|reported|brought\s+up|asked\s+about|emailed(?:\s+about)?|escalated|complained\s+about|was\s+worried\s+about)\b/i;

/**
 * A go-ahead for something only pointed at ("please go ahead with it", "proceed with that as discussed", "carry on with
 * the change we agreed", "proceed on the basis we agreed", "proceed with step 3"): what to do was said elsewhere.
 */
const GO_AHEAD =
  /\b(?:go\s+ahead|proceed|carry\s+on|crack\s+on|get\s+going|move\s+forward)\s+(?:(?:with\s+)?(?:it|that|this|them|those|the\s+(?:plan|change|thing|task|request|item|one)s?|(?:the\s+)?(?:steps?|stages?|phases?|options?)\s+(?:\d{1,2}|one|two|three|four|five|[a-e])|the\s+(?:next|remaining|agreed)\s+steps?)\b|(?:on\s+the\s+basis|as)\s+(?:we\s+|you\s+|they\s+)?(?:agreed|discussed|planned|arranged|per)\b)/i;

/**
 * Work someone else began, to be taken over ("pick up where the night shift left off", "carry on from where Sam
 * stopped", "finish what the day team started"): what it was is in that work, not in the question.
 */
const WHERE_LEFT_OFF =
  /\b(?:pick\s+(?:it\s+|things\s+|this\s+)?up|carry\s+on|continue|resume|take\s+over)\s+(?:from\s+)?where\s+(?:[\w'\u2019-]+\s+){0,4}?(?:left\s+(?:it\s+|things\s+)?off|stopped|finished|got\s+to)\b|\bfinish(?:ed|ing)?\s+(?:off\s+)?what\s+(?:[\w'\u2019-]+\s+){0,3}?(?:started|began)\b/i;

/**
 * A message the user refers to and the planner never saw, opening the question ("Further to my note of Thursday",
 * "Following up on the Commission's letter", "As per our call"): what it asked is in that message.
 */
const FURTHER_TO =
  /^\W*(?:further\s+to|following\s+(?:up\s+on|on\s+from)?|as\s+per|re|regarding|in\s+reply\s+to|with\s+reference\s+to)\s*:?\s+(?:my|our|the|your|his|her|their|this|that|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['\u2019]s?)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:note|letter|e-?mail|mail|message|memo|call|conversation|discussion|meeting|instructions?|request)\b/i;

/**
 * The same matter said with who raised it after it ("the issue raised by the customer", "the problem reported by
 * finance"): who raised it is no subject to look for.
 */
const RAISED_BY =
  /\b(?:the|that|this)\s+(?:concerns?|issues?|problems?|matters?|complaints?|points?|requests?|questions?|things?|items?|queries|worries)\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:raised|mentioned|flagged|reported|brought\s+up|escalated|sent)\s+(?:in\s+)?by\s+(?:(?:the|our|my|his|her|their|a|an)\s+)?[\w'-]+/i;

/**
 * Something the user holds and the planner never saw, pointed at as the source of what to look for: "the host from
 * the ticket", "can you take a look at my ticket", "the user I mentioned earlier", "alerts from the mail I forwarded",
 * "the open item from this morning's bridge call", "the task raised in yesterday's standup". Not the idiom "in this
 * case" ("… SigninLogs … In this case extending conditional access policies").
 */
const UNSEEN_SOURCE =
  /\b(?!in\s+(?:this|that)\s+case\b)(?:(?:from|frm|in|on|of|during|at)\s+(?:the|my|our|that|this|your|(?:(?:this|last|yesterday)\s+)?(?:today|yesterday|tonight|morning|afternoon|evening|night|week|monday|tuesday|wednesday|thursday|friday)['\u2019]s)\s+(?:(?:morning|afternoon|evening|daily|weekly|bridge|incident|team|ops|status|vendor|war-?room|zoom|teams|[a-z][\w-]{1,20})\s+)?(?:ticket|case|screenshot|thread|chat|call|meeting|stand-?up|sync|huddle|bridge|briefing|handover|debrief|catch-?up)(?![\w-]|\s+(?:cent(?:er|re)|logs?|records?|recordings?|events?|data|queue|volumes?)\b)|(?:my|our|the|that|this)\s+(?:ticket|screenshot)(?=\s*(?:$|[?.!,]|\w+\s+(?:i|we)\b))|(?:i|we)\s+(?:just\s+)?(?:mentioned|forwarded|pasted|attached|talked\s+about|discussed)\b)/i;
/**
 * A request written in a ticket the planner never saw, to be done as written there ("pls do wat she asked in there",
 * "action what the customer requested", "handle whatever he needs"): what it asks is in the ticket.
 */
const DO_AS_ASKED =
  /\b(?:do|action|handle|sort(?:\s+out)?|deal\s+with|get\s+done)\s+(?:what|wat|wht|whatever|wotever)\s+(?:she|he|they|it|(?:the|our|my)\s+[\w-]+|[A-Z][\w-]+)\s+(?:asked|asks|requested|requests|wants?|wanted|said|says|needs?|needed)\b/i;

/**
 * Chores around a ticket ("revert to the requester", "attach it to the tkt", "update the case"): what to do with an
 * answer, never what the answer is about.
 */
const TICKET_CHORE =
  /\b(?:revert|reply|respond|get\s+back|report\s+back)\s+(?:to\s+)?(?:the\s+)?(?:requester|requestor|reporter|caller)\b|\b(?:attach|add|post|update|close|resolve)\s+(?:it\s+|this\s+|that\s+)?(?:(?:to|on|in)\s+)?(?:the\s+)?(?:ticket|tkt|tix|case)\b/gi;

/**
 * A measure of an earlier result said to have moved, with nothing said of what it measured ("whether the proportion
 * has improved relative to the previous period", "has the rate got worse"): an answer the planner never saw.
 */
const RESULT_MOVED =
  /\b(?:the|that|this|our)\s+(?:proportion|ratio|rate|share|percentage|score|trend|position|situation)\s+(?:has\s+|have\s+|had\s+)?(?:improved|worsened|deteriorated|got\s+(?:better|worse)|gone\s+(?:up|down))\b/i;
/** Something agreed elsewhere, pointed at ("excluding the agreed exceptions", "within the agreed scope"): no subject of the question. */
const AGREED_THING = /\bthe\s+agreed\s+[\w-]+/gi;

/** What a question may have been answered with: the numbers, a chart, a list, the query behind them. */
const RESULT_NOUN = String.raw`(?:numbers?|figures?|results?|counts?|totals?|stats|statistics|metrics?|report|chart|graph|table|list|answers?|outputs?|findings|query|queries|data|dashboard|breakdown|export|spreadsheet|summary)`;
/**
 * A result given earlier, pointed at rather than named ("that number", "the figures you sent", "the numbers I asked
 * for this morning", "the earlier results", "what you showed me", "how does that compare", "the discrepancy"): the
 * question is about an answer the planner never saw, unless a clause says what it counted ("that number of failed
 * logins", "the drop in orders").
 */
const EARLIER_RESULT = new RegExp(
  [
    String.raw`(?:^\W*|\b(?:that|those|this|these|the)\s+)${RESULT_NOUN}\b(?!\s+(?:of|for|on|about|per|by|from\s+(?!(?:before|earlier|yesterday|last|this|the\s+other)\b)))`,
    String.raw`\b(?:(?:the|your|my|our)\s+(?:earlier|previous|prior|last|old|original|first)|(?:the\s+)?same)\s+${RESULT_NOUN}\b`,
    String.raw`\b(?:the|your|my)\s+${RESULT_NOUN}\s+(?:(?:i|we)\s+(?:asked|requested|wanted|got|ran|pulled|saw|looked)|(?:you|u)\s+(?:gave|sent|showed|shared|ran|pulled|made|found|got)|from\s+(?:before|earlier|last\s+time|this\s+morning|yesterday))\b`,
    String.raw`\b(?:what|the\s+ones?)\s+(?:you|u)\s+(?:gave|sent|showed|shared|ran|pulled|found|got)\b`,
    String.raw`\b(?:the|that|this)\s+(?:difference|discrepancy|mismatch|gap|spike|jump|drop|increase|decrease)\b(?!\s+(?:in|of|between|for|on)\b)`,
    String.raw`\b(?:that|it|this|those|these|they)\s+(?:compare[sd]?|differ(?:s|ed)?|chang(?:e|es|ed)|match(?:es)?|went\s+(?:up|down)|jump(?:s|ed)?|drop(?:s|ped)?)\b`,
  ].join('|'),
  'i',
);
/**
 * Words a question about an earlier result says of it without naming anything to look at: asking it again
 * ("refresh", "update"), comparing it ("different", "changed", "match"), and how it was had ("sent", "showed").
 */
const ABOUT_A_RESULT: ReadonlySet<string> = new Set(
  [
    'refresh refreshed update updated rerun re-run recheck re-check recalculate recompute reload redo re-do outdated',
    'different differ differs difference changed change changes match matches mismatch compare compared',
    'higher lower bigger smaller up down went jumped dropped moved increased decreased explain',
    'discrepancy discrepancies gap spike jump drop increase decrease',
    'asked requested wanted ran pulled saw looked gave sent showed shared made found got',
    'latest new newer current correct accurate seems seem looks',
    // negations typed without the apostrophe's tail ("why don't they match")
    'don doesn didn isn aren wasn weren won',
  ]
    .join(' ')
    .split(' '),
);
/** A change asked of an earlier result ("… but for the night shift", "… but with refunds"): the rest of it is no subject. */
const BUT_CHANGE = /\bbut\s+(?:for|with|in|on|over|from|about|only)\b/i;
/** One word of {@link RESULT_NOUN}. */
const RESULT_WORDS = new RegExp(String.raw`^${RESULT_NOUN}$`);
/** The unnamed thing such a request looks for. */
const VAGUE_NOUN = /\b(?:anything|something|stuff|things|activity|issues?|problems?|everything)\b/i;

/**
 * Whether a question says nothing but what is asked of an earlier result (see {@link ABOUT_A_RESULT}), up to a change
 * asked of it (see {@link BUT_CHANGE}).
 */
function saysOnlyOfAResult(question: string): boolean {
  const change = BUT_CHANGE.exec(question);
  const said = change ? question.slice(0, change.index) : question;
  return contentWords(said).every((word) => ABOUT_A_RESULT.has(word) || RESULT_WORDS.test(word));
}

function hasConstraint(constraints: QueryConstraints | undefined): boolean {
  if (!constraints) return false;
  return (
    constraints.filters.length > 0 ||
    constraints.measure !== null ||
    constraints.group_by.length > 0 ||
    constraints.having !== null ||
    constraints.time_bucket !== null ||
    constraints.order !== null ||
    constraints.limit !== null ||
    constraints.inactivity !== null
  );
}

const TIME_COLUMN = /time|date|timestamp|^_time$|created|updated/i;

/** A column worth grouping by in a suggestion: a user, host, status… the catalog has; else the first that is no time. */
function groupColumn(entry: SchemaEntry): string | null {
  for (const kind of ['user', 'host', 'status', 'country', 'ip', 'app', 'action', 'event_id']) {
    const column = columnFor(kind, [{ table: entry.name, columns: entry.columns }]);
    if (column) return column;
  }
  return entry.columns.find((c) => !TIME_COLUMN.test(c) && !/^id$/i.test(c)) ?? null;
}

/** How a suggestion calls an entry's records: events for logs, rows for tables. */
function recordsOf(platform: string): string {
  return platform === 'sql' ? 'rows' : 'events';
}

/** Two or three questions the planner could act on, from the available platforms' catalog entries. */
function suggestionsFor(catalog: SchemaCatalog, platforms: readonly string[]): string[] {
  const entries = platforms.map((platform) => ({
    platform,
    entries: (catalog.platforms.get(platform)?.entries ?? []).slice(0, 3),
  }));
  const out: string[] = [];
  for (let round = 0; round < 3 && out.length < 3; round += 1) {
    for (const { platform, entries: tables } of entries) {
      if (out.length >= 3) break;
      const entry = tables[round];
      if (!entry) {
        if (round === 0) out.push(`Show errors in the ${platform.toUpperCase()} data from the last 24 hours`);
        continue;
      }
      const column = groupColumn(entry);
      const template = out.length % 3;
      if (template === 0 || column === null)
        out.push(`Show ${entry.name} ${recordsOf(platform)} from the last 24 hours`);
      else if (template === 1) out.push(`Count ${entry.name} by ${column} over the last 7 days`);
      else out.push(`Top 10 ${column} values in ${entry.name} this week`);
    }
    if (entries.length === 0) break;
  }
  if (out.length < 2) {
    out.push('Name the data source (a table, index or database) and what to look for in it');
    if (out.length < 2) out.push('Say what to find and over which period, e.g. "failed sign-ins in the last 24 hours"');
  }
  return [...new Set(out)].slice(0, 3);
}

/**
 * The clarification a question needs when it carries nothing to act on — no catalog table or
 * platform word, no value, measure or other constraint, no time, no subject word — or null when
 * the planner can plan. It reads evidence, not confidence: one available platform makes routing
 * certain, not the question meaningful.
 */
export function clarificationFor(input: ClarificationInput): Clarification | null {
  const { analysis } = input;
  // With no data platform the planner's own error says what is wrong; a clarification would not help.
  if (input.platforms.length === 0) return null;
  // The heuristic analysis reads English: in another language it would plan on the few words it knows
  // ("logins"), dropping what the question says about them. Without a model, ask for it in English.
  if (!input.modelRead && isNotEnglish(input.naturalLanguage)) return clarification(input, NOT_ENGLISH);
  const hasTime = Boolean(analysis.entities.time_window) || analysis.entities.time_range !== null;
  // "logs", "show me the events": a kind of record and nothing else. Any store matches it, so a
  // table found for the word is no reason to guess which records were meant.
  // "same as yday", "like yesturday": time words misspelt or shortened are read as the words.
  const start = fixTimeWordTypos(input.naturalLanguage.slice(0, 200)).replace(YESTERDAY_SHORT, 'yesterday');
  const noValue = (analysis.constraints?.filters.length ?? 0) === 0;
  // "same again but weekly": a shape asked of the earlier request (a bucket, a count) is still no subject.
  if (REFERS_BACK.test(start) && noValue) return clarification(input);
  if (REFERS_BACK_LOOSE.test(start) && noValue && !saysSubject(input.naturalLanguage)) return clarification(input);
  if (ROUTINE_ONLY.test(start) && noValue) return clarification(input);
  // "is that ip from the ticket still around", "the usual numbers, same as last time": the question points at a
  // value or a request the planner never saw, and names no value itself.
  if (noValue && (pointsAtUnnamed(start) || EARLIER_REQUEST.test(start))) return clarification(input);
  // "now split that by region", "the host from the ticket": a result or a source the planner never saw, reshaped or
  // read from, and no value named.
  if (noValue && (FOLLOW_UP_EDIT.test(start) || UNSEEN_SOURCE.test(start))) return clarification(input);
  if (
    noValue &&
    (VAGUE_THING.test(start) || SAME_AS_THEN.test(start) || RAISED_MATTER.test(start)) &&
    !saysSubject(input.naturalLanguage)
  )
    return clarification(input);
  if (
    noValue &&
    (GO_AHEAD.test(start) || FURTHER_TO.test(start) || WHERE_LEFT_OFF.test(start)) &&
    !saysSubject(input.naturalLanguage)
  )
    return clarification(input);
  if (noValue && RAISED_BY.test(start) && !saysSubject(input.naturalLanguage.replace(RAISED_BY, ' ')))
    return clarification(input);
  // "pls do wat she asked in there n attach to the tkt", "proceed with step 3 and revert to the requester": what to do is
  // in a ticket; its chores say nothing to look for.
  const withoutChores = input.naturalLanguage.replace(TICKET_CHORE, ' ');
  if (noValue && DO_AS_ASKED.test(start) && !saysSubject(withoutChores)) return clarification(input);
  if (noValue && GO_AHEAD.test(start) && !saysSubject(withoutChores)) return clarification(input);
  // "same drill as last change window": a request made before, its words ("change") no subject of this one.
  if (noValue && SAME_AS_THEN.test(start) && !saysSubject(input.naturalLanguage.replace(SAME_AS_THEN, ' ')))
    return clarification(input);
  // "whether the proportion has improved relative to the previous period, excluding the agreed exceptions".
  if (
    noValue &&
    RESULT_MOVED.test(start) &&
    !saysSubject(input.naturalLanguage.replace(RESULT_MOVED, ' ').replace(AGREED_THING, ' '))
  )
    return clarification(input);
  // "why is that number different now", "refresh the figures you sent": an earlier answer pointed at, and nothing
  // said of it but that it should be had again or compared; the question has no subject of its own.
  if (noValue && EARLIER_RESULT.test(start) && saysOnlyOfAResult(input.naturalLanguage)) return clarification(input);
  // Only filler, vague referents, time words and numbers ("can you check the thing from last week",
  // "what happened yesterday"): a window or a lean from a stray column name is no subject.
  // Or those and a whole system at most ("what's going on with the server", "is our database ok"): every
  // record of it would match, and nothing says which to look at.
  const words = contentWords(input.naturalLanguage);
  if (words.every((word) => WHOLE_SYSTEMS.has(word)) && !hasConstraint(analysis.constraints))
    return clarification(input);
  if (
    !hasTime &&
    words.some((word) => RECORD_KINDS.has(word)) &&
    words.every((word) => RECORD_KINDS.has(word) || WHOLE_SYSTEMS.has(word)) &&
    !hasConstraint(analysis.constraints)
  )
    return clarification(input);
  if (
    (GENERIC_ONLY.test(start) || (VAGUE_ONLY.test(start) && VAGUE_NOUN.test(start))) &&
    !hasTime &&
    !hasConstraint(analysis.constraints)
  )
    return clarification(input);
  const hasTables = analysis.entities.tables.length > 0;
  const hasEvidence = input.evidence.some((e) => e.score > 0 && e.reasons.length > 0);
  if (hasTables || hasEvidence || hasTime) return null;
  // Read the question again only when nothing cheaper already says it can be planned.
  if (saysSubject(input.naturalLanguage) || hasConstraint(analysis.constraints)) return null;
  return clarification(input);
}

/** Whether the question says a word a data query can serve (see {@link SUBJECT_WORDS}). */
function saysSubject(question: string): boolean {
  return phrasesSaid(readQuestion(question.slice(0, 4000)), SUBJECT_WORDS).length > 0;
}

/** Why the planner asks: nothing to act on, or a question it cannot read. */
interface AskReason {
  readonly missing: readonly string[];
  readonly question: (quoted: string) => string;
}

const NOTHING_TO_ACT_ON: AskReason = {
  missing: ['data source', 'subject', 'time range'],
  question: (quoted) => `I could not find anything to query in "${quoted}". What should I look for, and in which data?`,
};

const NOT_ENGLISH: AskReason = {
  missing: ['question in English', 'subject'],
  question: (quoted) =>
    `I can only read questions in English, and "${quoted}" does not look like one. What should I look for, and in which data?`,
};

function clarification(input: ClarificationInput, reason: AskReason = NOTHING_TO_ACT_ON): Clarification {
  const said = input.naturalLanguage.trim().replace(/\s+/g, ' ');
  const quoted = said.length > 60 ? `${said.slice(0, 57)}…` : said;
  return {
    question: reason.question(quoted),
    missing: [...reason.missing],
    suggestions: suggestionsFor(input.catalog, input.platforms),
  };
}
