import { SpanSet, scan, type ValueHit } from './value-hit';
import { allMatches } from '../regex-matches.util';

/**
 * Properties of a sign-in that a question asks for in words, each as the value of the column
 * an identity provider's sign-in log keeps it in (the column is found by its words in the
 * catalog; a table without it leaves the filter out with a note):
 * - "sign-ins that required MFA", "logins without MFA", "logins that were not MFA", "non-MFA sign-ins": the
 *   authentication requirement;
 * - "blocked by conditional access", "failed conditional access", "conditional access failures", "that conditional access
 *   blocked": the conditional access status;
 * - "risky sign-ins", "high-risk logins", "medium and high risk sign-ins": the risk level during sign-in;
 * - "legacy auth", "sign-ins over IMAP": the client app used (the protocols named, else every legacy one);
 * - "500121 failures", "blocked (53003)": a result code written bare, the sign-in's result type.
 */
const MFA =
  /\b(?:((?:not|non|no|\w+n['’]t)(?:\s+|-)(?:(?:us(?:e|ed|ing)|requir(?:e|ed|ing)|need(?:ed)?|do|pass|complete|with|via|through|protected\s+by|covered\s+by)\s+)?|(?:requir(?:ed|ing|es)|needed|needing|with|prompted\s+for|passed|completed|using|without|bypass(?:ed|ing)?|skipp(?:ed|ing))\s+)(?:an?\s+)?(?:MFA|2FA|multi[\s-]?factor(?:\s+auth(?:entication)?)?)|(single[\s-]factor|MFA[\s-](?=sign|log))(?:\s+auth(?:entication)?)?)\b/gi;
/**
 * MFA said as what failed ("MFA failures", "failed MFA", "denied the MFA prompt", "2FA push rejected"): the sign-ins
 * that asked for it. Only the MFA word is read; the failure words stay the outcome's.
 */
const MFA_FAILED =
  /(?<=\b(?:fail(?:ed|ing|s)?|denied|rejected|declined)\s+(?:the\s+|an?\s+|their\s+|his\s+|her\s+)?)(?:MFA|2FA|multi[\s-]?factor)\b|\b(?:MFA|2FA|multi[\s-]?factor)(?=(?:[\s-]+(?:prompts?|challenges?|requests?|push(?:es)?))?[\s-]+(?:failures?|fails|failed|denials?|denied|rejections?|rejected|timeouts?|timed\s+out)\b)/gi;
const CONDITIONAL_ACCESS =
  /\b(?:(?:blocked|denied|stopped|failed)\s+by\s+(?:an?\s+|the\s+)?(?:CA|conditional[\s-]access)(?:\s+polic(?:y|ies))?|(?:fail(?:ed|ing|s)?|didn['’]?t\s+pass|did\s+not\s+pass)\s+(?:the\s+|an?\s+)?(?:CA|conditional[\s-]access)(?:\s+(?:polic(?:y|ies)|checks?|requirements?))?|(?:CA|conditional[\s-]access)(?:\s+polic(?:y|ies))?\s+(?:blocks?|blocked|denied|rejected|stopped|failures?|failed|denials?))\b/gi;
const LEVEL = '(?:high|medium|low)';
/** "risky", "high-risk", "medium and high risk", "low/medium risk" before a sign-in noun. */
const RISKY = new RegExp(
  `\\b(?:(risky)|(${LEVEL}(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and|or|/|&)\\s*${LEVEL})*)[\\s-]risk)\\s+(?=(?:entra\\s+|azure\\s+ad\\s+|aad\\s+)?(?:sign[\\s-]?ins?|log[\\s-]?ins?|logons?|authentications?)\\b)`,
  'gi',
);

/**
 * The risk level said after its name: "where the risk level during sign-in was high", "sign-in risk of
 * medium or high", "risk level: low", "with a high risk level".
 */
const RISK_STATED = new RegExp(
  `\\b(?:(?:sign[\\s-]?in\\s+)?risk(?:\\s+level)?(?:\\s+(?:during|at|of)\\s+(?:the\\s+)?(?:sign[\\s-]?in|log[\\s-]?in))?\\s*(?:was|is|were|of|=|==|:|at|set\\s+to)?\\s*(?:either\\s+)?(${LEVEL}(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and|or|/|&)\\s*${LEVEL})*)|(${LEVEL}(?:\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and|or|/|&)\\s*${LEVEL})*)[\\s-]risk\\s+levels?)\\b`,
  'gi',
);

/**
 * Legacy authentication clients, as a sign-in log names them, and the words that name each.
 * Every client but the browser and modern ("Mobile Apps and Desktop clients") is legacy.
 */
const LEGACY_CLIENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bIMAP4?\b/gi, 'IMAP4'],
  [/\bPOP3?\b/gi, 'POP3'],
  [/\b(?:authenticated\s+)?SMTP\b/gi, 'Authenticated SMTP'],
  [/\b(?:exchange\s+)?active[\s-]?sync\b|\bEAS\b/gi, 'Exchange ActiveSync'],
  [/\bexchange\s+web\s+services\b|\bEWS\b/gi, 'Exchange Web Services'],
  [/\bMAPI\b/gi, 'MAPI Over HTTP'],
  [/\bother\s+clients\b/gi, 'Other clients'],
];
const LEGACY_AUTH = /\blegacy[\s-]+(?:auth(?:entication)?|protocols?|clients?)(?:\s+(?:protocols?|clients?))?\b/gi;
/**
 * A protocol said as the way in: "over IMAP", "via POP3", "using ActiveSync", "with IMAP or POP3", "clients on SMTP",
 * "client app = EAS", "used the legacy Authenticated SMTP client" (the list's later ones too).
 */
const BY_PROTOCOL =
  /\b(?:over|via|using|used|through|with|on|client\s+apps?(?:\s+(?:used|is|was|of))?\s*[:=]?)\s+(?:(?:the|an?)\s+)?(?:(?:legacy|old|basic[\s-]auth)\s+)?(?:[A-Za-z0-9]{2,16}(?:\s+[A-Za-z0-9]{2,16}){0,2}\s*(?:,|\/|\bor\b|\band\b)\s*){0,3}$/i;
const SIGN_IN_NOUN =
  /\b(?:sign[\s-]?ins?|sign(?:ed|s)?\s+in|signing\s+in|log[\s-]?ins?|logg(?:ed|ing)\s+in|logons?|auth(?:entication)?s?)\b/i;

const NOT_MFA = /^(?:without|bypass|skipp|single|not\b|non\b|no\b|\w+n['’]t\b)/i;

/**
 * A sign-in result code written bare ("the most 50126 failures", "blocked (53003)", "500121 errors"): five or six
 * digits from 50000, not part of a longer number, a date, an address or an amount.
 */
const BARE_RESULT_CODE = /(?<![\w.,:$€£#/-])([5-9]\d{4,5})(?![\w.:%/-]|,\d|\s*[-/]\s*\d)/g;
/** Words before a number that make it a count or a limit ("more than 50000", "top 100000"), not a code. */
const COUNT_BEFORE =
  /(?:\b(?:more|fewer|less|greater|higher|lower)\s+than|\b(?:over|above|under|below|exceeding|at\s+(?:least|most)|top|first|last|about|around|approximately|roughly|nearly|almost|up\s+to)|[<>=~])\s*$/i;
/** Words that name the codes after them ("error 50126", "errors 50053 or 50055"), which the readers of named codes read. */
const NAMED_BEFORE =
  /\b(?:(?:errors?|results?|failures?|status)(?:\s+(?:codes?|types?))?|fail(?:ing|ed|s)?\s+(?:with|w\/))\s*[:=#]?\s*(?:\d{3,7}\s*(?:,\s*(?:and\s+|or\s+)?|\/|\bor\s+|\band\s+)){0,8}$/i;
/** Words after a number that make it a count or an amount ("50000 sign-ins", "60000 ms"), unless they name an error. */
const COUNT_AFTER =
  /^\s*(?:times|x\b|events?|rows?|records?|entries|ms|milliseconds?|s\b|secs?|seconds?|min(?:ute)?s?|h(?:ou)?rs?|days?|bytes?|[kmg]i?b\b|users?|accounts?|people|devices?|sign[\s-]?ins?(?!\s+(?:errors?|failures?|codes?))|log[\s-]?ins?(?!\s+(?:errors?|failures?|codes?))|attempts?|requests?|calls?)\b/i;
/** Words that make a question one about an identity provider's sign-ins, where a bare code of five or six digits is a result code. */
const IDENTITY_CONTEXT =
  /\b(?:entra|azure\s+ad|aad|conditional[\s-]access|mfa|2fa|multi[\s-]?factor|strong\s+auth(?:entication)?)\b/i;

export function readSignInProperties(text: string, taken: SpanSet = new SpanSet()): ValueHit[] {
  const hits: ValueHit[] = [];
  if (/\b(?:MFA|2FA|multi[\s-]?factor|single[\s-]factor)\b/i.test(text))
    scan(
      text,
      MFA,
      taken,
      (m) => {
        const word = (m[1] ?? m[2] ?? '').toLowerCase();
        const value = NOT_MFA.test(word) ? 'singleFactorAuthentication' : 'multiFactorAuthentication';
        return { kind: 'text', value, start: m.index, end: m.index + m[0].length, hint: 'authentication requirement' };
      },
      hits,
    );
  if (/\b(?:MFA|2FA|multi[\s-]?factor)\b/i.test(text))
    scan(
      text,
      MFA_FAILED,
      taken,
      (m) => ({
        kind: 'text',
        value: 'multiFactorAuthentication',
        start: m.index,
        end: m.index + m[0].length,
        hint: 'authentication requirement',
      }),
      hits,
    );
  if (/\b(?:CA|conditional[\s-]access)\b/i.test(text))
    scan(
      text,
      CONDITIONAL_ACCESS,
      taken,
      (m) => ({
        kind: 'text',
        value: 'failure',
        start: m.index,
        end: m.index + m[0].length,
        hint: 'conditional access status',
      }),
      hits,
    );
  if (/\brisk/i.test(text))
    scan(
      text,
      RISKY,
      taken,
      (m) => {
        const said = m[2]?.toLowerCase().match(/high|medium|low/g);
        const levels = said ? [...new Set(said)] : ['medium', 'high'];
        const end = m.index + m[0].trimEnd().length;
        return levels.map((value) => ({
          kind: 'text' as const,
          value,
          start: m.index,
          end,
          hint: 'risk level during sign in',
        }));
      },
      hits,
    );
  // Said of a sign-in only: "a high risk level" of an alert is its severity.
  if (/\brisk/i.test(text) && SIGN_IN_NOUN.test(text))
    scan(
      text,
      RISK_STATED,
      taken,
      (m) => {
        const levels = [...new Set((m[1] ?? m[2] ?? '').toLowerCase().match(/high|medium|low/g) ?? [])];
        return levels.map((value) => ({
          kind: 'text' as const,
          value,
          start: m.index,
          end: m.index + m[0].length,
          hint: 'risk level during sign in',
        }));
      },
      hits,
    );
  readClientApps(text, taken, hits);
  if (/\d{5}/.test(text) && (SIGN_IN_NOUN.test(text) || IDENTITY_CONTEXT.test(text)))
    scan(text, BARE_RESULT_CODE, taken, (m) => resultCodeHit(text, m), hits);
  return hits;
}

/** A bare result code of a sign-in ("500121 errors", "(53003)"), or null when the number reads as a count or an amount. */
function resultCodeHit(text: string, m: RegExpExecArray): ValueHit | null {
  const end = m.index + m[0].length;
  const before = text.slice(Math.max(0, m.index - 80), m.index);
  if (COUNT_BEFORE.test(before) || NAMED_BEFORE.test(before) || COUNT_AFTER.test(text.slice(end, end + 24)))
    return null;
  return { kind: 'text', value: m[1]!, start: m.index, end, hint: 'ResultType' };
}

/**
 * Legacy authentication: the protocols named ("legacy auth (imap/pop)", "sign-ins over IMAP")
 * as the clients used, or, when only "legacy auth" is said, every legacy client.
 */
function readClientApps(text: string, taken: SpanSet, hits: ValueHit[]): void {
  const legacy = allMatches(text, LEGACY_AUTH);
  if (legacy.length === 0 && !SIGN_IN_NOUN.test(text)) return;
  const named: ValueHit[] = [];
  for (const [pattern, value] of LEGACY_CLIENTS)
    scan(
      text,
      pattern,
      taken,
      (m) =>
        legacy.length > 0 || BY_PROTOCOL.test(text.slice(Math.max(0, m.index - 40), m.index))
          ? { kind: 'text', value, start: m.index, end: m.index + m[0].length, hint: 'client app used' }
          : null,
      named,
    );
  hits.push(...named);
  if (named.length > 0 || legacy.length === 0) return;
  const [first] = legacy;
  for (const [, value] of LEGACY_CLIENTS)
    hits.push({
      kind: 'text',
      value,
      start: first!.index,
      end: first!.index + first![0].length,
      hint: 'client app used',
    });
  taken.add(first!.index, first!.index + first![0].length);
}
