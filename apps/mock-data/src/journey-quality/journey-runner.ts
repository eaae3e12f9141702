import type { AvailableAgents, CreatePlanParameters } from '@mesh/a2a-contracts';
import { createPlan, DEFAULT_PLANNER_OPTIONS } from '@mesh/planner-core';
import { readQueryInput } from '../query/analysis-reader.util';
import type { GeneratedQuery } from '../query/query-input';
import {
  dataAgentDescription,
  DATA_PLATFORMS,
  generateQuery,
  type DataPlatform,
  type PlatformSchema,
} from '../query/query-generator';
import { splSchemaHints, tableSchemaHints, type PlatformSchemas } from '../query/schema';
import type { JourneyCase, Pattern, QueryCheck } from './journey-cases';

/** Checks a query with the platform's real checker: Kusto.Language, PostgreSQL, the SPL structure check. */
export type QueryChecker = (query: string) => Promise<string[]> | string[];

export interface JourneySetup {
  readonly schemas: PlatformSchemas;
  readonly checkers: Readonly<Record<DataPlatform, QueryChecker>>;
  readonly now?: () => Date;
  /** Where the queries come from; absent: {@link inProcessDriver}. */
  readonly driver?: JourneyDriver;
}

export interface JourneyResult {
  readonly id: string;
  readonly question: string;
  readonly passed: boolean;
  readonly failures: readonly string[];
  readonly queries: Readonly<Partial<Record<string, GeneratedQuery>>>;
}

/** The mesh as `npm start` runs it: sop/errors/wiki knowledge agents and one data agent per platform. */
export function meshAgents(): AvailableAgents {
  const knowledge = (domain: string) => ({
    agent_id: `${domain}_knowledge`,
    agent_name: `${domain.toUpperCase()} Knowledge Agent`,
    capabilities: ['retrieve_context'],
    knowledge_domain: domain,
  });
  const data = (platform: DataPlatform) => ({
    agent_id: `${platform}_data`,
    agent_name: `${platform.toUpperCase()} Data Agent`,
    capabilities: ['generate_query'],
    platform,
    description: dataAgentDescription(platform),
  });
  return {
    planner: [
      { agent_id: 'workflow_planner', agent_name: 'Workflow Planner', capabilities: ['create_plan', 'optimize_plan'] },
    ],
    knowledge: ['sop', 'errors', 'wiki'].map(knowledge),
    data: DATA_PLATFORMS.map(data),
  };
}

/** `schema_hints` as the orchestrator builds them from the data agents' `GET /a2a/agent`. */
export function meshSchemaHints(schemas: PlatformSchemas): Record<string, unknown> {
  return { kql: tableSchemaHints(schemas.kql), spl: splSchemaHints(schemas.spl), sql: tableSchemaHints(schemas.sql) };
}

function targetOf(platform: DataPlatform, schemas: PlatformSchemas): PlatformSchema {
  if (platform === 'kql') return { platform, schema: schemas.kql };
  if (platform === 'spl') return { platform, schema: schemas.spl };
  return { platform, schema: schemas.sql };
}

function matches(text: string, pattern: Pattern): boolean {
  return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
}

