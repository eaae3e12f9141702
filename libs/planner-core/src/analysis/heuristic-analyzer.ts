import type { QueryAnalysis, QueryComplexity, QueryIntent } from '@mesh/a2a-contracts';
import type { SchemaEntry } from '../context/schema-catalog';
import type { AnalyzerInput, HeuristicAnalysis, PlatformEvidence } from './analyzer.types';
import { splitWords, stemWord } from './text.util';
import { resolveTimeRange } from './time-range.util';

/** Product and language vocabulary that points at a platform (public names, not schema). */
const PLATFORM_VOCABULARY: Record<string, readonly string[]> = {
  kql: ['kql', 'kusto', 'sentinel', 'log analytics', 'azure monitor', 'defender', 'advanced hunting', 'entra', 'azure ad', 'aad', 'microsoft 365', 'm365'],
  spl: ['splunk', 'spl', 'sourcetype', 'index', 'cim', 'tstats', 'data model', 'datamodel', 'add-on'],
  sql: ['sql', 'database', 'db', 'table', 'rows', 'records'],
};

const INTENT_CUES: Record<QueryIntent, readonly string[]> = {
  security: ['attack', 'malicious', 'suspicious', 'brute', 'phish', 'threat', 'detect', 'compromise', 'login', 'logon', 'sign-in', 'signin', 'privilege', 'malware', 'lateral', 'exfiltration', 'unauthorized', 'credential'],
  diagnostic: ['error', 'fail', 'failure', 'exception', 'troubleshoot', 'crash', 'timeout', 'why', 'broken', 'outage', 'latency', 'deadlock'],
  monitoring: ['trend', 'over time', 'dashboard', 'rate', 'usage', 'health', 'monitor', 'spike', 'baseline'],
  analytics: ['how many', 'average', 'total', 'revenue', 'customer', 'order', 'highest', 'lowest', 'percentage', 'ratio', 'budget', 'sales'],
  investigation: ['investigate', 'trace', 'timeline', 'who', 'correlate', 'root cause', 'hunt'],
};

const AGGREGATION_CUES = ['count', 'how many', 'number of', 'total', 'sum', 'average', 'avg', 'top', 'most', 'highest', 'lowest', 'distinct', 'per ', 'group', 'maximum', 'minimum', 'percentage', 'ratio'];
const TIME_SERIES_CUES = ['over time', 'trend', 'per hour', 'per day', 'hourly', 'daily', 'timeline', 'spike', 'timechart', 'bin'];
const JOIN_CUES = ['join', 'correlate', 'compare', 'combined with', 'along with', 'together with', 'match', 'cross-reference', 'against'];
const MULTI_PLATFORM_CUES = ['compare', 'correlate', 'cross-reference', 'together with', 'against', '; additionally', 'additionally'];
const PROCEDURAL_CUES = ['how to', 'how do', 'steps', 'runbook', 'procedure', 'remediate', 'respond', 'playbook', 'sop', 'fix', 'resolve', 'mitigate'];
const ERROR_CUES = ['error', 'fail', 'failure', 'failed', 'exception', 'code', '5xx', '500', '503', 'timeout', 'denied', 'aadsts', 'deadlock', 'crash'];
const SCHEMA_CUES = ['schema', 'column', 'field', 'table', 'which table'];

function hasCue(text: string, cues: readonly string[]): string[] {
  return cues.filter((cue) => (cue.includes(' ') || cue.includes('-') ? text.includes(cue) : new RegExp(`\\b${cue}`).test(text)));
}

interface EntryMatch {
  readonly entry: SchemaEntry;
  readonly score: number;
  readonly why: string;
  readonly fields: string[];
}

/** Catalog entries the question names, verbatim or word by word. */
function matchEntries(text: string, questionStems: ReadonlySet<string>, entries: readonly SchemaEntry[]): EntryMatch[] {
  const lower = text.toLowerCase();
  const matches: EntryMatch[] = [];
  for (const entry of entries) {
    const name = entry.name.toLowerCase();
    const words = splitWords(entry.name).map(stemWord);
    let score = 0;
    let why = '';
    if (name.length >= 3 && lower.includes(name)) {
      score = 3;
      why = `names "${entry.name}"`;
    } else if (words.length > 0 && words.every((w) => questionStems.has(w)) && words.join('').length >= 4) {
      score = 1 + Math.min(1, words.length / 3);
      why = `mentions ${words.join(' ')} (${entry.name})`;
    }
    if (score === 0) continue;
    const fields = entry.columns.filter((c) => c.length >= 3 && lower.includes(c.toLowerCase()));
    matches.push({ entry, score: score + Math.min(1, fields.length * 0.25), why, fields });
  }
  return matches;
}

