import type { QueryAnalysis } from '@mesh/a2a-contracts';
import { LIMITS } from '@mesh/a2a-contracts/wire';
import { aDataAgent, aKnowledgeAgent } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { DEFAULT_PLANNER_OPTIONS, resolvePlannerOptions } from '../planner-options';
import { selectAgents } from '../selection/agent-selector';
import { generateSteps, stepIdFor } from './plan-generator';

const analysis: QueryAnalysis = {
  intent: 'security',
  complexity: 'complex',
  required_platforms: ['kql', 'sql'],
  confidence: 0.8,
  reasoning: '',
  entities: { tables: ['SigninLogs', 'users'], fields: [], time_range: null },
  knowledge_requirements: { requires_sop: true, requires_error_knowledge: true, requires_schema: false },
  query_characteristics: { is_aggregation: false, is_time_series: false, has_joins: true, complexity_factors: [] },
};

function stepsFor(options = DEFAULT_PLANNER_OPTIONS) {
  const agents = buildAgentDirectory({
    knowledge: [aKnowledgeAgent('sop'), aKnowledgeAgent('errors')],
    data: [aDataAgent('kql'), aDataAgent('sql')],
  });
  const selection = selectAgents({ naturalLanguage: 'compare users with sign-ins', analysis, agents });
  return generateSteps({
    naturalLanguage: 'compare users with sign-ins',
    analysis,
    selection,
    options,
    evidence: [
      { platform: 'kql', score: 3, reasons: [], tables: ['SigninLogs'] },
      { platform: 'sql', score: 2, reasons: [], tables: ['users'] },
    ],
  });
}

describe('generateSteps', () => {
  it('makes knowledge steps with no dependencies and the seed parameters', () => {
    const knowledge = stepsFor().filter((s) => s.agent_type === 'knowledge');

    expect(knowledge.map((s) => s.depends_on)).toEqual([[], []]);
    expect(knowledge[0]!.parameters).toEqual({ query: 'compare users with sign-ins', top_k: 5, domain: 'errors' });
    expect(knowledge[0]!.action).toBe('retrieve_context');
  });

  it('makes one data step per platform that depends on every knowledge step', () => {
    const data = stepsFor().filter((s) => s.agent_type === 'data');

    expect(data.map((s) => s.step_id)).toEqual(['data_kql', 'data_sql']);
    for (const step of data) expect(step.depends_on).toEqual(['knowledge_0', 'knowledge_1']);
    expect(data[0]!.parameters).toMatchObject({ platform: 'kql', use_knowledge: true });
  });

  it('hands each data step only the tables of its own platform', () => {
    const data = stepsFor().filter((s) => s.agent_type === 'data');
    const tablesOf = (i: number) => (data[i]!.parameters['query_analysis'] as QueryAnalysis).entities.tables;

    expect(tablesOf(0)).toEqual(['SigninLogs']);
    expect(tablesOf(1)).toEqual(['users']);
  });

  it('takes timeouts and top_k from the options', () => {
    const steps = stepsFor(
      resolvePlannerOptions({ knowledgeStepTimeoutSeconds: 7, dataStepTimeoutSeconds: 11, knowledgeTopK: 3 }),
    );

    expect(steps.filter((s) => s.agent_type === 'knowledge').map((s) => s.timeout_seconds)).toEqual([7, 7]);
    expect(steps.filter((s) => s.agent_type === 'data').map((s) => s.timeout_seconds)).toEqual([11, 11]);
    expect(steps[0]!.parameters['top_k']).toBe(3);
  });
});

describe('stepIdFor', () => {
  it('keeps step ids to safe characters', () => {
    expect(stepIdFor('data', 'Azure Monitor/Logs')).toBe('data_azure_monitor_logs');
  });
});

describe('generateSteps at the plan-size limit', () => {
  const manyAgentsAnalysis: QueryAnalysis = {
    ...analysis,
    required_platforms: Array.from({ length: 30 }, (_, i) => `p${i}`),
  };

  function manyStepsFor(knowledgeCount: number, platforms: readonly string[]) {
    const selection = {
      selected: {
        knowledge_agents: Array.from({ length: knowledgeCount }, (_, i) => `k${i}`),
        data_agents: Object.fromEntries(platforms.map((p) => [p, `${p}_data`])),
        reasoning: '',
      },
      knowledgeDomains: new Map<string, string>(),
      platforms,
      dropped: [],
    };
    return generateSteps({
      naturalLanguage: 'q',
      analysis: manyAgentsAnalysis,
      selection,
      options: DEFAULT_PLANNER_OPTIONS,
    });
  }

  it('never makes more steps than optimize_plan accepts, keeping every data step', () => {
    const platforms = Array.from({ length: 30 }, (_, i) => `p${i}`);

    const steps = manyStepsFor(5000, platforms);

    expect(steps).toHaveLength(LIMITS.stepsMax);
    expect(steps.filter((s) => s.agent_type === 'data')).toHaveLength(30);
  });

  it('keeps step ids unique when many platforms share one id', () => {
    const platforms = Array.from(
      { length: 2000 },
      (_, i) => `x${'!'.repeat(i % 7)}${i % 2 ? '?' : '#'}`.slice(0, 1) + '-'.repeat(i),
    );

    const steps = manyStepsFor(0, platforms);

    expect(steps).toHaveLength(LIMITS.stepsMax);
    expect(new Set(steps.map((s) => s.step_id)).size).toBe(LIMITS.stepsMax);
  });
});

describe('generateSteps with clauses', () => {
  const question = 'Did erin log on to the VPN this morning, and are her loans overdue?';
  const none = {
    filters: [],
    measure: null,
    group_by: [],
    having: null,
    time_bucket: null,
    order: null,
    limit: null,
    inactivity: null,
  };
  const overdue = {
    ...none,
    filters: [
      {
        kind: 'status' as const,
        operator: 'eq' as const,
        values: ['overdue'],
        field: 'status',
        currency: null,
        expression: 'overdue',
      },
    ],
  };

  function clauseSteps() {
    const both: QueryAnalysis = {
      ...analysis,
      entities: { ...analysis.entities, time_range: 'this morning' },
      constraints: { ...overdue, filters: [...overdue.filters] },
    };
    const agents = buildAgentDirectory({ knowledge: [], data: [aDataAgent('kql'), aDataAgent('sql')] });
    const selection = selectAgents({ naturalLanguage: question, analysis: both, agents });
    return generateSteps({
      naturalLanguage: question,
      analysis: both,
      selection,
      options: DEFAULT_PLANNER_OPTIONS,
      evidence: [
        { platform: 'kql', score: 3, reasons: [], tables: ['SigninLogs'] },
        {
          platform: 'sql',
          score: 2,
          reasons: [],
          tables: ['users'],
          clause: { text: 'and are her loans overdue?', constraints: overdue, timeRange: null, timeWindow: null },
        },
      ],
    });
  }

  it("hands a data step its own clause's constraints, window and words", () => {
    const sql = clauseSteps().find((s) => s.parameters['platform'] === 'sql')!;
    const analysisOf = sql.parameters['query_analysis'] as QueryAnalysis;

    expect([analysisOf.entities.time_range, analysisOf.constraints, sql.parameters['natural_language']]).toEqual([
      null,
      overdue,
      'and are her loans overdue?',
    ]);
  });

  it('keeps the whole question for a step without a clause of its own', () => {
    const kql = clauseSteps().find((s) => s.parameters['platform'] === 'kql')!;

    expect([
      (kql.parameters['query_analysis'] as QueryAnalysis).entities.time_range,
      kql.parameters['natural_language'],
    ]).toEqual(['this morning', question]);
  });
});
