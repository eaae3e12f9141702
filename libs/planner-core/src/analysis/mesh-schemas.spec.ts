import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fullMeshAgents } from '@mesh/a2a-contracts/testing';
import { buildAgentDirectory } from '../context/agent-directory';
import { readSchemaCatalog } from '../context/schema-catalog';
import { analyzeHeuristically } from './heuristic-analyzer';

const NOW = new Date('2025-03-10T12:00:00Z');
const SCHEMAS = resolve(__dirname, '../../../../apps/mock-data/schemas');

/** The mesh's own data agents' schemas, as a caller would pass them in `schema_hints`. */
function meshHints(): Record<string, unknown> {
  const read = (platform: string): unknown => JSON.parse(readFileSync(resolve(SCHEMAS, `${platform}.json`), 'utf8'));
  return { kql: read('kql'), spl: read('spl'), sql: read('sql') };
}

function route(question: string): readonly string[] {
  const agents = buildAgentDirectory(fullMeshAgents());
  const catalog = readSchemaCatalog(meshHints(), agents.data);
  return analyzeHeuristically({ naturalLanguage: question, catalog, agents, now: NOW }).analysis.required_platforms;
}

describe('routing on the mesh schemas (apps/mock-data/schemas)', () => {
  it('sends Entra sign-ins from one address to the Sentinel workspace', () => {
    expect(route('List the sign-ins that came from 203.0.113.7 in the past day')).toEqual(['kql']);
  });

  it('sends directory role assignments to the Sentinel workspace', () => {
    expect(route('Who was given a privileged directory role assignment this week?')).toEqual(['kql']);
  });

  it('keeps newly created Windows accounts (event 4720) off the business database', () => {
    expect(route('Show Windows accounts created yesterday, event 4720')).not.toContain('sql');
  });

  it('keeps SharePoint file downloads off the business database', () => {
    expect(route('Which users downloaded the most files from SharePoint last month?')).not.toContain('sql');
  });

  it('sends web requests answered with status 500 to Splunk', () => {
    expect(route('Count web requests that returned HTTP status 500 per URL')).toEqual(['spl']);
  });

  it('still sends a question about customer orders to the business database', () => {
    expect(route('What is the total of orders per customer segment this quarter?')).toEqual(['sql']);
  });
});
