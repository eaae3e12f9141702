import type { EntryMatch } from './catalog-matcher';
import type { ScoredPlatform } from './platform-scorer';
import { stems } from './text.util';
import { SHARED_PRODUCT_WORDS } from './vocabulary';

/** The platforms one request (or one segment of it) goes to, and how sure the choice is. */
export interface PlatformChoice {
  readonly chosen: readonly ScoredPlatform[];
  /** 0..1: high when the winner has strong evidence and a clear lead. */
  readonly confidence: number;
  /** Why the choice fell as it did when the evidence alone did not decide it. */
  readonly note?: string;
  /**
   * The store of the same kind the evidence could not separate from the one chosen (a close call settled by a lean,
   * the writing style, a vendor or a spelling, not by evidence): the other reading of the same request.
   */
  readonly alternative?: ScoredPlatform;
}

export interface ChoiceOptions {
  /** The question says two sources are meant ("compare", "correlate"). */
  readonly multiSource: boolean;
  /** Platforms the user prefers, lower-case. */
  readonly preferred: readonly string[];
  /** Platforms the question lists as where to look ("check both X and Y"; see listed-sources.ts): chosen as named. */
  readonly listed?: readonly string[];
}

export const CHOICE = {
  /** Below this, the winner is a guess (a lean, not evidence). */
  minEvidence: 1.5,
  /** When the question asks for two sources, a second platform needs this share of the winner's score and evidence of its own. */
  secondShare: 0.5,
  /** Score at which evidence counts as strong for confidence. */
  strongScore: 7,
  /**
   * A close call: the runner-up holds the same kind of data as the winner (both telemetry, say
   * Sentinel and Splunk), has catalog or product evidence of its own, and scores within this share
   * of the winner. The evidence alone does not separate them; whose vendor data the question names
   * decides, else the default lean (see TELEMETRY_SOURCE_LEANS), with low confidence either way.
   * A relative margin, so it means the same for short and long questions.
   */
  closeShare: 0.85,
  /**
   * The hedge: a close call within this share, naming no vendor, is truly balanced and both are
   * queried. Measured, a two-store answer is wrong on every question whose label is one store, so
   * the band is narrow.
   */
  hedgeShare: 0.97,
  /** Catalog evidence a platform needs to be hedged onto (a matched entry, not just words of its kind). */
  hedgeEvidence: 1,
  /** Weight at which a vocabulary cue names the platform's own product or language (KQL, Sentinel, Entra; Splunk, sourcetype, tstats, EventCode). */
  exclusiveCue: 2,
  /** Share of a catalog name the question must cover for the match to read as a reference to it rather than a shared word. */
  referenceCoverage: 0.5,
  /** A choice between two stores of one kind that neither names itself nor is named stays below this. */
  sameKindConfidence: 0.79,
  /** A hedged choice (a plan that covers both, not a finding) or a close call settled by the default lean stays below this. */
  hedgeConfidence: 0.55,
  /** A choice between two stores too close to separate, settled by whose data the question names: a lean, below this. */
  sourceConfidence: 0.6,
  /** Confidence of a choice the question makes itself by naming the platform(s). */
  namedConfidence: 0.9,
} as const;

/** Whether a platform's evidence includes a catalog entry the question names outright. */
function namesAnEntry(platform: ScoredPlatform): boolean {
  return platform.matches.some((m) => m.verbatim || m.fuzzy);
}

/** Evidence of the platform's own (a named entry or product vocabulary), not only a lean of its kind of data. */
function hasOwnEvidence(platform: ScoredPlatform): boolean {
  return namesAnEntry(platform) || platform.parts.vocabulary > 0;
}

const SHARED_PRODUCT_STEMS = new Set(SHARED_PRODUCT_WORDS.flatMap((phrase) => stems(phrase)));

/**
 * Whether an analyst would read the match as the question referring to that entry: the name
 * written out (or misspelt), or most of the name said through two words of its own or a word
 * written as a name only this platform's names hold (`Okta`, `CloudTrail`). One ordinary word
 * (`changes` → `Change`) or a product both platforms ingest (`PowerShell`, `O365`) is not.
 */
export function isReference(match: EntryMatch): boolean {
  if (match.verbatim || match.fuzzy) return true;
  if (match.coverage < CHOICE.referenceCoverage) return false;
  const own = match.evidenceStems.filter((stem) => !SHARED_PRODUCT_STEMS.has(stem));
  return own.length >= 2 || match.distinctiveStems.some((stem) => !SHARED_PRODUCT_STEMS.has(stem));
}

