/** Saying one could not: "couldn't", "can not", "unable to", "weren't able to", "didn't manage to", "failed to". */
const COULD_NOT = String.raw`(?:could(?:n['’]?t|\s+not)|can(?:['’]?t|not|\s+not)|(?:(?:was|were|is|are|am)\s+)?unable\s+to|(?:was|were|is|are)(?:n['’]?t|\s+not)\s+able\s+to|did(?:n['’]?t|\s+not)\s+manage\s+to|fail(?:s|ed|ing)?\s+to)`;

/**
 * Not managing to sign in, said as an inability ("couldn't log in", "can't sign on", "unable to authenticate",
 * "weren't able to login"): a failed sign-in. Read with or without the apostrophe, and with "not" apart.
 */
const UNABLE_TO_SIGN_IN = new RegExp(
  String.raw`\b${COULD_NOT}\s+((?:sign|log)[\s-]?(?:in|on)|log(?:in|on)|signin|auth(?:enticate)?)(to)?\b`,
  'gi',
);

/**
 * Not managing to get into something, said of people ("couldn't get in", "could not get into the Payroll app",
 * "unable to get onto the VPN", "failed to get into their accounts"): a failed sign-in, unless what they could not get into is a place.
 */
const UNABLE_TO_GET_IN = new RegExp(
  String.raw`\b${COULD_NOT}\s+get\s+(in(?:to)?|on(?:to)?)\b(?!\s+(?:the\s+|their\s+|his\s+|her\s+|our\s+|a\s+)?(?:building|office|room|server\s+room|site|premises|door|gate|car\s*park|warehouse|depot|car|house|trouble|touch|contact|line|queue|time)s?\b)`,
  'gi',
);

/** Being refused, said as being "turned away": read as a failed sign-in where the question speaks of signing in. */
const TURNED_AWAY = /\b(?:was|were|is|are|been|being|got|get|gets|getting)\s+turned\s+away\b/gi;

/** A sign-in said or already read as one. */
const SIGN_IN_SAID = /\b(?:sign|log)[\s-]?(?:in|on)|\blog(?:in|on)s?\b|\bsignins?\b/i;

/**
 * The question with an inability to sign in written as the failure it is ("couldnt log in" → "failed to log in",
 * "unable to sign into" → "failed to sign in to", "could not get into Payroll" → "failed to sign in to Payroll"),
 * and, once a sign-in is spoken of, being "turned away" as failing to sign in.
 */
export function fixUnableToSignIn(text: string): string {
  const signedIn = text
    .replace(UNABLE_TO_SIGN_IN, (_m, verb: string, to: string | undefined) =>
      to ? `failed to ${verb} to` : `failed to ${verb}`,
    )
    .replace(UNABLE_TO_GET_IN, (_m, into: string) =>
      /to$/i.test(into) ? 'failed to sign in to' : 'failed to sign in',
    );
  return SIGN_IN_SAID.test(signedIn) ? signedIn.replace(TURNED_AWAY, 'failed to sign in') : signedIn;
}
