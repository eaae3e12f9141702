import { agentCardJson, buildAgentCard, type AgentCardOptions } from './agent-card.builder';

const options: AgentCardOptions = {
  name: 'Planner',
  description: 'Plans',
  version: '2.0.0',
  baseUrl: 'https://mesh.example.com/planner/',
  skills: [
    {
      id: 'create_plan',
      name: 'Create a plan',
      description: 'd',
      tags: ['planning'],
      examples: ['Show failed sign-ins'],
    },
  ],
  apiKeyRequired: false,
};

describe('buildAgentCard', () => {
  it('names JSON-RPC then HTTP+JSON at protocol 1.0 under the base URL, without its trailing slash', () => {
    const card = agentCardJson(buildAgentCard(options)) as { supportedInterfaces: unknown[] };

    expect(card.supportedInterfaces).toEqual([
      { url: 'https://mesh.example.com/planner/a2a/jsonrpc', protocolBinding: 'JSONRPC', protocolVersion: '1.0' },
      { url: 'https://mesh.example.com/planner/a2a/rest', protocolBinding: 'HTTP+JSON', protocolVersion: '1.0' },
    ]);
  });

  it('declares no security without an API key', () => {
    const card = agentCardJson(buildAgentCard(options)) as Record<string, unknown>;

    expect(card['securitySchemes'] ?? {}).toEqual({});
    expect(card['securityRequirements'] ?? []).toEqual([]);
  });

  it('declares the bearer and x-api-key schemes, either one sufficing, when an API key is configured', () => {
    const card = agentCardJson(buildAgentCard({ ...options, apiKeyRequired: true })) as Record<
      string,
      Record<string, unknown>
    >;

    expect(card['securitySchemes']).toEqual({
      bearer: { httpAuthSecurityScheme: expect.objectContaining({ scheme: 'Bearer' }) },
      apiKey: { apiKeySecurityScheme: expect.objectContaining({ location: 'header', name: 'x-api-key' }) },
    });
    expect(card['securityRequirements']).toHaveLength(2);
  });

  it('turns on streaming and keeps the skills with their examples', () => {
    const card = buildAgentCard(options);

    expect(card.capabilities).toMatchObject({ streaming: true, pushNotifications: false });
    expect(card.skills[0]).toMatchObject({ id: 'create_plan', examples: ['Show failed sign-ins'] });
  });
});
