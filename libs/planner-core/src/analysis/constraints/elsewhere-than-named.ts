import type { ConstraintFilter } from '@mesh/a2a-contracts';

/**
 * "did the file show up on any other machine?", "seen anywhere else?", "which other accounts used it?": the
 * one host or account the question names is the one to leave out, not the one to look at. A list that goes on
 * with the others ("WS-7 and other hosts") keeps the name.
 */
const ELSEWHERE: ReadonlyArray<readonly [ConstraintFilter['kind'], RegExp]> = [
  [
    'host',
    /(?<!\b(?:and|or|plus|&)\s+(?:any\s+|some\s+|the\s+|all\s+)?)\b(?:any\s+|some\s+|the\s+|which\s+)?other\s+(?:devices?|hosts?|machines?|endpoints?|computers?|workstations?|servers?|laptops?|boxes)\b|\b(?:elsewhere|anywhere\s+else)\b/i,
  ],
  [
    'user',
    /(?<!\b(?:and|or|plus|&)\s+(?:any\s+|some\s+|the\s+|all\s+)?)\b(?:any\s+|some\s+|the\s+|which\s+)?other\s+(?:users?|accounts?|people|identities)\b|\b(?:anyone|anybody|someone|somebody)\s+else\b/i,
  ],
];

/** The opposite of an operator that keeps the values named. */
const LEFT_OUT: Partial<Record<ConstraintFilter['operator'], ConstraintFilter['operator']>> = {
  eq: 'neq',
  in: 'not_in',
};

/**
 * The filters with the one host or account the question names turned into one to leave out when the question
 * asks about the others ("on any other device"); unchanged otherwise.
 */
export function elsewhereThanNamed(text: string, filters: readonly ConstraintFilter[]): ConstraintFilter[] {
  const out = [...filters];
  for (const [kind, pattern] of ELSEWHERE) {
    const named = out.filter((f) => f.kind === kind);
    const only = named.length === 1 ? named[0]! : null;
    const flipped = only ? LEFT_OUT[only.operator] : undefined;
    if (!only || !flipped || !pattern.test(text)) continue;
    out[out.indexOf(only)] = { ...only, operator: flipped };
  }
  return out;
}
