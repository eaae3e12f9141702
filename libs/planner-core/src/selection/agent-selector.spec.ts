import type { QueryAnalysis } from '@mesh/a2a-contracts';
import { aDataAgent, aKnowledgeAgent } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { PlannerErrorCode, PlannerException } from '../planner.exception';
import { selectAgents } from './agent-selector';

function anAnalysis(
  overrides: Partial<QueryAnalysis> = {},
  needs: Partial<QueryAnalysis['knowledge_requirements']> = {},
): QueryAnalysis {
  return {
    intent: 'diagnostic',
    complexity: 'simple',
    required_platforms: ['kql'],
    confidence: 0.8,
    reasoning: '',
    entities: { tables: [], fields: [], time_range: null },
    knowledge_requirements: { requires_sop: false, requires_error_knowledge: false, requires_schema: false, ...needs },
    query_characteristics: { is_aggregation: false, is_time_series: false, has_joins: false, complexity_factors: [] },
    ...overrides,
  };
}

const fullMesh = () =>
  buildAgentDirectory({
    knowledge: [aKnowledgeAgent('sop'), aKnowledgeAgent('errors'), aKnowledgeAgent('wiki')],
    data: [aDataAgent('kql'), aDataAgent('spl'), aDataAgent('sql')],
  });

describe('selectAgents', () => {
  it('chooses the SOP agent for a procedural question', () => {
    const outcome = selectAgents({
      naturalLanguage: 'how do I unlock an account',
      analysis: anAnalysis({}, { requires_sop: true }),
      agents: fullMesh(),
    });

    expect(outcome.selected.knowledge_agents).toEqual(['sop_knowledge']);
  });

  it('adds the error-knowledge agent when errors are in play', () => {
    const outcome = selectAgents({
      naturalLanguage: 'why do sign-ins fail with AADSTS50126',
      analysis: anAnalysis({}, { requires_sop: true, requires_error_knowledge: true }),
      agents: fullMesh(),
    });

    expect(outcome.selected.knowledge_agents.sort()).toEqual(['errors_knowledge', 'sop_knowledge']);
  });

  it('chooses one data agent per required platform', () => {
    const outcome = selectAgents({
      naturalLanguage: 'q',
      analysis: anAnalysis({ required_platforms: ['kql', 'sql'] }),
      agents: fullMesh(),
    });

    expect(outcome.selected.data_agents).toEqual({ kql: 'kql_data', sql: 'sql_data' });
    expect(outcome.platforms).toEqual(['kql', 'sql']);
  });

  it('picks the first agent by id among several for one platform, whatever the listing order, and explains it', () => {
    const agents = buildAgentDirectory({
      data: [aDataAgent('kql', { agent_id: 'kql_b' }), aDataAgent('kql', { agent_id: 'kql_a' })],
    });

    const outcome = selectAgents({ naturalLanguage: 'q', analysis: anAnalysis(), agents });

    expect(outcome.selected.data_agents).toEqual({ kql: 'kql_a' });
    expect(outcome.selected.reasoning).toContain('first by agent_id of 2');
  });

  it('drops a needed platform with no agent and says why', () => {
    const agents = buildAgentDirectory({ data: [aDataAgent('kql')] });

    const outcome = selectAgents({
      naturalLanguage: 'q',
      analysis: anAnalysis({ required_platforms: ['kql', 'sql'] }),
      agents,
    });

    expect(outcome.platforms).toEqual(['kql']);
    expect(outcome.dropped).toEqual([{ platform: 'sql', reason: 'no available data agent serves sql' }]);
    expect(outcome.selected.reasoning).toContain('sql dropped');
  });

  it('fails with NO_DATA_AGENTS when there is no data agent at all', () => {
    const agents = buildAgentDirectory({ knowledge: [aKnowledgeAgent('sop')] });

    expect(() => selectAgents({ naturalLanguage: 'q', analysis: anAnalysis(), agents })).toThrow(
      expect.objectContaining({ code: PlannerErrorCode.NoDataAgents }) as PlannerException,
    );
  });

  it('fails with NO_PLATFORM_AVAILABLE when no agent serves any needed platform', () => {
    const agents = buildAgentDirectory({ data: [aDataAgent('spl')] });

    expect(() =>
      selectAgents({ naturalLanguage: 'q', analysis: anAnalysis({ required_platforms: ['sql'] }), agents }),
    ).toThrow(expect.objectContaining({ code: PlannerErrorCode.NoPlatformAvailable }) as PlannerException);
  });

  it('never selects an excluded agent', () => {
    const agents = buildAgentDirectory({ data: [aDataAgent('kql'), aDataAgent('kql', { agent_id: 'kql_backup' })] });

    const outcome = selectAgents({
      naturalLanguage: 'q',
      analysis: anAnalysis(),
      agents,
      exclude: new Set(['kql_data']),
    });

    expect(outcome.selected.data_agents).toEqual({ kql: 'kql_backup' });
  });

  it('selects an agent of an unknown domain when the question is about it', () => {
    const agents = buildAgentDirectory({
      knowledge: [aKnowledgeAgent('sop'), aKnowledgeAgent('kubernetes', { agent_name: 'Kubernetes cluster runbooks' })],
      data: [aDataAgent('kql')],
    });

    const outcome = selectAgents({
      naturalLanguage: 'pods crashlooping in the kubernetes cluster',
      analysis: anAnalysis(),
      agents,
    });

    expect(outcome.selected.knowledge_agents).toContain('kubernetes_knowledge');
  });

  it('ignores an agent of an unknown domain that has nothing to do with the question', () => {
    const agents = buildAgentDirectory({
      knowledge: [aKnowledgeAgent('sop'), aKnowledgeAgent('payroll', { agent_name: 'Payroll handbook' })],
      data: [aDataAgent('kql')],
    });

    const outcome = selectAgents({
      naturalLanguage: 'failed sign-ins',
      analysis: anAnalysis({}, { requires_sop: true }),
      agents,
    });

    expect(outcome.selected.knowledge_agents).toEqual(['sop_knowledge']);
  });

  it('falls back to the SOP agent when no domain stands out', () => {
    const outcome = selectAgents({ naturalLanguage: 'count rows', analysis: anAnalysis(), agents: fullMesh() });

    expect(outcome.selected.knowledge_agents).toEqual(['sop_knowledge']);
  });

  it('plans without knowledge steps when there are no knowledge agents', () => {
    const agents = buildAgentDirectory({ data: [aDataAgent('kql')] });

    const outcome = selectAgents({ naturalLanguage: 'q', analysis: anAnalysis({}, { requires_sop: true }), agents });

    expect(outcome.selected.knowledge_agents).toEqual([]);
  });
});
