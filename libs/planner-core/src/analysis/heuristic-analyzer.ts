import type { QueryAnalysis } from '@mesh/a2a-contracts';
import type { SchemaEntry } from '../context/schema-catalog';
import type { AnalyzerInput, HeuristicAnalysis, PlatformEvidence } from './analyzer.types';
import { indexCatalog, type CatalogIndex } from './catalog-index';
import { chosenTableColumns } from './constraints/column-mapper';
import { clauseAnalyses, requestedTimeRange } from './constraints/clause-constraints';
import { withComparedPeriods } from './constraints/compared-periods';
import { extractConstraints } from './constraints/extract-constraints';
import { fixOutcomeTypos } from './constraints/outcome-typos';
import { spellOutChatAnd } from './constraints/shortened-words';
import { describeShape, detectIntent, knowledgeNeeds } from './intent';
import { alsoLoggedTables } from './data-categories';
import { firmClauses } from './firm-clauses';
import { listedRequestsCut, listedSources, listedSourceTables, type ListedSource } from './listed-sources';
import { CHOICE, choosePlatforms, type PlatformChoice } from './platform-choice';
import { scorePlatforms, type ScoredPlatform } from './platform-scorer';
import { phrasesSaid, readQuestion, splitSegments } from './question-reader';
import { bridgingTables, familyLogs, referencedTables, sourcedTables } from './related-tables';
import { spelledAcronymEntries } from './spelled-acronym.util';
import { CHECKED_AGAINST, MULTI_SOURCE_CUES } from './vocabulary';

interface SegmentResult {
  readonly text: string;
  readonly scored: readonly ScoredPlatform[];
  readonly choice: PlatformChoice;
  /** The sources the segment lists as where to look, each with its platform. */
  readonly listed: readonly ListedSource[];
}

function preferredPlatforms(userContext: AnalyzerInput['userContext']): string[] {
  const value = userContext?.['preferred_platforms'];
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim().toLowerCase())
    : [];
}

/** One platform's evidence over all segments: its best score, every reason, the tables of the segments that chose it. */
function mergeEvidence(platform: string, segments: readonly SegmentResult[]): PlatformEvidence {
  const own = segments.map((s) => ({ segment: s, scored: s.scored.find((p) => p.platform === platform)! }));
  const choosing = own.filter(({ segment }) => segment.choice.chosen.some((c) => c.platform === platform));
  const best = own.reduce((a, b) => (b.scored.score > a.scored.score ? b : a));
  const sources = choosing.length > 0 ? choosing : [best];
  return {
    platform,
    score: Math.max(...own.map((o) => o.scored.score)),
    reasons: [...new Set(sources.flatMap((o) => o.scored.reasons))],
    tables: [...new Set(sources.flatMap((o) => o.scored.tables))],
  };
}

/**
 * A platform chosen because a source the question lists points at it ("check defender and the firewall")
 * reads the tables that name points at (the firewall's traffic, not a log whose name shares an ordinary word
 * with the question); unchanged when the name points at none of its tables.
 */
function listedFirst(
  evidence: PlatformEvidence,
  segments: readonly SegmentResult[],
  index: CatalogIndex,
  score: (reading: ReturnType<typeof readQuestion>) => readonly ScoredPlatform[],
): PlatformEvidence {
  const segment = segments.find(
    (s) =>
      s.choice.chosen.some((c) => c.platform === evidence.platform) &&
      s.listed.some((l) => l.platform === evidence.platform),
  );
  const source = segment?.listed.find((l) => l.platform === evidence.platform);
  if (!segment || !source) return evidence;
  const pointed = listedSourceTables(
    source.name,
    evidence.platform,
    index.byPlatform.get(evidence.platform) ?? [],
    score,
    readQuestion(segment.text),
    evidence.tables,
  );
  return pointed.length === 0 ? evidence : { ...evidence, tables: pointed };
}

/**
 * The two requests of a one-segment question that lists its two sources each with its own request ("DeleteBucket
 * in CloudTrail and role changes in the Entra audit log", see {@link listedRequestsCut}), each with the platform its
 * source points at, when those are the two platforms chosen; null otherwise.
 */
