import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { isApiAction, saysApiAction } from './api-action.util';
import { analyzeHeuristically } from './heuristic-analyzer';

describe('isApiAction', () => {
  it('reads a verb followed by capitalised nouns as a cloud API action', () => {
    expect(
      ['DetachRolePolicy', 'PutBucketAcl', 'StopLogging', 'GetSecretValue', 'DescribeKeyPairs'].every(isApiAction),
    ).toBe(true);
  });

  it('keeps an acronym inside the name ("GetObjectACL", "CreateSAMLProvider")', () => {
    expect(isApiAction('GetObjectACL')).toBe(true);
    expect(isApiAction('CreateSAMLProvider')).toBe(true);
  });

  it('does not read a bare verb, a past tense, a product or a lower-case word as an action', () => {
    expect(
      ['Delete', 'Deleted', 'PowerShell', 'SharePoint', 'createuser', 'Create-User', 'FileDownloaded'].some(
        isApiAction,
      ),
    ).toBe(false);
  });

  it('finds an action among the tokens of a question', () => {
    expect(saysApiAction(['who', 'called', 'RevokeSecurityGroupIngress'])).toBe(true);
    expect(saysApiAction(['who', 'called', 'support'])).toBe(false);
  });
});

describe('routing a question that writes a cloud API action', () => {
  /** An invented catalog: a business table named by the action's noun, and a cloud audit trail. */
  const hints = {
    kql: { description: 'Log Analytics workspace', tables: { TurnstileGateEvents: ['TimeGenerated', 'GateId'] } },
    spl: { description: 'Splunk', sourcetypes: ['aws:cloudtrail'] },
    sql: {
      description: 'Relational database of a bakery chain',
      tables: { groups: ['group_id', 'group_name'], keys: ['key_id', 'holder'] },
    },
  };

  function route(question: string): readonly string[] {
    const agents = buildAgentDirectory(fullMeshAgents());
    const catalog = readSchemaCatalog(hints, agents.data);
    return analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: new Date('2025-03-10T12:00:00Z') })
      .analysis.required_platforms;
  }

  it('reads the action as a call the audit trail records, not as the business table its noun names', () => {
    expect(route('DeleteGroup or CreateAccessKey calls from 192.0.2.44 since friday')).toEqual(['spl']);
  });

  it('leaves the same nouns said as ordinary words to the database', () => {
    expect(route('how many groups have more than ten keys')).toEqual(['sql']);
  });
});