/**
 * Whether a winner's evidence can be trusted on its own: the question says the platform's own
 * product or language (KQL, Sentinel, Log Analytics; Splunk, SPL, sourcetype, tstats, CIM), or
 * refers to one of its catalog entries (see {@link isReference}). A win carried by ordinary
 * words and shared products is a weak one, whatever its margin.
 */
export function isTrustworthyWin(platform: ScoredPlatform): boolean {
  return platform.cues.some((cue) => cue.weight >= CHOICE.exclusiveCue) || platform.matches.some(isReference);
}

/** The question says the platform's own language or product, or writes one of its catalog names out. */
function namesItself(platform: ScoredPlatform): boolean {
  return platform.cues.some((cue) => cue.weight >= CHOICE.exclusiveCue) || namesAnEntry(platform);
}

/** The question says a cue only this platform's language or product has (EventCode, sourcetype; KQL, Sentinel). */
function saysOwnLanguage(platform: ScoredPlatform): boolean {
  return platform.cues.some((cue) => cue.weight >= CHOICE.exclusiveCue);
}

/**
 * Ranks a platform whose own language or product the question says above a higher-scoring one of the
 * same kind of data that the question does not name so: two stores of one kind hold the same tables by
 * other names, so what decides is the name of a field or product only one of them has.
 */
function promoteOwnLanguage(scored: readonly ScoredPlatform[]): readonly ScoredPlatform[] {
  const [top] = scored;
  if (!top || top.domain === null || saysOwnLanguage(top)) return scored;
  const own = scored.find((s) => s !== top && s.domain === top.domain && s.score > 0 && saysOwnLanguage(s));
  return own ? [own, ...scored.filter((s) => s !== own)] : scored;
}

/** Whether the question writes one of the platform's catalog names out as it is spelt (`CommonSecurityLog`, `aws:cloudtrail`). */
function writesAnEntryOut(platform: ScoredPlatform): boolean {
  return platform.matches.some((m) => m.verbatim);
}

/**
 * Ranks a platform whose catalog name the question writes out as an identifier ("HTTP traffic in CommonSecurityLog")
 * above a higher-scoring one of the same kind of data whose names it only says in ordinary words ("web", "http"): an
 * identifier of several words run together is not written by chance, it says where the data is. Not when the winner
 * says its own language or writes one of its own names out too.
 */
function promoteWrittenOut(scored: readonly ScoredPlatform[]): readonly ScoredPlatform[] {
  const [top] = scored;
  if (!top || top.domain === null || saysOwnLanguage(top) || writesAnEntryOut(top)) return scored;
  const own = scored.find(
    (s) => s !== top && s.domain === top.domain && s.score > 0 && writesAnEntryOut(s) && !saysOwnLanguage(top),
  );
  return own ? [own, ...scored.filter((s) => s !== own)] : scored;
}

/** Ranks the runner-up first when both hold a source the question names and it spells out the runner-up's further (see {@link betterSpelled}). */
function promoteSpelled(scored: readonly ScoredPlatform[]): readonly ScoredPlatform[] {
  const [top, second] = scored;
  if (!top || !second || top.domain === null || second.domain !== top.domain || saysOwnLanguage(top)) return scored;
  return betterSpelled(top, second) === second ? [second, top, ...scored.slice(2)] : scored;
}

/** Whether the runner-up is too close to the winner, on the same kind of data, for the evidence to separate them. */
function isClose(top: ScoredPlatform, second: ScoredPlatform | undefined): second is ScoredPlatform {
  if (!second || top.domain === null || second.domain !== top.domain) return false;
  // A weak win (ordinary words, a product both stores ingest) is not hedged: it is a choice with
  // low confidence (see sameKindConfidence), which a model may overrule; hedging it was wrong more often than not.
  const ownEvidence = (p: ScoredPlatform) => p.parts.entities >= CHOICE.hedgeEvidence || p.parts.vocabulary > 0;
  // The winner named by its own language or product, or a catalog name written out, against a
  // runner-up that is not: the evidence is not balanced, whatever the scores.
  if (namesItself(top) && !namesItself(second)) return false;
  return ownEvidence(top) && ownEvidence(second) && second.score >= CHOICE.closeShare * top.score;
}

