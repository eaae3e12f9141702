import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { isApiAction, isServiceEndpoint, readServiceCalls, saysApiAction } from './api-action.util';
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

describe('isServiceEndpoint', () => {
  it("reads an AWS service's endpoint, regional or not, as one", () => {
    expect(['ssm.amazonaws.com', 'ECR.amazonaws.com', 'sqs.ap-south-2.amazonaws.com'].every(isServiceEndpoint)).toBe(
      true,
    );
  });

  it('does not read another domain or a bare product name as one', () => {
    expect(['amazonaws.com', 'shop.example.com', 'amazon', 'ssm.amazonaws.com.evil.io'].some(isServiceEndpoint)).toBe(
      false,
    );
  });

  it('makes a question that writes an endpoint say an API action', () => {
    expect(saysApiAction(['denied', 'calls', 'to', 'ssm.amazonaws.com'])).toBe(true);
  });
});

describe('readServiceCalls', () => {
  it('reads a one-word call written after its service, in any case of the service', () => {
    expect(readServiceCalls('principals doing SQS Publish or lambda Invoke at night')).toEqual([
      { action: 'Publish', start: 21 },
      { action: 'Invoke', start: 39 },
    ]);
  });

  it('does not read a lower-case verb or a word that is no API verb after the service', () => {
    expect(readServiceCalls('s3 buckets, kms keys we delete, sts delete')).toEqual([]);
  });

  it('reads a call written as a policy writes it ("sns:Publish")', () => {
    expect(readServiceCalls('grants of sns:Publish')).toEqual([{ action: 'Publish', start: 14 }]);
  });

  it('makes a question say an API action', () => {
    expect(saysApiAction(['iam', 'Detach'], 'anyone doing iam Detach today')).toBe(true);
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

  it('reads a one-word call after its service as the audit trail too', () => {
    expect(route('which keys did kms Encrypt over 40 times this week')).toEqual(['spl']);
  });

  it("reads a service's endpoint as the audit trail, not as the business table a word beside it names", () => {
    expect(route('which groups reached ssm.amazonaws.com most often this week')).toEqual(['spl']);
  });

  it('leaves the same nouns said as ordinary words to the database', () => {
    expect(route('how many groups have more than ten keys')).toEqual(['sql']);
  });
});
