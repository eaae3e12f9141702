import { AgentCard, type AgentSkill, type SecurityRequirement, type SecurityScheme } from '@a2a-js/sdk';
import { A2A_PATHS, A2A_PROTOCOL_VERSION } from './a2a-paths';

/** One skill of an agent's card, in the terms the mesh uses. */
export interface MeshSkill {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly examples: readonly string[];
}

export interface AgentCardOptions {
  readonly name: string;
  readonly description: string;
  readonly version: string;
  /** The URL clients reach the agent at (the public one behind a proxy or in containers), without a trailing slash. */
  readonly baseUrl: string;
  readonly skills: readonly MeshSkill[];
  /** When set, the card declares the API key schemes (`Authorization: Bearer` and `x-api-key`). */
  readonly apiKeyRequired: boolean;
  readonly provider?: { readonly organization: string; readonly url: string };
}

/** The media types every agent of the mesh reads and writes: a question as text, parameters and results as JSON. */
export const MESH_MEDIA_TYPES = ['text/plain', 'application/json'] as const;

const DEFAULT_PROVIDER = { organization: 'Agent mesh', url: 'https://github.com/a2aproject/A2A' };

function skillOf(skill: MeshSkill): AgentSkill {
  return {
    id: skill.id,
    name: skill.name,
    description: skill.description,
    tags: [...skill.tags],
    examples: [...skill.examples],
    inputModes: [...MESH_MEDIA_TYPES],
    outputModes: ['application/json'],
    securityRequirements: [],
  };
}

/**
 * The agent card, in the SDK's (protobuf-generated) shape: JSON-RPC first, then HTTP+JSON, both
 * at protocol version 1.0 under `baseUrl`; streaming on, push notifications off.
 */
export function buildAgentCard(options: AgentCardOptions): AgentCard {
  const base = options.baseUrl.replace(/\/+$/, '');
  const security: { securitySchemes: Record<string, SecurityScheme>; securityRequirements: SecurityRequirement[] } =
    options.apiKeyRequired
      ? {
          securitySchemes: {
            bearer: {
              scheme: {
                $case: 'httpAuthSecurityScheme' as const,
                value: { description: 'The API key as a bearer token.', scheme: 'Bearer', bearerFormat: '' },
              },
            },
            apiKey: {
              scheme: {
                $case: 'apiKeySecurityScheme' as const,
                value: { description: 'The API key in a header.', location: 'header', name: 'x-api-key' },
              },
            },
          },
          // Either scheme is enough: one requirement per scheme.
          securityRequirements: [{ schemes: { bearer: { list: [] } } }, { schemes: { apiKey: { list: [] } } }],
        }
      : { securitySchemes: {}, securityRequirements: [] };
  return {
    name: options.name,
    description: options.description,
    version: options.version,
    provider: { ...(options.provider ?? DEFAULT_PROVIDER) },
    supportedInterfaces: [
      {
        url: `${base}${A2A_PATHS.jsonRpc}`,
        protocolBinding: 'JSONRPC',
        tenant: '',
        protocolVersion: A2A_PROTOCOL_VERSION,
      },
      {
        url: `${base}${A2A_PATHS.rest}`,
        protocolBinding: 'HTTP+JSON',
        tenant: '',
        protocolVersion: A2A_PROTOCOL_VERSION,
      },
    ],
    capabilities: { streaming: true, pushNotifications: false, extensions: [], extendedAgentCard: false },
    ...security,
    defaultInputModes: [...MESH_MEDIA_TYPES],
    defaultOutputModes: ['application/json', 'text/plain'],
    skills: options.skills.map(skillOf),
    signatures: [],
  };
}

/** The card as it goes on the wire (camelCase JSON, enums and oneofs in their JSON form). */
export function agentCardJson(card: AgentCard): unknown {
  return AgentCard.toJSON(card);
}