/**
 * Most of one entry's own name words the question writes itself (see {@link EntryMatch.spelledStems}), among
 * the entries it refers to by a name only this store's names hold (`O365`, `Okta`): how plainly it names
 * this store's source for a product, not how many ordinary words (`process`, `endpoint`) a name shares.
 * -1 when it refers to no such entry.
 */
function spelledReference(platform: ScoredPlatform): number {
  return platform.matches.reduce(
    (most, m) => (m.distinctiveStems.length > 0 && isReference(m) ? Math.max(most, m.spelledStems.length) : most),
    -1,
  );
}

/**
 * Of two close stores that each hold a source the question names by a name of their own (both hold
 * Office 365 data: `OfficeActivity`, `o365:…`), the one whose entry it spells out further; null otherwise.
 */
function betterSpelled(a: ScoredPlatform, b: ScoredPlatform): ScoredPlatform | null {
  const [x, y] = [spelledReference(a), spelledReference(b)];
  if (x < 0 || y < 0 || x === y) return null;
  return x > y ? a : b;
}

/** Whether two platforms' evidence, the default lean left out, is within {@link CHOICE.hedgeShare} of each other. */
function isBalanced(a: ScoredPlatform, b: ScoredPlatform): boolean {
  const [x, y] = [a.score - a.parts.lean, b.score - b.parts.lean];
  return Math.min(x, y) >= CHOICE.hedgeShare * Math.max(x, y);
}

/**
 * A scored choice with a threshold: the best-scoring platform; a second one when the question
 * says two sources are meant and the second has evidence of its own, or when the two hold the
 * same kind of data and the evidence cannot separate them (the hedge); a fallback when
 * nothing scores at all. With a single platform available the choice itself is certain.
 */
