import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

const ENV_KEYS = [
  'LOG_LEVEL',
  'DATA_PLATFORM',
  'AGENT_ID',
  'AGENT_NAME',
  'AGENT_URL',
  'PORT',
  'HOST',
  'DATA_SCHEMA_FILE',
  'BODY_LIMIT',
];

async function startApp(env: Record<string, string>): Promise<NestExpressApplication> {
  for (const key of ENV_KEYS) delete process.env[key];
  Object.assign(process.env, { LOG_LEVEL: 'silent' }, env);
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = configureApp(
    moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false }),
  );
  await app.init();
  return app;
}

const ANALYSIS = {
  intent: 'security',
  complexity: 'simple',
  required_platforms: ['kql'],
  confidence: 0.9,
  reasoning: '',
  entities: {
    tables: ['SigninLogs'],
    fields: ['UserPrincipalName'],
    time_range: 'last 24 hours',
    time_window: {
      expression: 'last 24 hours',
      start: '2024-05-01T00:00:00Z',
      end: '2024-05-02T00:00:00Z',
      duration_seconds: 86400,
    },
  },
  knowledge_requirements: { requires_sop: true, requires_error_knowledge: false, requires_schema: true },
  query_characteristics: { is_aggregation: true, is_time_series: false, has_joins: false, complexity_factors: [] },
};

const task = (parameters: Record<string, unknown>, action = 'generate_query') => ({
  task_id: 't-9',
  agent_id: 'kql_data',
  action,
  parameters,
});

describe('mock-data over HTTP (kql)', () => {
  const saved = { ...process.env };
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await startApp({ DATA_PLATFORM: 'kql' });
  });
  afterAll(async () => {
    await app.close();
    process.env = saved;
  });

  it('should answer generate_query with a KQL query, its tables and notes', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send(
        task({
          platform: 'kql',
          query_analysis: ANALYSIS,
          use_knowledge: true,
          knowledge: [
            {
              id: 'entra-sign-in-failures',
              title: 'Investigating Entra ID Sign-In Failures',
              source: 'corpus/sop/entra-sign-in-failures.md',
              text: '...',
              score: 12.5,
            },
          ],
          natural_language: 'Show failed sign-ins for admins in the last 24 hours',
        }),
      )
      .expect(200);
    expect(response.body).toMatchObject({
      task_id: 't-9',
      agent_id: 'kql_data',
      status: 'completed',
      result: { platform: 'kql', tables: ['SigninLogs'] },
    });
    expect(response.body.result.query).toBe(
      [
        'SigninLogs',
        '| where TimeGenerated > ago(24h)',
        '| where ResultType != "0"',
        '| summarize count() by UserPrincipalName',
        '| order by count_ desc',
      ].join('\n'),
    );
    expect(response.body.result.notes.join('\n')).toContain('Investigating Entra ID Sign-In Failures');
  });

  it('should honour the constraints of the analysis: values, threshold, top-N', async () => {
    const constraints = {
      filters: [
        {
          kind: 'ip',
          operator: 'eq',
          values: ['203.0.113.7'],
          field: 'IPAddress',
          currency: null,
          expression: 'from 203.0.113.7',
        },
      ],
      measure: { kind: 'count', of: null, field: null },
      group_by: [{ kind: 'user', field: 'UserPrincipalName' }],
      having: { operator: 'gt', value: 5 },
      time_bucket: null,
      order: { by: 'measure', direction: 'desc' },
      limit: 10,
      inactivity: null,
    };
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send(
        task({
          platform: 'kql',
          query_analysis: { ...ANALYSIS, constraints },
          natural_language: 'users with more than 5 sign-ins from 203.0.113.7',
        }),
      )
      .expect(200);
    expect(response.body.result.query).toBe(
      [
        'SigninLogs',
        '| where TimeGenerated > ago(24h)',
        '| where IPAddress == "203.0.113.7"',
        '| summarize count() by UserPrincipalName',
        '| where count_ > 5',
        '| top 10 by count_ desc',
      ].join('\n'),
    );
  });

  it('should describe its columns with their types on GET /a2a/agent', async () => {
    const response = await request(app.getHttpServer()).get('/a2a/agent').expect(200);
    expect(response.body.schema.tables.SecurityEvent).toMatchObject({ TimeGenerated: 'datetime', EventID: 'int' });
  });

  it('should answer 200 with a note for a table the schema lacks', async () => {
    const analysis = { ...ANALYSIS, entities: { ...ANALYSIS.entities, tables: ['Foo'] } };
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send(task({ platform: 'kql', query_analysis: analysis, use_knowledge: false }))
      .expect(200);
    expect(response.body.status).toBe('completed');
    expect(response.body.result.notes).toContain('table Foo is not in the kql schema; the query uses it as written');
  });

  it('should answer a minimal analysis by picking a table from the question', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send(task({ platform: 'KQL', query_analysis: {}, natural_language: 'Azure resource operations by caller' }))
      .expect(200);
    expect(response.body.result.tables).toEqual(['AzureActivity']);
  });

  it('should refuse a platform other than its own with 400 VALIDATION_ERROR', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send(task({ platform: 'sql', query_analysis: ANALYSIS }))
      .expect(400);
    expect(response.body).toMatchObject({
      task_id: 't-9',
      status: 'failed',
      error: { code: 'VALIDATION_ERROR', details: [{ property: 'parameters.platform' }] },
    });
  });

  it.each([
    ['a missing query_analysis', { platform: 'kql' }],
    ['a query_analysis that is not an object', { platform: 'kql', query_analysis: 'tables' }],
    ['a use_knowledge that is not a boolean', { platform: 'kql', query_analysis: {}, use_knowledge: 'yes' }],
    [
      'a knowledge passage without an id',
      { platform: 'kql', query_analysis: {}, knowledge: [{ title: 't', source: 's', text: 'x', score: 1 }] },
    ],
    ['a missing platform', { query_analysis: {} }],
  ])('should refuse %s with 400 VALIDATION_ERROR', async (_label, parameters) => {
    const response = await request(app.getHttpServer()).post('/a2a/task').send(task(parameters)).expect(400);
    expect(response.body).toMatchObject({ status: 'failed', error: { code: 'VALIDATION_ERROR' } });
  });

  it('should refuse an unknown action with 400 UNKNOWN_ACTION', async () => {
    const response = await request(app.getHttpServer())
      .post('/a2a/task')
      .send(task({}, 'retrieve_context'))
      .expect(400);
    expect(response.body).toMatchObject({ task_id: 't-9', status: 'failed', error: { code: 'UNKNOWN_ACTION' } });
  });

  it('should describe itself with its schema on GET /a2a/agent', async () => {
    const response = await request(app.getHttpServer()).get('/a2a/agent').expect(200);
    expect(response.body).toMatchObject({
      agent_id: 'kql_data',
      agent_name: 'KQL Data Agent',
      capabilities: ['generate_query'],
      platform: 'kql',
      url: 'http://127.0.0.1:9201',
    });
    expect(Object.keys(response.body.schema.tables)).toEqual(
      expect.arrayContaining(['SigninLogs', 'SecurityEvent', 'DeviceProcessEvents']),
    );
  });

  it('should be live and ready', async () => {
    await request(app.getHttpServer()).get('/health').expect(200);
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { schema: { status: 'up', platform: 'kql', entries: 7 } } });
  });
});