function checkQuery(platform: string, generated: GeneratedQuery, check: QueryCheck): string[] {
  const failures: string[] = [];
  if (check.table && !generated.tables.includes(check.table))
    failures.push(`${platform}: reads ${generated.tables.join(', ') || 'nothing'}, not ${check.table}`);
  for (const pattern of check.has ?? [])
    if (!matches(generated.query, pattern)) failures.push(`${platform}: missing ${String(pattern)}`);
  for (const pattern of check.not ?? [])
    if (matches(generated.query, pattern)) failures.push(`${platform}: should not contain ${String(pattern)}`);
  return failures;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Whether a planning outcome asks the user instead of planning (read defensively: the shape is new). */
function asksForInput(outcome: unknown): boolean {
  const o = record(outcome);
  if (o['status'] === 'input_required' || o['clarification'] !== undefined) return true;
  const plan = record(o['plan']);
  return o['plan'] === undefined || o['plan'] === null || (Array.isArray(plan['steps']) && plan['steps'].length === 0);
}

/** What one journey produced: whether it asked for input, the query of each data platform, problems on the way. */
export interface JourneyOutcome {
  readonly asked: boolean;
  readonly queries: Readonly<Partial<Record<DataPlatform, GeneratedQuery>>>;
  /** What went wrong outside the queries (a journey that did not complete, a step that failed). */
  readonly problems?: readonly string[];
}

/** Runs one question from the case to its queries: in this process, or through a running mesh. */
export type JourneyDriver = (journey: JourneyCase) => Promise<JourneyOutcome>;

/**
 * The in-process driver: the real planning core (`createPlan`) on the mesh's agents and schemas,
 * then the real query builders for each data step (without knowledge passages).
 */
export function inProcessDriver(setup: Pick<JourneySetup, 'schemas' | 'now'>): JourneyDriver {
  return async (journey) => {
    const parameters = {
      natural_language: journey.question,
      execution_context: {
        journey_id: `journey-${journey.id}`,
        current_state: 'planning',
        state_history_count: 0,
        available_agents: meshAgents(),
        schema_hints: meshSchemaHints(setup.schemas),
      },
    } as CreatePlanParameters;
    const outcome = await createPlan(parameters, DEFAULT_PLANNER_OPTIONS, {
      now: setup.now ?? (() => new Date()),
      newPlanId: () => `plan-${journey.id}`,
    });
    if (asksForInput(outcome)) return { asked: true, queries: {} };
    const queries: Partial<Record<DataPlatform, GeneratedQuery>> = {};
    const steps = (record(record(outcome)['plan'])['steps'] as unknown[] | undefined) ?? [];
    for (const step of steps.map(record)) {
      const p = record(step['parameters']);
      if (step['action'] !== 'generate_query' || typeof p['platform'] !== 'string') continue;
      const platform = p['platform'].toLowerCase() as DataPlatform;
      if (!DATA_PLATFORMS.includes(platform)) continue;
      const input = readQueryInput({
        query_analysis: record(p['query_analysis']),
        natural_language: typeof p['natural_language'] === 'string' ? p['natural_language'] : journey.question,
        use_knowledge: p['use_knowledge'] === true,
        knowledge: [],
      });
      queries[platform] = generateQuery(input, targetOf(platform, setup.schemas));
    }
    return { asked: false, queries };
  };
}

/**
 * One journey: its driver (by default the in-process one) turns the question into queries; each
 * query is checked by its platform's checker and by the case's expectations.
 */
export async function runJourneyCase(journey: JourneyCase, setup: JourneySetup): Promise<JourneyResult> {
  const drive = setup.driver ?? inProcessDriver(setup);
  const result = (failures: string[], queries: JourneyOutcome['queries'] = {}): JourneyResult => ({
    id: journey.id,
    question: journey.question,
    passed: failures.length === 0,
    failures,
    queries,
  });
  let outcome: JourneyOutcome;
  try {
    outcome = await drive(journey);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (journey.clarification && /input|clarif|understand/i.test(message)) return result([]);
    return result([`planning threw: ${message}`]);
  }
  if (journey.clarification)
    return result(outcome.asked ? [] : ['planned instead of asking for input (input_required)'], outcome.queries);
  if (outcome.asked) return result(['asked for input on a real question']);
  const failures = [...(outcome.problems ?? [])];
  for (const [platform, generated] of Object.entries(outcome.queries) as Array<[DataPlatform, GeneratedQuery]>) {
    const problems = await setup.checkers[platform](generated.query);
    failures.push(...problems.map((problem) => `${platform} checker: ${problem}`));
  }
  const expected = Object.keys(journey.expect ?? {}).sort();
  const planned = Object.keys(outcome.queries).sort();
  if (expected.join(',') !== planned.join(','))
    failures.push(`platforms ${planned.join('+') || 'none'}, expected ${expected.join('+')}`);
  for (const [platform, check] of Object.entries(journey.expect ?? {})) {
    const generated = outcome.queries[platform as DataPlatform];
    if (generated && check) failures.push(...checkQuery(platform, generated, check));
  }
  return result(failures, outcome.queries);
}

export interface JourneyReport {
  readonly results: readonly JourneyResult[];
  readonly passed: number;
  readonly total: number;
  readonly rate: number;
}

export async function runJourneys(cases: readonly JourneyCase[], setup: JourneySetup): Promise<JourneyReport> {
  const results: JourneyResult[] = [];
  for (const journey of cases) results.push(await runJourneyCase(journey, setup));
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, total: results.length, rate: results.length === 0 ? 0 : passed / results.length };
}

/** The report as text: the pass rate, then each failing case with its reasons and queries. */
export function formatJourneyReport(report: JourneyReport, verbose = false): string {
  const lines = [`journey quality: ${report.passed}/${report.total} passed (${(report.rate * 100).toFixed(1)} %)`];
  for (const result of report.results) {
    if (result.passed && !verbose) continue;
    lines.push(
      '',
      `${result.passed ? 'PASS' : 'FAIL'} ${result.id}: ${result.question}`,
      ...result.failures.map((f) => `  - ${f}`),
    );
    for (const [platform, generated] of Object.entries(result.queries)) {
      lines.push(`  [${platform}] ${generated!.query.split('\n').join('\n        ')}`);
    }
  }
  return lines.join('\n');
}
