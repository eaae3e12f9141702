import type { QueryComplexity, QueryIntent } from '@mesh/a2a-contracts';
import { cuesOf } from '../selection/knowledge-domains';
import { phrasesSaid, type QuestionReading } from './question-reader';

const INTENT_CUES: Readonly<Record<QueryIntent, readonly string[]>> = {
  security: [
    'attack',
    'malicious',
    'suspicious',
    'brute force',
    'phishing',
    'threat',
    'detect',
    'compromise',
    'login',
    'logon',
    'sign in',
    'privilege',
    'malware',
    'lateral',
    'exfiltration',
    'unauthorized',
    'credential',
    'ransomware',
    'exploit',
    'persistence',
    'adversary',
  ],
  diagnostic: [
    'error',
    'fail',
    'failure',
    'exception',
    'troubleshoot',
    'crash',
    'timeout',
    'why',
    'broken',
    'outage',
    'latency',
    'deadlock',
  ],
  monitoring: ['trend', 'over time', 'dashboard', 'rate', 'usage', 'health', 'monitor', 'spike', 'baseline'],
  analytics: [
    'how many',
    'average',
    'total',
    'revenue',
    'customer',
    'order',
    'highest',
    'lowest',
    'percentage',
    'ratio',
    'sales',
    'calculate',
    'list',
  ],
  investigation: ['investigate', 'trace', 'timeline', 'who', 'correlate', 'root cause', 'hunt'],
};

const AGGREGATION_CUES = [
  'count',
  'how many',
  'number of',
  'total',
  'sum',
  'average',
  'avg',
  'top',
  'most',
  'highest',
  'lowest',
  'distinct',
  'per',
  'group by',
  'maximum',
  'minimum',
  'percentage',
  'ratio',
  'summarise',
  'summarize',
];
const TIME_SERIES_CUES = [
  'over time',
  'trend',
  'per hour',
  'per day',
  'hourly',
  'daily',
  'timeline',
  'spike',
  'timechart',
  'each hour',
  'each day',
];
const JOIN_CUES = [
  'join',
  'correlate',
  'compare',
  'combined with',
  'along with',
  'together with',
  'match',
  'cross reference',
  'against',
];
// The words that point to each knowledge domain live in its row of the knowledge-domain table.
const PROCEDURAL_CUES = cuesOf('requires_sop');
const ERROR_CUES = cuesOf('requires_error_knowledge');
const SCHEMA_CUES = cuesOf('requires_schema');

/** The intent whose cues the question says most; investigation when none. */
export function detectIntent(reading: QuestionReading): QueryIntent {
  let best: QueryIntent = 'investigation';
  let bestScore = 0;
  for (const [intent, cues] of Object.entries(INTENT_CUES) as Array<[QueryIntent, readonly string[]]>) {
    const score = phrasesSaid(reading, cues).length;
    if (score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  return best;
}

export interface QueryShape {
  readonly isAggregation: boolean;
  readonly isTimeSeries: boolean;
  readonly hasJoins: boolean;
  readonly complexityFactors: string[];
  readonly complexity: QueryComplexity;
}

/** Aggregation, time series, joins and the complexity they add up to. */
export function describeShape(reading: QuestionReading, platformCount: number, tableCount: number): QueryShape {
  const isAggregation = phrasesSaid(reading, AGGREGATION_CUES).length > 0;
  const isTimeSeries = phrasesSaid(reading, TIME_SERIES_CUES).length > 0;
  const hasJoins = phrasesSaid(reading, JOIN_CUES).length > 0 || platformCount > 1 || tableCount > 1;
  const complexityFactors = [
    ...(platformCount > 1 ? ['multiple platforms'] : []),
    ...(hasJoins ? ['joins'] : []),
    ...(isAggregation ? ['aggregation'] : []),
    ...(isTimeSeries ? ['time series'] : []),
  ];
  const complexity: QueryComplexity =
    platformCount > 1 || complexityFactors.length >= 3
      ? 'complex'
      : complexityFactors.length >= 1
        ? 'moderate'
        : 'simple';
  return { isAggregation, isTimeSeries, hasJoins, complexityFactors, complexity };
}

export interface KnowledgeNeeds {
  readonly requiresSop: boolean;
  readonly requiresErrorKnowledge: boolean;
  readonly requiresSchema: boolean;
}

/** Which kinds of knowledge help: procedures, error explanations, schema notes. */
export function knowledgeNeeds(reading: QuestionReading, intent: QueryIntent, tableCount: number): KnowledgeNeeds {
  return {
    requiresSop:
      intent === 'diagnostic' ||
      intent === 'security' ||
      intent === 'investigation' ||
      phrasesSaid(reading, PROCEDURAL_CUES).length > 0,
    requiresErrorKnowledge: phrasesSaid(reading, ERROR_CUES).length > 0,
    requiresSchema: tableCount === 0 || phrasesSaid(reading, SCHEMA_CUES).length > 0,
  };
}