describe('mock-data over HTTP (configured by env)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('should serve sql with a validated query and port 9203 by default', async () => {
    const app = await startApp({ DATA_PLATFORM: 'sql' });
    try {
      const analysis = {
        entities: { tables: ['customers', 'orders'], fields: [], time_range: 'last 7 days' },
        query_characteristics: { is_aggregation: true, has_joins: true },
      };
      const response = await request(app.getHttpServer())
        .post('/a2a/task')
        .send({
          task_id: 't-s',
          action: 'generate_query',
          parameters: {
            platform: 'sql',
            query_analysis: analysis,
            natural_language: 'orders per country in the last 7 days',
          },
        })
        .expect(200);
      expect(response.body.agent_id).toBe('sql_data');
      expect(response.body.result.query).toContain('JOIN orders o ON o.customer_id = c.customer_id');
      expect(response.body.result.notes).toContain('validated with node-sql-parser (PostgreSQL)');
      const agent = await request(app.getHttpServer()).get('/a2a/agent').expect(200);
      expect(agent.body.url).toBe('http://127.0.0.1:9203');
    } finally {
      await app.close();
    }
  });

  it('should serve spl with the schema from DATA_SCHEMA_FILE and AGENT_ID', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-'));
    const file = join(dir, 'spl.json');
    writeFileSync(
      file,
      JSON.stringify({ indexes: { netfw: ['src', 'dest', 'action'] }, sourcetypes: [], datamodels: [] }),
    );
    const app = await startApp({ DATA_PLATFORM: 'spl', DATA_SCHEMA_FILE: file, AGENT_ID: 'splunk_2' });
    try {
      const agent = await request(app.getHttpServer()).get('/a2a/agent').expect(200);
      expect(agent.body).toMatchObject({
        agent_id: 'splunk_2',
        platform: 'spl',
        schema: { indexes: { netfw: ['src', 'dest', 'action'] } },
      });
    } finally {
      await app.close();
    }
  });

  it('should refuse to start with an unusable schema file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-'));
    const file = join(dir, 'kql.json');
    writeFileSync(file, '{"tables": {"T": "not a list"}}');
    await expect(startApp({ DATA_PLATFORM: 'kql', DATA_SCHEMA_FILE: file })).rejects.toThrow(
      /kql schema file .* is unusable/,
    );
  });

  it('should refuse to start with an unknown platform', async () => {
    await expect(startApp({ DATA_PLATFORM: 'graphql' })).rejects.toThrow(/DATA_PLATFORM must be one of kql, spl, sql/);
  });
});