function listedRequests(
  segments: readonly SegmentResult[],
): Array<{ readonly text: string; readonly platform: string }> | null {
  const [only] = segments;
  if (segments.length !== 1 || only!.listed.length !== 2 || only!.choice.chosen.length !== 2) return null;
  const cut = listedRequestsCut(only!.text);
  const [first, second] = only!.listed;
  if (!cut || cut.names[0] !== first!.name || cut.names[1] !== second!.name) return null;
  if (!only!.choice.chosen.every((c) => c.platform === first!.platform || c.platform === second!.platform)) return null;
  const head = only!.text.slice(0, cut.cut).trim();
  const rest = only!.text
    .slice(cut.cut)
    .replace(/^[\s,]*(?:(?:and|or)\s+)?/i, '')
    .trim();
  return [
    { text: head, platform: first!.platform },
    { text: rest, platform: second!.platform },
  ];
}

/**
 * A chosen platform's tables plus the sourcetypes its macros and indexes read, and the tables its
 * top two point at through their columns (the joins).
 */
function withJoins(evidence: PlatformEvidence, index: CatalogIndex): PlatformEvidence {
  const entries = index.byPlatform.get(evidence.platform) ?? [];
  const sourced = sourcedTables(entriesNamed(evidence.tables, entries), entries);
  const top = entriesNamed(evidence.tables.slice(0, 2), entries);
  const bridges = bridgingTables(entriesNamed(evidence.tables.slice(0, 3), entries), entries);
  const joins = [...new Set([...bridges, ...referencedTables(top, entries)])].filter(
    (name) => !evidence.tables.includes(name),
  );
  const read = sourced.filter((name) => !evidence.tables.includes(name) && !joins.includes(name));
  if (joins.length === 0 && read.length === 0) return evidence;
  return {
    ...evidence,
    tables: [...evidence.tables, ...read, ...joins],
    reasons: [
      ...evidence.reasons,
      ...(read.length > 0 ? [`read through macros or indexes: ${read.join(', ')}`] : []),
      ...(joins.length > 0 ? [`joined through columns: ${joins.join(', ')}`] : []),
    ],
  };
}

/** The platform's entries of these names, in their order (names it lacks left out). */
function entriesNamed(names: readonly string[], entries: readonly SchemaEntry[]): SchemaEntry[] {
  return names.map((name) => entries.find((e) => e.name === name)!).filter(Boolean);
}

/**
 * A chosen platform's tables plus the other logs of the activity they record: the general log of each
 * family its specific logs belong to (see {@link familyLogs}) and the second log of a kind of activity
 * (see {@link alsoLoggedTables}). Named after the constraints are read: a query step is written against
 * the tables the question points at, and these are where a hunt looks next.
 */
function withOtherLogs(evidence: PlatformEvidence, index: CatalogIndex): PlatformEvidence {
  const entries = index.byPlatform.get(evidence.platform) ?? [];
  const chosen = entriesNamed(evidence.tables, entries);
  const others = [...new Set([...familyLogs(chosen, entries), ...alsoLoggedTables(chosen, entries)])];
  if (others.length === 0) return evidence;
  return {
    ...evidence,
    tables: [...evidence.tables, ...others],
    reasons: [...evidence.reasons, `the same activity's other logs: ${others.join(', ')}`],
  };
}

/**
 * A chosen platform's tables plus those whose name abbreviates a product the question spells out ("Azure DevOps" →
 * `ADO…`, see {@link spelledAcronymEntries}): no word of such a name is said, yet it names what the question is about.
 */
function withSpelledAcronyms(
  evidence: PlatformEvidence,
  index: CatalogIndex,
  text: string,
  said: ReadonlySet<string>,
): PlatformEvidence {
  const spelled = spelledAcronymEntries(text, index.byPlatform.get(evidence.platform) ?? [], said)
    .map((entry) => entry.name)
    .filter((name) => !evidence.tables.includes(name));
  if (spelled.length === 0) return evidence;
  return {
    ...evidence,
    tables: [...evidence.tables, ...spelled],
    reasons: [...evidence.reasons, `names spelt out as their acronyms: ${spelled.join(', ')}`],
  };
}

