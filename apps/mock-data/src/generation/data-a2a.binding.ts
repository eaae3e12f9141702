import { RequestMalformedError } from '@a2a-js/sdk/errors';
import { CAPABILITY } from '@mesh/a2a-contracts';
import type { MeshAgentBinding } from '@mesh/nest-a2a';
import type { DataSettings } from '../config/data-settings';
import type { A2ATaskService } from './a2a-task.service';

/** The data agent's A2A binding: generate_query from a text question or a data part of generate_query parameters. */
export function dataA2ABinding(settings: DataSettings, tasks: A2ATaskService): MeshAgentBinding {
  return {
    card: {
      name: settings.agentName,
      description: `Writes ${settings.platform.toUpperCase()} queries over the tables it knows, from a question or a planner's analysis.`,
      version: '1.0.0',
      baseUrl: settings.url,
      apiKeyRequired: false,
      skills: [
        {
          id: CAPABILITY.generateQuery,
          name: 'Generate a query',
          description:
            `Writes a ${settings.platform} query. Send the question as text, or a data part ` +
            '{platform, query_analysis, use_knowledge?, knowledge?, natural_language?}. The artifact holds {platform, query, tables, notes}.',
          tags: ['query', settings.platform],
          examples: [
            'failed sign-ins in the last 24 hours by user',
            `{"platform": "${settings.platform}", "query_analysis": {}, "natural_language": "..."}`,
          ],
        },
      ],
    },
    artifactName: 'query',
    read: (message, taskId) => {
      const parameters =
        message.data ??
        (message.text
          ? { platform: settings.platform, query_analysis: {}, use_knowledge: false, natural_language: message.text }
          : undefined);
      if (!parameters)
        throw new RequestMalformedError(
          'The message needs a question: a text part, or a data part of generate_query parameters.',
        );
      return { task_id: taskId, action: CAPABILITY.generateQuery, parameters };
    },
    handle: (request) => tasks.handle(request),
  };
}