export function choosePlatforms(ranked: readonly ScoredPlatform[], options: ChoiceOptions): PlatformChoice {
  const scored = promoteSpelled(promoteWrittenOut(promoteOwnLanguage(ranked)));
  const [top, second] = scored;
  if (!top) return { chosen: [], confidence: 0 };
  if (scored.length === 1) {
    // The only platform is the only choice, but not a finding: a question with nothing pointing at it stays unsure.
    const confidence = top.score <= 0 ? 0.2 : top.score < CHOICE.minEvidence ? 0.6 : 0.9;
    return { chosen: [top], confidence, note: 'the only platform available' };
  }
  // The question names a platform's product or store ("in Splunk", "Sentinel", "the sales database"):
  // that is decisive, and naming two means both are queried, whatever the other words score.
  // A question that asks to compare or correlate may also name a source of another kind by its own
  // tables or product ("the database … with Azure AD sign-in logs"): that store joins the named ones.
  const namedOnly = scored.filter((s) => s.cues.some((cue) => cue.names));
  const otherKind = (s: ScoredPlatform) =>
    namedOnly.every((n) => n.domain === null || s.domain === null || n.domain !== s.domain);
  // Without such a word, a store of another kind joins when the question names it as plainly as the named one:
  // its own product (Entra, Defender) and one of its tables ("the database … and their Entra ID sign-ins").
  const namedToo = (s: ScoredPlatform) =>
    options.multiSource || (namedOnly.length > 0 && saysOwnLanguage(s) && s.parts.entities >= CHOICE.hedgeEvidence);
  const alsoNamed = scored.filter(
    (s) => !namedOnly.includes(s) && s.score >= CHOICE.minEvidence && hasOwnEvidence(s) && otherKind(s) && namedToo(s),
  );
  const listed = scored.filter(
    (s) => options.listed?.includes(s.platform) && !namedOnly.includes(s) && !alsoNamed.includes(s),
  );
  const named = [...namedOnly, ...alsoNamed, ...listed];
  if (named.length > 0) {
    const which = named.map((s) => s.platform).join(' and ');
    return { chosen: named, confidence: CHOICE.namedConfidence, note: `the question names ${which}` };
  }
  if (top.score <= 0) {
    const preferred = scored.find((s) => options.preferred.includes(s.platform));
    return {
      chosen: [preferred ?? top],
      confidence: 0.2,
      note: preferred
        ? 'nothing in the question points anywhere; the user prefers it'
        : 'nothing in the question points anywhere',
    };
  }
  const chosen: ScoredPlatform[] = [top];
  const asked =
    options.multiSource &&
    second !== undefined &&
    second.score >= CHOICE.secondShare * top.score &&
    hasOwnEvidence(second) &&
    hasOwnEvidence(top);
  const close = !asked && isClose(top, second);
  // Evidence this close is settled by whose data it is, when the question names a vendor whose data
  // one of the two usually holds (see TELEMETRY_SOURCE_LEANS): a lean, so the choice stays unsure.
  // A store whose own catalog name the question spells out further than the other's (`Office 365 management
  // activity` → o365:management:activity) is where it says the data is: that settles it before whose vendor it is.
  const spelledBetter = close ? betterSpelled(top, second!) : null;
  if (spelledBetter) chosen[0] = spelledBetter;
  const settledBySource = close && !spelledBetter && top.sourceNamed !== second!.sourceNamed;
  if (settledBySource && second!.sourceNamed) chosen[0] = second!;
  // Otherwise only a true tie is hedged; a close call goes to the default lean, as a guess.
  // A tie below the evidence a finding needs, or carried by ordinary words alone ("any machine" → a table of each,
  // see isTrustworthyWin), is a guess, not a balance to hedge.
  const hedged =
    close &&
    !spelledBetter &&
    !settledBySource &&
    top.score >= CHOICE.minEvidence &&
    (isTrustworthyWin(top) || isTrustworthyWin(second!)) &&
    isBalanced(top, second!);
  const settledByLean = close && !spelledBetter && !settledBySource && !hedged;
  if (settledByLean && second!.parts.lean > top.parts.lean) chosen[0] = second!;
  // A request written as a detection rule's summary or as a hunting query names its vendor whichever store holds the
  // data: short of a true tie, how it is written says which store's content it is, before whose vendor it names or the
  // default lean.
  const settledByStyle = (settledBySource || settledByLean) && top.styled !== second!.styled && !chosen[0]!.styled;
  if (settledByStyle) chosen[0] = chosen[0] === top ? second! : top;
  if (asked || hedged) chosen.push(second!);

  const secondScore = chosen.length > 1 ? (scored[2]?.score ?? 0) : (second?.score ?? 0);
  const weakest = chosen[chosen.length - 1]!.score;
  const margin = weakest > 0 ? Math.max(0, (weakest - secondScore) / weakest) : 0;
  const strength = Math.min(1, weakest / CHOICE.strongScore);
  let confidence = 0.25 + 0.4 * margin + 0.35 * strength;
  if (top.score < CHOICE.minEvidence) confidence = Math.min(confidence, 0.45);
  if (hedged || settledByLean) confidence = Math.min(confidence, CHOICE.hedgeConfidence);
  if (settledBySource || settledByStyle || spelledBetter) confidence = Math.min(confidence, CHOICE.sourceConfidence);
  // Two stores of the same kind of data told apart by words alone: only the platform's own
  // language, product or a catalog name written out makes the choice a finding.
  if (
    !hedged &&
    second &&
    second.domain !== null &&
    second.domain === top.domain &&
    second.score > 0 &&
    !namesItself(top)
  ) {
    confidence = Math.min(confidence, CHOICE.sameKindConfidence);
  }
  const note = spelledBetter
    ? `${top.platform} and ${second!.platform} are too close to separate; the question spells out more of a ${spelledBetter.platform} source's name`
    : settledByStyle
      ? `${top.platform} and ${second!.platform} are too close to separate; the request is written the way ${chosen[0]!.platform}'s content is`
      : hedged
        ? `${top.platform} and ${second!.platform} hold the same kind of data and the evidence cannot separate them (within ${Math.round((1 - CHOICE.hedgeShare) * 100)}%): both are queried`
        : settledBySource
          ? `${top.platform} and ${second!.platform} are too close to separate; the question names a source whose data ${chosen[0]!.platform} usually holds`
          : settledByLean
            ? `${top.platform} and ${second!.platform} are too close to separate; a guess by the default lean`
            : top.score < CHOICE.minEvidence
              ? 'weak evidence: a lean rather than a finding'
              : undefined;
  const guessed = !hedged && (spelledBetter !== null || settledBySource || settledByLean || settledByStyle);
  const alternative = guessed ? (chosen[0] === top ? second : top) : undefined;
  return {
    chosen,
    confidence: Math.round(Math.min(0.97, confidence) * 100) / 100,
    note,
    ...(alternative ? { alternative } : {}),
  };
}
