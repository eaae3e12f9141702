import type { ScoredPlatform } from './platform-scorer';

/** The platforms one request (or one segment of it) goes to, and how sure the choice is. */
export interface PlatformChoice {
  readonly chosen: readonly ScoredPlatform[];
  /** 0..1: high when the winner has strong evidence and a clear lead. */
  readonly confidence: number;
  /** Why the choice fell as it did when the evidence alone did not decide it. */
  readonly note?: string;
}

export interface ChoiceOptions {
  /** The question says two sources are meant ("compare", "correlate"). */
  readonly multiSource: boolean;
  /** Platforms the user prefers, lower-case. */
  readonly preferred: readonly string[];
}

export const CHOICE = {
  /** Below this, the winner is a guess (a lean, not evidence). */
  minEvidence: 1.5,
  /** A second platform needs this share of the winner's score, and a table of its own named outright. */
  secondShare: 0.6,
  /** Score at which evidence counts as strong for confidence. */
  strongScore: 7,
} as const;

/** Whether a platform's evidence includes a catalog entry the question names outright. */
function namesAnEntry(platform: ScoredPlatform): boolean {
  return platform.matches.some((m) => m.verbatim || m.fuzzy);
}

/**
 * A scored choice with a threshold: the best-scoring platform; a second one only when the
 * question says two sources are meant and the second has evidence of its own; a fallback
 * when nothing scores at all.
 */
export function choosePlatforms(scored: readonly ScoredPlatform[], options: ChoiceOptions): PlatformChoice {
  const [top, second] = scored;
  if (!top) return { chosen: [], confidence: 0 };
  if (top.score <= 0) {
    const preferred = scored.find((s) => options.preferred.includes(s.platform));
    return { chosen: [preferred ?? top], confidence: 0.2, note: preferred ? 'nothing in the question points anywhere; the user prefers it' : 'nothing in the question points anywhere' };
  }
  const chosen: ScoredPlatform[] = [top];
  if (options.multiSource && second && second.score >= CHOICE.secondShare * top.score && namesAnEntry(second) && namesAnEntry(top)) chosen.push(second);

  const secondScore = chosen.length > 1 ? (scored[2]?.score ?? 0) : (second?.score ?? 0);
  const weakest = chosen[chosen.length - 1]!.score;
  const margin = weakest > 0 ? Math.max(0, (weakest - secondScore) / weakest) : 0;
  const strength = Math.min(1, weakest / CHOICE.strongScore);
  let confidence = 0.25 + 0.4 * margin + 0.35 * strength;
  if (top.score < CHOICE.minEvidence) confidence = Math.min(confidence, 0.45);
  return {
    chosen,
    confidence: Math.round(Math.min(0.97, confidence) * 100) / 100,
    note: top.score < CHOICE.minEvidence ? 'weak evidence: a lean rather than a finding' : undefined,
  };
}
