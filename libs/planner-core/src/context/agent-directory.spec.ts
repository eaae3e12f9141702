import { aDataAgent, aKnowledgeAgent } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from './agent-directory';

describe('buildAgentDirectory', () => {
  it('treats missing kinds as empty', () => {
    const directory = buildAgentDirectory({});

    expect(directory.knowledge).toEqual([]);
    expect(directory.data).toEqual([]);
    expect(directory.dataPlatforms).toEqual([]);
  });

  it('keeps the first of two agents with the same id and says so', () => {
    const directory = buildAgentDirectory({ data: [aDataAgent('kql'), aDataAgent('kql', { platform: 'spl' })] });

    expect(directory.data.map((a) => a.platform)).toEqual(['kql']);
    expect(directory.notes).toContain('duplicate agent kql_data ignored');
  });

  it('sets aside a data agent whose capabilities do not include generate_query', () => {
    const directory = buildAgentDirectory({ data: [aDataAgent('sql', { capabilities: ['ping'] })] });

    expect(directory.data).toEqual([]);
    expect(directory.notes).toContain('data agent sql_data lacks generate_query');
  });

  it('accepts an agent that lists no capabilities at all', () => {
    const directory = buildAgentDirectory({ knowledge: [aKnowledgeAgent('sop', { capabilities: undefined })] });

    expect(directory.knowledgeDomains).toEqual(['sop']);
  });

  it('normalizes platform and domain names and carries unknown ones through', () => {
    const directory = buildAgentDirectory({
      knowledge: [aKnowledgeAgent('Runbooks ')],
      data: [aDataAgent(' KQL'), aDataAgent('promql')],
    });

    expect(directory.dataPlatforms).toEqual(['kql', 'promql']);
    expect(directory.knowledgeDomains).toEqual(['runbooks']);
  });

  it('sets aside a data agent that names no platform', () => {
    const directory = buildAgentDirectory({ data: [aDataAgent('kql', { platform: '' })] });

    expect(directory.data).toEqual([]);
  });

  it('knows every agent id, planners included', () => {
    const directory = buildAgentDirectory({ planner: [{ agent_id: 'p' }], data: [aDataAgent('kql')] });

    expect([...directory.ids].sort()).toEqual(['kql_data', 'p']);
  });
});
