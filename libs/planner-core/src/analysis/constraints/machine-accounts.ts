import { scan, type SpanSet, type ValueHit } from './value-hit';

/**
 * Machine (computer) accounts left out ("excl machine accts ($)", "excluding computer accounts", "no machine accounts",
 * "non-machine accounts", "ignoring accounts ending in $"): Windows names a computer's account after the computer with
 * a closing `$` (`WS-042$`), so what is left are the names that do not end with it.
 */
const MACHINE_ACCOUNTS_LEFT_OUT =
  /\b(?:excluding|excl\.?|exclude|except(?:\s+for)?|without|not|no|ignor(?:e|ing)|other\s+than|apart\s+from|aside\s+from|leav(?:e|ing)\s+out|minus|filter(?:ing)?\s+out|drop(?:ping)?|skip(?:ping)?)\s+(?:the\s+|any\s+|all\s+)?(?:(?:machine|computer)[\s-]+(?:accounts?|accts?|names?|users?)|(?:accounts?|accts?|names?|users?)\s+(?:ending|that\s+end)\s+(?:in|with)\s+(?:a\s+)?["'`]?\$["'`]?)(?:\s*\(\s*\$\s*\))?|\bnon[\s-]?(?:machine|computer)\s+(?:accounts?|accts?|users?)\b/gi;

/** The suffix of every machine account's name, as a wildcard pattern: names ending with `$`. */
const MACHINE_ACCOUNT_PATTERN = '*$';

/**
 * Machine accounts left out (see {@link MACHINE_ACCOUNTS_LEFT_OUT}): a user filter that leaves out the names ending with
 * `$`. At most one.
 */
export function readMachineAccountsLeftOut(text: string, taken: SpanSet): ValueHit[] {
  const hits: ValueHit[] = [];
  scan(
    text,
    MACHINE_ACCOUNTS_LEFT_OUT,
    taken,
    (m) => ({
      kind: 'user',
      value: MACHINE_ACCOUNT_PATTERN,
      start: m.index,
      end: m.index + m[0].length,
      operator: 'neq',
    }),
    hits,
  );
  return hits.slice(0, 1);
}
