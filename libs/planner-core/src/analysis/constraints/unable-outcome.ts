/**
 * Not managing to sign in, said as an inability ("couldn't log in", "can't sign on", "unable to authenticate",
 * "weren't able to login"): a failed sign-in. Read with or without the apostrophe, and with "not" apart.
 */
const UNABLE_TO_SIGN_IN =
  /\b(?:could(?:n['’]?t|\s+not)|can(?:['’]?t|not|\s+not)|(?:(?:was|were|is|are|am)\s+)?unable\s+to|(?:was|were|is|are)(?:n['’]?t|\s+not)\s+able\s+to|did(?:n['’]?t|\s+not)\s+manage\s+to)\s+((?:sign|log)[\s-]?(?:in|on)|log(?:in|on)|signin|auth(?:enticate)?)(to)?\b/gi;

/**
 * The question with an inability to sign in written as the failure it is ("couldnt log in" → "failed to log in",
 * "unable to sign into" → "failed to sign in to").
 */
export function fixUnableToSignIn(text: string): string {
  return text.replace(UNABLE_TO_SIGN_IN, (_m, verb: string, to: string | undefined) =>
    to ? `failed to ${verb} to` : `failed to ${verb}`,
  );
}
