import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createPlannerTestApp } from '../testing/planner-test-app';

process.env['PLANNER_LLM_MODE'] = 'heuristic';

describe('API docs', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    app = await createPlannerTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('serves the OpenAPI document with the contract examples for both actions', async () => {
    const response = await request(app.getHttpServer()).get('/docs-json').expect(200);

    const body = response.body.paths['/a2a/task'].post.requestBody.content['application/json'];
    expect(Object.keys(body.examples)).toEqual(['create_plan', 'optimize_plan']);
    expect(body.examples.create_plan.value.action).toBe('create_plan');
  });

  it('derives the schemas from the validation decorators', async () => {
    const response = await request(app.getHttpServer()).get('/docs-json').expect(200);

    const schema = response.body.components.schemas.CreatePlanParameters;
    expect(schema.required).toEqual(expect.arrayContaining(['natural_language', 'execution_context']));
    expect(schema.properties.natural_language.maxLength).toBe(4000);
  });

  it('serves the docs page', async () => {
    const response = await request(app.getHttpServer()).get('/docs').expect(200);

    expect(response.text).toContain('swagger');
  });
});
