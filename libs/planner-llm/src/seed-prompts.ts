import type { CreatePlanParameters } from '@mesh/a2a-contracts';

/**
 * The original design's two prompts (query analysis, then plan generation), rendered as its
 * Python client rendered them, kept as the yardstick for the prompt's size: the planner replaced
 * them with one compact call. Not used for planning.
 */
const QUERY_ANALYSIS_PROMPT = `You are a query planning expert for a multi-platform log and database query system.

Analyze the following user query and provide structured analysis:

USER QUERY:
{natural_language}

AVAILABLE PLATFORMS:
{platforms_summary}

SCHEMA HINTS:
{schema_hints}

USER CONTEXT:
{user_context}

Analyze this query and return ONLY valid JSON with the following structure:
{
  "intent": "<diagnostic|monitoring|security|analytics|investigation>",
  "complexity": "<simple|moderate|complex>",
  "required_platforms": ["<kql|spl|sql>"],
  "confidence": <0.0-1.0>,
  "reasoning": "<brief explanation>",
  "entities": {
    "tables": ["<table names>"],
    "fields": ["<field names>"],
    "time_range": "<description>"
  },
  "knowledge_requirements": {
    "requires_sop": <true|false>,
    "requires_error_knowledge": <true|false>,
    "requires_schema": <true|false>
  },
  "query_characteristics": {
    "is_aggregation": <true|false>,
    "is_time_series": <true|false>,
    "has_joins": <true|false>,
    "complexity_factors": ["<factor1>", "<factor2>"]
  }
}

Think step by step:
1. What is the user trying to accomplish?
2. Which data platforms contain the relevant data?
3. What knowledge sources would help (SOPs, error patterns)?
4. How complex is this query?

Return ONLY the JSON, no other text.`;

const PLATFORM_SELECTION_PROMPT = `You are an expert at selecting the right data platform for queries.

QUERY INTENT: {intent}
ENTITIES: {entities}
AVAILABLE DATA AGENTS:
{data_agents_summary}

Select which data platforms should be used for this query.

KQL (Azure Log Analytics):
- Best for: Azure logs, security events, application telemetry
- Tables: SigninLogs, AuditLogs, AppTraces, etc.

SPL (Splunk):
- Best for: Enterprise logs, infrastructure monitoring
- Indexes: main, security, network, etc.

SQL (Database):
- Best for: Structured business data, relational queries
- Tables: Users, Orders, Transactions, etc.

Return JSON:
{
  "selected_platforms": ["<platform>"],
  "reasoning": "<why each platform was selected>",
  "confidence": <0.0-1.0>
}

Return ONLY the JSON.`;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Python's `json.dumps(value, indent=2)` for JSON values (separators `, ` and `: `). */
function pythonJson(value: unknown): string {
  return JSON.stringify(value ?? {}, null, 2);
}

/** `_format_platforms`: one line per platform with its agents' names. */
function formatPlatforms(parameters: CreatePlanParameters): string {
  const platforms = new Map<string, string[]>();
  for (const agent of parameters.execution_context.available_agents.data ?? []) {
    const platform = agent.platform ?? 'unknown';
    platforms.set(platform, [...(platforms.get(platform) ?? []), agent.agent_name ?? 'unnamed']);
  }
  return [...platforms].map(([platform, agents]) => `- ${platform}: ${agents.join(', ')}`).join('\n');
}

/**
 * The seed's query-analysis prompt and platform-selection prompt for one request, the second
 * filled with the analysis the first would return (`intent` and `entities` of `analysis`).
 */
export function renderSeedPrompts(
  parameters: CreatePlanParameters,
  analysis: { intent: string; entities: unknown },
): [string, string] {
  const context = parameters.execution_context;
  const first = fill(QUERY_ANALYSIS_PROMPT, {
    natural_language: parameters.natural_language,
    platforms_summary: formatPlatforms(parameters),
    schema_hints: pythonJson(context.schema_hints),
    user_context: pythonJson(context.user_context),
  });
  const second = fill(PLATFORM_SELECTION_PROMPT, {
    intent: analysis.intent,
    entities: JSON.stringify(analysis.entities),
    data_agents_summary: formatPlatforms(parameters),
  });
  return [first, second];
}
