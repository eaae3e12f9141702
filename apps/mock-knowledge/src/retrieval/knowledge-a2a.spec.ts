import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ClientFactory } from '@a2a-js/sdk/client';
import { AgentCard, Role, TaskState, type Task } from '@a2a-js/sdk';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';

describe('mock-knowledge over the official A2A bindings', () => {
  const saved = { ...process.env };
  let app: NestExpressApplication;
  let base: string;

  beforeAll(async () => {
    Object.assign(process.env, { LOG_LEVEL: 'silent', KNOWLEDGE_DOMAIN: 'sop' });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }));
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await app.close();
    process.env = saved;
  });

  it('publishes a card with the retrieve_context skill and answers a text question with passages (SDK client)', async () => {
    const card = AgentCard.fromJSON(await (await fetch(`${base}/.well-known/agent-card.json`)).json());
    expect(card.skills.map((s) => s.id)).toEqual(['retrieve_context']);
    // The card names the configured URL (AGENT_URL or HOST:PORT); talk to where the test app listens.
    const client = await new ClientFactory().createFromAgentCard({
      ...card,
      supportedInterfaces: card.supportedInterfaces.map((i) => ({ ...i, url: i.url.replace(/^http:\/\/[^/]+/, base) })),
    });

    const task = (await client.sendMessage({
      tenant: '',
      message: {
        messageId: 'k-1',
        contextId: '',
        taskId: '',
        role: Role.ROLE_USER,
        parts: [
          {
            content: { $case: 'text', value: 'account keeps getting locked out' },
            mediaType: 'text/plain',
            filename: '',
            metadata: undefined,
          },
        ],
        metadata: undefined,
        extensions: [],
        referenceTaskIds: [],
      },
      configuration: undefined,
      metadata: undefined,
    })) as Task;

    expect(task.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
    const content = task.artifacts[0]?.parts[0]?.content;
    expect(content?.$case === 'data' && content.value.passages.length).toBeGreaterThan(0);
  });
});
