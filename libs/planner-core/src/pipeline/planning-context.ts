import type { CreatePlanParameters } from '@mesh/a2a-contracts';
import { spellOutHttpStatuses } from '../analysis/constraints/http-status-words';
import { spellOutPortNumbers } from '../analysis/constraints/port-words';
import { fixUnableToSignIn } from '../analysis/constraints/unable-outcome';
import { withCorrections } from '../analysis/corrections.util';
import { refangIndicators } from '../analysis/defanged-indicators.util';
import { buildAgentDirectory, type AgentDirectory } from '../context/agent-directory';
import { RecentByContent } from '../context/content-snapshot.util';
import type { SchemaCatalog } from '../context/schema-catalog';
import { readSchemaCatalogOnce } from '../context/schema-catalog-cache';

/** A create_plan request read once into what every stage needs. */
export interface PlanningContext {
  /**
   * The question as its writer meant it: corrections said in it applied ("last 6h, no wait 8h" → "last 8h"), an
   * inability to sign in written as the failure it is ("couldn't get into Payroll" → "failed to sign in to Payroll")
   * and port numbers and HTTP statuses said in words written as codes ("port twenty-three" → "port 23", "'page not
   * found' errors" → "404 errors"), and defanged indicators as the logs hold them ("evil[.]com" → "evil.com").
   */
  readonly naturalLanguage: string;
  readonly agents: AgentDirectory;
  readonly catalog: SchemaCatalog;
  readonly userContext?: Readonly<Record<string, unknown>>;
}

/**
 * Directories by the `available_agents` object they were built from, held weakly (an entry lives as long
 * as the caller keeps that object): an in-process caller planning many questions for one agent set
 * builds its directory once. Agent descriptors are request data, never changed after.
 */
const directories = new WeakMap<object, AgentDirectory>();

/** Directories of the last few agent sets, by content: a served caller sends the same agents with each question. */
const RECENT_DIRECTORIES = 4;
const recentDirectories = new RecentByContent<AgentDirectory>(RECENT_DIRECTORIES);

function agentDirectoryOnce(available: CreatePlanParameters['execution_context']['available_agents']): AgentDirectory {
  if (available === null || typeof available !== 'object') return buildAgentDirectory(available);
  const known = directories.get(available) ?? recentDirectories.find(available);
  if (known) return known;
  const directory = buildAgentDirectory(available);
  directories.set(available, directory);
  recentDirectories.remember(available, directory);
  return directory;
}

export function preparePlanningContext(parameters: CreatePlanParameters): PlanningContext {
  const context = parameters.execution_context;
  const agents = agentDirectoryOnce(context.available_agents);
  return {
    naturalLanguage: spellOutHttpStatuses(
      spellOutPortNumbers(fixUnableToSignIn(withCorrections(refangIndicators(parameters.natural_language.trim())))),
    ),
    agents,
    catalog: readSchemaCatalogOnce(context.schema_hints, agents.data),
    userContext: context.user_context,
  };
}