function explain(segments: readonly SegmentResult[], chosen: readonly string[]): string {
  const parts = segments.map((segment, index) => {
    const head =
      segments.length > 1
        ? `Request ${index + 1} ("${segment.text.slice(0, 60)}${segment.text.length > 60 ? '…' : ''}"): `
        : '';
    const picked = segment.choice.chosen.map(
      (p) =>
        `${p.platform} (score ${p.score}) because ${p.reasons.length > 0 ? p.reasons.join('; ') : 'nothing else scored'}`,
    );
    const others = segment.scored
      .filter((p) => !segment.choice.chosen.includes(p))
      .map((p) => `${p.platform} ${p.score}`)
      .join(', ');
    return `${head}${picked.join('; and ')}${others ? `; others: ${others}` : ''}${segment.choice.note ? ` (${segment.choice.note})` : ''}.`;
  });
  return chosen.length === 0 ? 'No data platform is available.' : parts.join(' ');
}

/**
 * The store of the same kind a request's evidence points at second, with its share of the winner's score, when it holds
 * at least {@link CHOICE.secondShare} of it and catalog evidence of its own; null otherwise.
 */
function sameKindRunnerUp(segment: SegmentResult): { other: ScoredPlatform; share: number } | null {
  const [top, second] = segment.scored;
  if (!top || !second || segment.choice.chosen.length !== 1 || segment.choice.chosen[0] !== top) return null;
  if (top.domain === null || second.domain !== top.domain || top.score <= 0) return null;
  const share = second.score / top.score;
  return share >= CHOICE.secondShare && second.parts.entities >= CHOICE.hedgeEvidence ? { other: second, share } : null;
}

/**
 * Separate requests joined in one question ("…; additionally, …") that all went to one store: one of them reads the
 * other store of that kind, when the evidence leaves it room. First a request settled by a guess between the two (see
 * {@link PlatformChoice.alternative}; the least sure guess), else the request whose runner-up of the same kind comes
 * closest (see {@link sameKindRunnerUp}). Two requests asked in one breath are most often asked of two sources; the
 * segments are returned unchanged when no request leaves that room.
 */
function otherStoreForRequests(segments: readonly SegmentResult[]): readonly SegmentResult[] {
  if (segments.length < 2) return segments;
  const platforms = new Set(segments.flatMap((s) => s.choice.chosen.map((p) => p.platform)));
  if (platforms.size !== 1) return segments;
  let pick: { segment: SegmentResult; other: ScoredPlatform } | undefined;
  for (const segment of segments)
    if (segment.choice.alternative && (!pick || segment.choice.confidence < pick.segment.choice.confidence))
      pick = { segment, other: segment.choice.alternative };
  let closest = 0;
  if (!pick)
    for (const segment of segments) {
      const runnerUp = sameKindRunnerUp(segment);
      if (runnerUp && runnerUp.share > closest) {
        closest = runnerUp.share;
        pick = { segment, other: runnerUp.other };
      }
    }
  if (!pick) return segments;
  const { segment, other } = pick;
  const note = `${segment.choice.note ?? `${other.platform} scores close behind`}; the other requests read ${[...platforms][0]}, so this one reads ${other.platform}`;
  const moved: SegmentResult = { ...segment, choice: { ...segment.choice, chosen: [other], note } };
  return segments.map((s) => (s === segment ? moved : s));
}

/**
 * The embedded heuristic analyzer: reads the question against the schema hints, the
 * platforms' descriptions and public product vocabulary, scores each available platform,
 * and chooses with a threshold. A question that makes two requests ("…; additionally, …")
 * is scored request by request.
 */
