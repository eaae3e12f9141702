import { SpanSet, scan, type ValueHit } from './value-hit';

/**
 * Properties of a sign-in that a question asks for in words, each as the value of the column
 * an identity provider's sign-in log keeps it in (the column is found by its words in the
 * catalog; a table without it leaves the filter out with a note):
 * - "sign-ins that required MFA", "logins without MFA": the authentication requirement;
 * - "blocked by conditional access", "conditional access failures": the conditional access status;
 * - "risky sign-ins", "high-risk logins": the risk level during sign-in.
 */
const MFA =
  /\b(?:(requir(?:ed|ing|es)|needed|needing|with|prompted\s+for|passed|completed|using|without|bypass(?:ed|ing)?|skipp(?:ed|ing))\s+(?:an?\s+)?(?:MFA|2FA|multi[\s-]?factor(?:\s+auth(?:entication)?)?)|(single[\s-]factor|MFA[\s-](?=sign|log))(?:\s+auth(?:entication)?)?)\b/gi;
const CONDITIONAL_ACCESS =
  /\b(?:(?:blocked|denied|stopped|failed)\s+by\s+(?:an?\s+|the\s+)?(?:CA|conditional[\s-]access)(?:\s+polic(?:y|ies))?|conditional[\s-]access\s+(?:blocks?|failures?|failed|denials?))\b/gi;
const RISKY =
  /\b(?:(risky)|(high|medium|low)[\s-]risk)\s+(?=(?:entra\s+|azure\s+ad\s+|aad\s+)?(?:sign[\s-]?ins?|log[\s-]?ins?|logons?|authentications?)\b)/gi;

const NOT_MFA = /^(?:without|bypass|skipp|single)/i;

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
        const level = m[2]?.toLowerCase();
        const levels = level ? [level] : ['medium', 'high'];
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
  return hits;
}
