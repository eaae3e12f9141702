import { CreatePlanParameters, OptimizePlanParameters } from './planner.dto';
import { aCreatePlanRequest, aStep, aWorkflowPlan } from './testing';
import { validatePlain } from './validate';

describe('validatePlain', () => {
  it('accepts the create_plan parameters of the contract example', () => {
    const outcome = validatePlain(CreatePlanParameters, aCreatePlanRequest('Show failed sign-ins').parameters);

    expect(outcome.ok).toBe(true);
  });

  it('strips fields the contract does not list, at every level', () => {
    const parameters = { ...aCreatePlanRequest('q').parameters, newer_field: 1 } as Record<string, unknown>;
    (parameters['execution_context'] as Record<string, unknown>)['future'] = { x: 1 };

    const outcome = validatePlain(CreatePlanParameters, parameters);

    expect(outcome.ok && 'newer_field' in outcome.value).toBe(false);
    expect(outcome.ok && 'future' in outcome.value.execution_context).toBe(false);
  });

  it('accepts schema_hints as a flat list of table names, and keeps it whole', () => {
    const parameters = aCreatePlanRequest('q', { schema_hints: ['SigninLogs', 'AuditLogs'] }).parameters;

    const outcome = validatePlain(CreatePlanParameters, parameters);

    expect(outcome.ok && outcome.value.execution_context.schema_hints).toEqual(['SigninLogs', 'AuditLogs']);
  });

  it('still rejects schema_hints that are a string or hide a reserved key in a list', () => {
    const asText = aCreatePlanRequest('q', { schema_hints: 'SigninLogs' as never }).parameters;
    const hidden = aCreatePlanRequest('q', { schema_hints: [JSON.parse('{"constructor": 1}')] }).parameters;

    expect(validatePlain(CreatePlanParameters, asText).ok).toBe(false);
    expect(validatePlain(CreatePlanParameters, hidden).ok).toBe(false);
  });

  it('keeps the free-form objects whole', () => {
    const parameters = aCreatePlanRequest('q', {
      schema_hints: { kql: { tables: { T: ['a'] } } },
      user_context: { role: 'soc' },
    }).parameters;

    const outcome = validatePlain(CreatePlanParameters, parameters);

    expect(outcome.ok && outcome.value.execution_context.schema_hints).toEqual({ kql: { tables: { T: ['a'] } } });
    expect(outcome.ok && outcome.value.execution_context.user_context).toEqual({ role: 'soc' });
  });

  it('names the nested property that is wrong', () => {
    const parameters = aCreatePlanRequest('q').parameters as unknown as {
      execution_context: { available_agents: { data: Array<Record<string, unknown>> } };
    };
    parameters.execution_context.available_agents.data[0]!['agent_id'] = 5;

    const outcome = validatePlain(CreatePlanParameters, parameters);

    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.failures.map((f) => f.property)).toEqual([
      'execution_context.available_agents.data.0.agent_id',
    ]);
  });

  it('rejects something that is not an object', () => {
    expect(validatePlain(CreatePlanParameters, 'plan please').ok).toBe(false);
    expect(validatePlain(CreatePlanParameters, [1]).ok).toBe(false);
  });

  it('rejects a user_context with a constructor key', () => {
    const parameters = aCreatePlanRequest('q', {
      user_context: JSON.parse('{"constructor": {"prototype": {"x": 1}}}'),
    }).parameters;

    expect(validatePlain(CreatePlanParameters, parameters).ok).toBe(false);
  });

  it('accepts an optimize_plan with a plan and no groups', () => {
    expect(
      validatePlain(OptimizePlanParameters, {
        plan: aWorkflowPlan([aStep('a')], { parallel_execution_groups: undefined as never }),
      }).ok,
    ).toBe(true);
  });
});