export function analyzeHeuristically(input: AnalyzerInput): HeuristicAnalysis {
  // "defender n sysmon": the chat "n" is "and", for the requests a question makes and the sources it lists.
  const text = spellOutChatAnd(input.naturalLanguage);
  const available = input.agents.dataPlatforms;
  const preferred = preferredPlatforms(input.userContext);
  // Misspelt business and outcome words ("invocies", "faild") are read as the word for routing too.
  const whole = readQuestion(fixOutcomeTypos(text));
  // The catalog is read once per request, however many requests the question makes.
  const said = new Set(whole.terms);
  for (const stem of whole.synonymTerms.keys()) said.add(stem);
  for (const stem of whole.nameStems) said.add(stem);
  const index = indexCatalog(input.catalog, available, said);
  const scoreAlone = (reading: ReturnType<typeof readQuestion>) =>
    scorePlatforms({ reading, catalog: input.catalog, platforms: available, preferred: [], index });
  const split = splitSegments(text);
  // Two clauses that each point firmly at a store of another kind are two requests.
  const pieces = split.length === 1 ? (firmClauses(text, scoreAlone) ?? split) : split;

  // A request repeated word for word is scored once.
  const scoredPieces = new Map<string, Omit<SegmentResult, 'text'>>();
  const scoredSegments: SegmentResult[] = pieces.map((piece) => {
    let result = scoredPieces.get(piece);
    if (!result) {
      const reading = pieces.length === 1 ? whole : readQuestion(piece);
      const scored = scorePlatforms({ reading, catalog: input.catalog, platforms: available, preferred, index });
      const listed = listedSources(piece, scoreAlone);
      const choice = choosePlatforms(scored, {
        multiSource: phrasesSaid(reading, MULTI_SOURCE_CUES).length > 0 || CHECKED_AGAINST.test(piece),
        preferred,
        listed: listed.map((source) => source.platform),
      });
      scoredPieces.set(piece, (result = { scored, choice, listed }));
    }
    return { text: piece, ...result };
  });

  const segments = otherStoreForRequests(scoredSegments);
  const chosen = [...new Set(segments.flatMap((s) => s.choice.chosen.map((p) => p.platform)))];
  const evidence = available.length === 0 ? [] : available.map((p) => mergeEvidence(p, segments));
  evidence.sort((a, b) => b.score - a.score || a.platform.localeCompare(b.platform));

  const chosenEvidence = chosen.map((p) =>
    withJoins(
      listedFirst(
        evidence.find((e) => e.platform === p)!,
        segments,
        index,
        scoreAlone,
      ),
      index,
    ),
  );
  // The constraints, the shape and the query steps read the tables the question points at; the plan names the
  // activity's other logs too.
  const named = chosenEvidence.map((own) => withSpelledAcronyms(withOtherLogs(own, index), index, text, said));
  for (const own of named) evidence[evidence.findIndex((e) => e.platform === own.platform)] = own;
  const tables = [...new Set(chosenEvidence.flatMap((e) => e.tables))];
  const fields = [
    ...new Set(
      segments.flatMap((s) =>
        s.choice.chosen.flatMap((p) =>
          p.matches.filter((m) => tables.includes(m.entry.name)).flatMap((m) => m.columns),
        ),
      ),
    ),
  ];
  const confidence =
    segments.length === 0 || chosen.length === 0 ? 0 : Math.min(...segments.map((s) => s.choice.confidence));

  const intent = detectIntent(whole);
  const shape = describeShape(whole, chosen.length, tables.length);
  const needs = knowledgeNeeds(whole, intent, tables.length);
  // "this week compared with last week": the window covers both periods, the constraints say where they part.
  const { range: timeRange, constraints } = withComparedPeriods(
    text,
    input.now,
    requestedTimeRange(text, input.now),
    extractConstraints({
      text,
      tables: chosenTableColumns(input.catalog, chosenEvidence),
      now: input.now,
    }),
  );
  // Two platforms asked for two things in two clauses: each data step reads its own clause.
  const clauses = clauseAnalyses({
    text,
    now: input.now,
    chosen,
    tablesOf: (platform) =>
      chosenTableColumns(
        input.catalog,
        chosenEvidence.filter((e) => e.platform === platform),
      ),
    whole: timeRange,
    pieces:
      listedRequests(segments) ??
      segments.flatMap((s) =>
        s.choice.chosen.length === 1 ? [{ text: s.text, platform: s.choice.chosen[0]!.platform }] : [],
      ),
  });
  for (const [platform, clause] of clauses) {
    const at = evidence.findIndex((e) => e.platform === platform);
    evidence[at] = { ...evidence[at]!, clause };
  }

  const analysis: QueryAnalysis = {
    intent,
    complexity: shape.complexity,
    required_platforms: chosen,
    confidence,
    reasoning: explain(segments, chosen).slice(0, 8000),
    entities: {
      tables: [...new Set(named.flatMap((e) => e.tables))],
      fields,
      time_range: timeRange?.description ?? null,
      time_window: timeRange?.window ?? null,
    },
    knowledge_requirements: {
      requires_sop: needs.requiresSop,
      requires_error_knowledge: needs.requiresErrorKnowledge,
      requires_schema: needs.requiresSchema,
    },
    query_characteristics: {
      is_aggregation: shape.isAggregation,
      is_time_series: shape.isTimeSeries,
      has_joins: shape.hasJoins,
      complexity_factors: shape.complexityFactors,
    },
    constraints,
  };
  return { analysis, evidence };
}
