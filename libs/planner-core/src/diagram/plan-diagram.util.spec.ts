import type { WorkflowPlan, WorkflowStep } from '@mesh/a2a-contracts';
import { diagramNodeIds, escapeMermaidLabel, planDiagram } from './plan-diagram.util';

function step(step_id: string, depends_on: string[] = [], extra: Partial<WorkflowStep> = {}): WorkflowStep {
  return {
    step_id,
    agent_type: 'knowledge',
    agent_id: `${step_id}_agent`,
    action: 'retrieve_context',
    depends_on,
    parameters: {},
    timeout_seconds: 5,
    ...extra,
  };
}

function plan(steps: WorkflowStep[], groups: string[][]): WorkflowPlan {
  return {
    plan_id: 'p',
    steps,
    parallel_execution_groups: groups,
    estimated_duration_seconds: 1,
    estimated_cost_usd: 0,
    reasoning: '',
    confidence: 1,
  };
}

/** knowledge a (1 s) and b (3 s) in parallel, then data c depending on both. */
const threeSteps = plan(
  [
    step('a', [], { estimated_duration_seconds: 1 }),
    step('b', [], { estimated_duration_seconds: 3 }),
    step('c', ['a', 'b'], {
      agent_type: 'data',
      agent_id: 'kql_data',
      action: 'generate_query',
      estimated_duration_seconds: 2,
    }),
  ],
  [['a', 'b'], ['c']],
);

function lineOf(diagram: string, fragment: string): string {
  const line = diagram.split('\n').find((l) => l.includes(fragment));
  if (!line) throw new Error(`no line with ${fragment} in\n${diagram}`);
  return line;
}

describe('planDiagram', () => {
  it('should start with a flowchart header and label each node with its step, agent and action', () => {
    const diagram = planDiagram(threeSteps);

    expect(diagram.startsWith('flowchart LR\n')).toBe(true);
    expect(diagram).toContain('s2["c<br/>kql_data · generate_query"]');
  });

  it('should draw each parallel group as a subgraph holding its steps', () => {
    const lines = planDiagram(threeSteps).split('\n');

    const open = lines.findIndex((l) => l.includes('subgraph g0["group 1 · parallel"]'));
    expect(lines.slice(open + 1, open + 4)).toEqual([
      expect.stringMatching(/^ {4}s0\[/),
      expect.stringMatching(/^ {4}s1\[/),
      '  end',
    ]);
    expect(lines).toContainEqual('  subgraph g1["group 2"]');
  });

  it('should draw one edge per dependency', () => {
    const diagram = planDiagram(threeSteps);

    expect(diagram.match(/ (-->|==>) /g)).toHaveLength(2);
  });

  it('should mark the critical path with thick edges and the critical class', () => {
    const diagram = planDiagram(threeSteps);

    expect(diagram).toContain('  s1 ==> s2');
    expect(diagram).toContain('  s0 --> s2');
    expect(lineOf(diagram, 'class ')).toBe('  class s1,s2 critical');
  });

  it('should follow the measured durations on a journey, not the estimates', () => {
    const diagram = planDiagram(threeSteps, {
      steps: [
        { step_id: 'a', status: 'completed', duration_ms: 4000 },
        { step_id: 'b', status: 'completed', duration_ms: 100 },
        { step_id: 'c', status: 'completed', duration_ms: 50 },
      ],
    });

    expect(diagram).toContain('  s0 ==> s2');
    expect(diagram).toContain('  class s0,s2 critical');
  });

  it('should give failed, skipped, running and pending steps their class and show durations of finished ones', () => {
    const four = plan([...threeSteps.steps, step('d', ['c'])], [['a', 'b'], ['c'], ['d']]);
    const diagram = planDiagram(four, {
      steps: [
        { step_id: 'a', status: 'completed', duration_ms: 1500 },
        { step_id: 'b', status: 'failed', duration_ms: 20 },
        { step_id: 'c', status: 'skipped' },
        { step_id: 'd', status: 'running' },
      ],
    });

    expect(diagram).toContain('  class s0 completed');
    expect(diagram).toContain('  class s1 failed');
    expect(diagram).toContain('  class s2 skipped');
    expect(diagram).toContain('  class s3 running');
    expect(diagram).toContain('a<br/>a_agent · retrieve_context<br/>completed · 1.50 s"]');
    expect(diagram).toContain('failed · 20 ms"]');
    expect(diagram).toMatch(/s2\["c<br\/>[^"]*<br\/>skipped"\]/);
  });

  it('should show steps of the journey that are no longer in the plan as nodes of their own', () => {
    const diagram = planDiagram(plan([step('a')], [['a']]), {
      steps: [{ step_id: 'old', status: 'failed', duration_ms: 5, agent_id: 'spl_data', action: 'generate_query' }],
    });

    expect(diagram).toContain('  s1["old<br/>spl_data · generate_query<br/>failed · 5 ms"]');
    expect(diagram).toContain('  class s0 pending');
  });

  it('should keep quotes, brackets, pipes and HTML of step ids and agents inside the label', () => {
    const nasty = plan(
      [
        step('x"] --> evil[("'),
        step('y|<b>`md`</b>', ['x"] --> evil[("'], { agent_id: 'a]|b', action: '**bold** & {x}' }),
      ],
      [['x"] --> evil[("'], ['y|<b>`md`</b>']],
    );

    const diagram = planDiagram(nasty);

    const labels = [...diagram.matchAll(/\["([^"]*)"\]/g)].map((m) => m[1]);
    expect(labels).toHaveLength(4);
    for (const text of labels) expect(text!.replace(/<br\/>/g, ' ')).not.toMatch(/[<>|`"[\]{}()]/);
    expect(diagram).toContain('  s0 ==> s1');
    expect(diagram).toContain('x#quot;#93; --#gt; evil#91;#40;#quot;');
    expect(diagram).toContain('y#124;#lt;b#gt;#96;md#96;#lt;/b#gt;<br/>a#93;#124;b · **bold** #amp; #123;x#125;');
  });

  it('should draw the steps of a plan with a cycle without a critical path', () => {
    const diagram = planDiagram(plan([step('a', ['b']), step('b', ['a'])], [['a', 'b']]));

    expect(diagram).toContain('  s1 --> s0');
    expect(diagram).toContain('  s0 --> s1');
    expect(diagram).not.toContain('critical\n  class');
    expect(diagram).not.toMatch(/class [^\n]* critical/);
  });

  it('should draw an empty plan as a bare flowchart', () => {
    expect(planDiagram(plan([], [])).split('\n')[0]).toBe('flowchart LR');
  });
});

describe('escapeMermaidLabel', () => {
  it('should turn line breaks into spaces and cut long text with an ellipsis', () => {
    expect(escapeMermaidLabel('one\ntwo\r\nthree', 9)).toBe('one two …');
  });

  it('should write the entity marker itself as an entity', () => {
    expect(escapeMermaidLabel('#quot;')).toBe('#35;quot#59;');
  });
});

describe('diagramNodeIds', () => {
  it('should number the plan steps in order, then the journey steps outside the plan', () => {
    const ids = diagramNodeIds(threeSteps, [
      { step_id: 'c', status: 'completed' },
      { step_id: 'gone', status: 'failed' },
    ]);

    expect([...ids]).toEqual([
      ['a', 's0'],
      ['b', 's1'],
      ['c', 's2'],
      ['gone', 's3'],
    ]);
  });
});
