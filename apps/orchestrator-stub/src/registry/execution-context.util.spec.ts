import { aDataAgent, aKnowledgeAgent, aPlannerAgent } from '@mesh/a2a-contracts/testing';
import { agentKind, availableAgentsOf, buildExecutionContext, schemaHintsOf } from './execution-context.util';

describe('agentKind', () => {
  it('reads the kind from the capabilities', () => {
    expect(agentKind(aPlannerAgent())).toBe('planner');
    expect(agentKind(aKnowledgeAgent('sop'))).toBe('knowledge');
    expect(agentKind(aDataAgent('kql'))).toBe('data');
  });

  it('falls back on platform or domain for an agent that lists no capabilities', () => {
    expect(agentKind({ agent_id: 'x', platform: 'promql' })).toBe('data');
    expect(agentKind({ agent_id: 'y', knowledge_domain: 'kubernetes' })).toBe('knowledge');
  });

  it('leaves out an agent whose kind nobody knows', () => {
    expect(agentKind({ agent_id: 'z', capabilities: ['summarize'] })).toBeUndefined();
  });
});

describe('availableAgentsOf', () => {
  it('groups descriptors into planner, knowledge and data without schema or url', () => {
    const kql = aDataAgent('kql', { schema: { tables: {} }, url: 'http://127.0.0.1:9201' });

    expect(
      availableAgentsOf([aPlannerAgent(), aKnowledgeAgent('sop'), kql, { agent_id: 'odd', capabilities: [] }]),
    ).toEqual({
      planner: [aPlannerAgent()],
      knowledge: [aKnowledgeAgent('sop')],
      data: [aDataAgent('kql')],
    });
  });

  it('keeps the first descriptor of an agent_id', () => {
    const groups = availableAgentsOf([aDataAgent('kql'), aDataAgent('kql', { agent_name: 'second' })]);

    expect(groups.data).toEqual([aDataAgent('kql')]);
  });

  it('returns empty groups for no agents', () => {
    expect(availableAgentsOf([])).toEqual({ planner: [], knowledge: [], data: [] });
  });
});

describe('schemaHintsOf', () => {
  it('puts each data agent schema under its platform', () => {
    const hints = schemaHintsOf([
      aDataAgent('kql', { schema: { tables: { SigninLogs: ['UserPrincipalName'] } } }),
      aDataAgent('SQL', { schema: { tables: { users: ['id'] } } }),
    ]);

    expect(hints).toEqual({
      kql: { tables: { SigninLogs: ['UserPrincipalName'] } },
      sql: { tables: { users: ['id'] } },
    });
  });

  it('unwraps a schema that is already keyed by its platform', () => {
    expect(schemaHintsOf([aDataAgent('spl', { schema: { spl: { indexes: { main: [] } } } })])).toEqual({
      spl: { indexes: { main: [] } },
    });
  });

  it('merges two agents of one platform', () => {
    const hints = schemaHintsOf([
      aDataAgent('kql', { schema: { tables: { A: ['x'] }, sourcetypes: ['s1'] } }),
      aDataAgent('kql', { agent_id: 'kql_2', schema: { tables: { A: ['y'], B: ['z'] }, sourcetypes: ['s1', 's2'] } }),
    ]);

    expect(hints).toEqual({ kql: { tables: { A: ['x', 'y'], B: ['z'] }, sourcetypes: ['s1', 's2'] } });
  });

  it('ignores agents without a platform or a usable schema', () => {
    const deep = JSON.parse('{"a":'.repeat(30) + '1' + '}'.repeat(30)) as Record<string, unknown>;

    expect(
      schemaHintsOf([
        { agent_id: 'x', schema: { tables: {} } },
        aDataAgent('kql'),
        aDataAgent('sql', { schema: deep }),
      ]),
    ).toEqual({});
  });

  it('ignores a schema with a prototype key', () => {
    expect(schemaHintsOf([aDataAgent('kql', { schema: JSON.parse('{"tables": {"__proto__": {"x": 1}}}') })])).toEqual(
      {},
    );
  });
});

describe('buildExecutionContext', () => {
  it('holds the journey id, the agents, the schema hints and the user context', () => {
    const context = buildExecutionContext({
      journeyId: 'j-9',
      descriptors: [aPlannerAgent(), aKnowledgeAgent('sop'), aDataAgent('kql', { schema: { tables: { T: [] } } })],
      userContext: { role: 'analyst' },
    });

    expect(context).toEqual({
      journey_id: 'j-9',
      current_state: 'planning',
      state_history_count: 0,
      available_agents: { planner: [aPlannerAgent()], knowledge: [aKnowledgeAgent('sop')], data: [aDataAgent('kql')] },
      user_context: { role: 'analyst' },
      schema_hints: { kql: { tables: { T: [] } } },
    });
  });

  it('leaves out empty schema hints and a missing user context', () => {
    const context = buildExecutionContext({ journeyId: 'j', descriptors: [aDataAgent('kql')] });

    expect(context).not.toHaveProperty('schema_hints');
    expect(context).not.toHaveProperty('user_context');
  });
});