function detectIntent(lower: string): QueryIntent {
  let best: QueryIntent = 'investigation';
  let bestScore = 0;
  for (const [intent, cues] of Object.entries(INTENT_CUES) as Array<[QueryIntent, readonly string[]]>) {
    const score = hasCue(lower, cues).length;
    if (score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  return best;
}

function preferredPlatforms(userContext: AnalyzerInput['userContext']): string[] {
  const value = userContext?.['preferred_platforms'];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase()) : [];
}

/**
 * The embedded heuristic analyzer: reads the question against the schema hints, the agents'
 * descriptors and public product vocabulary, and scores each available platform.
 */
export function analyzeHeuristically(input: AnalyzerInput): HeuristicAnalysis {
  const text = input.naturalLanguage;
  const lower = text.toLowerCase();
  const questionStems = new Set(splitWords(text).map(stemWord));
  const available = input.agents.dataPlatforms;

  const evidence: PlatformEvidence[] = available.map((platform) => {
    const reasons: string[] = [];
    let score = 0;
    const schema = input.catalog.platforms.get(platform);
    const matches = schema ? matchEntries(text, questionStems, schema.entries) : [];
    for (const match of matches) {
      score += match.score;
      reasons.push(match.why);
    }
    const vocabulary = hasCue(lower, PLATFORM_VOCABULARY[platform] ?? [platform]);
    if (vocabulary.length > 0) {
      score += 1.5 * vocabulary.length;
      reasons.push(`vocabulary: ${vocabulary.join(', ')}`);
    }
    if (preferredPlatforms(input.userContext).includes(platform)) {
      score += 0.5;
      reasons.push('preferred by the user');
    }
    return { platform, score, reasons, tables: matches.map((m) => m.entry.name) };
  });
  evidence.sort((a, b) => b.score - a.score || a.platform.localeCompare(b.platform));

  const intent = detectIntent(lower);
  const multi = hasCue(lower, MULTI_PLATFORM_CUES).length > 0;
  const top = evidence[0];
  let chosen: PlatformEvidence[] = [];
  if (top && top.score > 0) {
    const cut = multi ? 0.25 * top.score : 0.6 * top.score;
    chosen = evidence.filter((e) => e.score > 0 && e.score >= cut);
    if (!multi) chosen = chosen.slice(0, 1);
  } else if (available.length > 0) {
    const preferred = preferredPlatforms(input.userContext).find((p) => available.includes(p));
    const fallback = preferred ?? (intent === 'analytics' && available.includes('sql') ? 'sql' : available.includes('kql') ? 'kql' : available[0]!);
    chosen = evidence.filter((e) => e.platform === fallback);
  }

  const timeRange = resolveTimeRange(text, input.now);
  const tables = [...new Set(chosen.flatMap((e) => e.tables))];
  const fields: string[] = [];
  for (const platform of chosen) {
    const schema = input.catalog.platforms.get(platform.platform);
    for (const entry of schema?.entries ?? []) {
      if (!platform.tables.includes(entry.name)) continue;
      for (const column of entry.columns) if (column.length >= 3 && lower.includes(column.toLowerCase()) && !fields.includes(column)) fields.push(column);
    }
  }
  const aggregation = hasCue(lower, AGGREGATION_CUES).length > 0;
  const timeSeries = hasCue(lower, TIME_SERIES_CUES).length > 0;
  const joins = hasCue(lower, JOIN_CUES).length > 0 || chosen.length > 1 || tables.length > 1;
  const factors = [
    ...(chosen.length > 1 ? ['multiple platforms'] : []),
    ...(joins ? ['joins'] : []),
    ...(aggregation ? ['aggregation'] : []),
    ...(timeSeries ? ['time series'] : []),
  ];
  const complexity: QueryComplexity = chosen.length > 1 || factors.length >= 3 ? 'complex' : factors.length >= 1 ? 'moderate' : 'simple';

  const topScore = top?.score ?? 0;
  const second = evidence[1]?.score ?? 0;
  const margin = topScore > 0 ? (topScore - second) / topScore : 0;
  const confidence = topScore === 0 ? 0.35 : Math.min(0.95, 0.5 + 0.1 * Math.min(topScore, 3) + 0.15 * margin);

  const reasoning =
    chosen.length === 0
      ? 'No data platform is available.'
      : chosen.map((e) => `${e.platform}: ${e.reasons.length ? e.reasons.join('; ') : 'no direct evidence, chosen as the default for this intent'}`).join('. ') + '.';

  const analysis: QueryAnalysis = {
    intent,
    complexity,
    required_platforms: chosen.map((e) => e.platform),
    confidence: Math.round(confidence * 100) / 100,
    reasoning,
    entities: {
      tables,
      fields,
      time_range: timeRange?.description ?? null,
      time_window: timeRange?.window ?? null,
    },
    knowledge_requirements: {
      requires_sop: intent === 'diagnostic' || intent === 'security' || intent === 'investigation' || hasCue(lower, PROCEDURAL_CUES).length > 0,
      requires_error_knowledge: hasCue(lower, ERROR_CUES).length > 0,
      requires_schema: tables.length === 0 || hasCue(lower, SCHEMA_CUES).length > 0,
    },
    query_characteristics: { is_aggregation: aggregation, is_time_series: timeSeries, has_joins: joins, complexity_factors: factors },
  };
  return { analysis, evidence };
}
