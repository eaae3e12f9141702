import { RequestMalformedError } from '@a2a-js/sdk/errors';
import { CAPABILITY } from '@mesh/a2a-contracts';
import type { MeshAgentBinding } from '@mesh/nest-a2a';
import type { KnowledgeSettings } from '../config/knowledge-settings';
import { DEFAULT_TOP_K, type A2ATaskService } from './a2a-task.service';

/** The knowledge agent's A2A binding: retrieve_context from a text question or a data part {query, top_k?}. */
export function knowledgeA2ABinding(settings: KnowledgeSettings, tasks: A2ATaskService): MeshAgentBinding {
  return {
    card: {
      name: settings.agentName,
      description: `Finds the passages of the ${settings.domain} corpus that answer a question, best first.`,
      version: '1.0.0',
      baseUrl: settings.url,
      apiKeyRequired: false,
      skills: [
        {
          id: CAPABILITY.retrieveContext,
          name: 'Retrieve context',
          description: `Searches the ${settings.domain} corpus. Send the question as text, or a data part {query, top_k?}. The artifact holds {passages}.`,
          tags: ['knowledge', 'retrieval', settings.domain],
          examples: ['account keeps getting locked out', '{"query": "AADSTS50126", "top_k": 3}'],
        },
      ],
    },
    artifactName: 'passages',
    read: (message, taskId) => {
      const parameters =
        message.data ??
        (message.text ? { query: message.text, top_k: DEFAULT_TOP_K, domain: settings.domain } : undefined);
      if (!parameters)
        throw new RequestMalformedError('The message needs a question: a text part, or a data part {query, top_k?}.');
      return { task_id: taskId, action: CAPABILITY.retrieveContext, parameters };
    },
    handle: (request) => tasks.handle(request),
  };
}
