import { journeyOutcome } from './mesh-journey.driver';

describe('journeyOutcome', () => {
  it('should read an input_required journey as a question asked back', () => {
    expect(journeyOutcome({ status: 'input_required', steps: [] })).toEqual({ asked: true, queries: {} });
  });

  it('should read the query of each completed data step by its platform, and skip knowledge steps', () => {
    const outcome = journeyOutcome({
      status: 'completed',
      steps: [
        { step_id: 'k1', agent_type: 'knowledge', status: 'completed', output: { passages: [] } as never },
        {
          step_id: 'd1',
          agent_type: 'data',
          status: 'completed',
          output: { platform: 'KQL', query: 'SigninLogs | take 10', tables: ['SigninLogs'], notes: ['n'] },
        },
      ],
    });

    expect(outcome).toEqual({
      asked: false,
      problems: [],
      queries: { kql: { platform: 'kql', query: 'SigninLogs | take 10', tables: ['SigninLogs'], notes: ['n'] } },
    });
  });

  it('should report a journey that did not complete and a data step that failed or answered no query', () => {
    const outcome = journeyOutcome({
      status: 'partial',
      steps: [
        { step_id: 'd1', agent_type: 'data', status: 'failed', error: { message: 'agent down' } },
        { step_id: 'd2', agent_type: 'data', status: 'completed', output: { platform: 'spl', query: 42 } },
      ],
    });

    expect(outcome.queries).toEqual({});
    expect(outcome.problems).toEqual(['journey partial', 'step d1 failed: agent down', 'step d2 answered no query']);
  });
});
