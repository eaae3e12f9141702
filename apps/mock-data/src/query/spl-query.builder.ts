import {
  bestSourceFirst,
  canExpress,
  eventFamilyOfSource,
  retargetSources,
  windowsLogOfEvents,
  windowsLogOfSource,
} from './event-sources.util';
import { columnFor } from './column-kinds';
import type { Measure } from './constraints';
import { addKnowledgeNotes } from './knowledge-notes.util';
import {
  constrainedSearch,
  constrainedTstats,
  datasetPrefix,
  SPL_FAILURE,
  splTimeTerms,
} from './spl-constrained.builder';

export { datasetPrefix } from './spl-constrained.builder';
import { shapeFromConstraints, type GeneratedQuery, type QueryInput } from './query-input';
import type { SplSchema } from './schema';
import { resolveTables } from './table-resolver.util';
import { topicalSource } from './table-topics';
import { asksForFailures, eventIdsFromKnowledge, groupColumnFromQuestion, windowsEventIds } from './text-signals.util';
import { binSeconds, compactDuration } from './time-range.util';
import { nullPrototype } from './null-prototype.util';

type SourceKind = 'datamodel' | 'index' | 'sourcetype';

interface Source {
  readonly name: string;
  readonly kind: SourceKind;
  readonly fields: readonly string[] | undefined;
}

/** The field a source is usually counted by. */
const DEFAULT_GROUP: Readonly<Record<string, string>> = nullPrototype({
  Authentication: 'user',
  'Endpoint.Processes': 'dest',
  'Endpoint.Registry': 'dest',
  Network_Traffic: 'src_ip',
  Web: 'src',
  wineventlog: 'user',
  sysmon: 'host',
  o365: 'UserId',
  aws: 'eventName',
  azure: 'properties.userPrincipalName',
});

function quote(value: string): string {
  return /^[A-Za-z0-9_.:*\-/]+$/.test(value) ? value : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function timeTerms(input: QueryInput): string[] {
  return splTimeTerms(input);
}

/** Sorts every name the analysis gives into a data model, an index or a sourcetype. */
function classify(name: string, schema: SplSchema): Source {
  if (schema.datamodels.includes(name)) return { name, kind: 'datamodel', fields: schema.datamodel_fields?.[name] };
  if (schema.indexes[name]) return { name, kind: 'index', fields: schema.indexes[name] };
  if (schema.sourcetypes.includes(name)) {
    const index = schema.sourcetype_indexes?.[name];
    return { name, kind: 'sourcetype', fields: index ? schema.indexes[index] : undefined };
  }
  return { name, kind: name.includes(':') ? 'sourcetype' : 'index', fields: undefined };
}

function groupField(source: Source, input: QueryInput): string | null {
  const fields = source.fields ?? [];
  const fromQuestion = groupColumnFromQuestion(input.naturalLanguage, fields);
  if (fromQuestion) return fromQuestion;
  const fromAnalysis = input.fields
    .map((f) => fields.find((c) => c.toLowerCase() === f.toLowerCase()))
    .find((c) => c !== undefined);
  if (fromAnalysis) return fromAnalysis;
  const index = source.kind === 'sourcetype' ? undefined : source.name;
  const fallback = DEFAULT_GROUP[index ?? ''];
  return fallback && (fields.length === 0 || fields.includes(fallback))
    ? fallback
    : fields.includes('user')
      ? 'user'
      : null;
}

function tstatsQuery(source: Source, input: QueryInput, notes: string[]): string {
  const prefix = datasetPrefix(source.name);
  const where: string[] = [...timeTerms(input)];
  if (source.name === 'Authentication' && asksForFailures(input.naturalLanguage))
    where.push(`${prefix}.action="failure"`);
  const group = groupField(source, input);
  const by = [...(group ? [`${prefix}.${group}`] : [])];
  if (input.isTimeSeries) by.push(`_time span=${compactDuration(binSeconds(input.time?.durationSeconds ?? null))}`);
  if (by.length === 0) by.push(`${prefix}.dest`);
  if (!input.isAggregation && !input.isTimeSeries)
    notes.push('tstats always aggregates; the query counts events by the most useful fields');
  const lines = [
    `| tstats summariesonly=false count from datamodel=${source.name}${where.length ? ` where ${where.join(' ')}` : ''} by ${by.join(', ')}`,
    `| rename ${prefix}.* as *`,
  ];
  if (input.isTimeSeries && group)
    lines.push(
      `| timechart span=${compactDuration(binSeconds(input.time?.durationSeconds ?? null))} sum(count) as count by ${group}`,
    );
  else if (!input.isTimeSeries) lines.push('| sort - count');
  return lines.join('\n');
}

function eventFilters(source: Source, input: QueryInput, notes: string[]): string[] {
  const fields = source.fields ?? [];
  if (!fields.includes('EventCode')) return [];
  const named = windowsEventIds(input.naturalLanguage);
  if (named.length > 0) return [named.length === 1 ? `EventCode=${named[0]}` : `EventCode IN (${named.join(', ')})`];
  if (input.useKnowledge) {
    const fromKnowledge = eventIdsFromKnowledge(input.knowledge);
    if (fromKnowledge.ids.length > 0) {
      notes.push(
        `EventCode filter ${fromKnowledge.ids.join(', ')} taken from knowledge ${fromKnowledge.from.join(', ')}`,
      );
      return [`EventCode IN (${fromKnowledge.ids.join(', ')})`];
    }
  }
  return asksForFailures(input.naturalLanguage) &&
    (source.name === 'wineventlog' ||
      source.name.startsWith('WinEventLog') ||
      source.name.startsWith('XmlWinEventLog')) &&
    !source.name.includes('Sysmon')
    ? ['EventCode=4625']
    : [];
}

function searchTerm(source: Source, schema: SplSchema, channels: ReadonlyMap<string, string>): string {
  if (source.kind === 'index') return `index=${quote(source.name)}`;
  const index = schema.sourcetype_indexes?.[source.name];
  const channel = channels.get(source.name);
  return `${index ? `index=${quote(index)} ` : ''}sourcetype=${quote(source.name)}${channel ? ` source=${quote(`${source.name}:${channel}`)}` : ''}`;
}

/** The event ids a search is for: the analysis's event id filter, else the ids the question names. */
function searchedEventIds(input: QueryInput): string[] {
  const filtered = (input.constraints?.filters ?? []).filter(
    (f) => f.kind === 'event_id' && (f.operator === 'eq' || f.operator === 'in'),
  );
  return filtered.length > 0 ? filtered.flatMap((f) => f.values) : windowsEventIds(input.naturalLanguage).map(String);
}

/**
 * Each sourcetype of one Windows log (`WinEventLog:Security`) swapped for where the searched event ids are logged
 * (7045 is the System log's): the index's sourcetype of that log, else its sourcetype of every log with a `source`
 * for the log (`channels`), else the index. The other sources stay.
 */
function sourcesOfEventLogs(
  names: readonly string[],
  ids: readonly string[],
  schema: SplSchema,
  channels: Map<string, string>,
  notes: string[],
): string[] {
  if (ids.length === 0) return [...names];
  const needed = windowsLogOfEvents(ids);
  return names.map((name) => {
    const own = schema.sourcetypes.includes(name) ? windowsLogOfSource(name) : null;
    const index = schema.sourcetype_indexes?.[name];
    if (own === null || own === needed || !index) return name;
    const kin = schema.sourcetypes.filter((t) => schema.sourcetype_indexes?.[t] === index);
    const ofLog = needed ? kin.find((t) => windowsLogOfSource(t) === needed) : undefined;
    const general = kin.find((t) => eventFamilyOfSource(t) === 'windows' && windowsLogOfSource(t) === null);
    const swapped = ofLog ?? general ?? index;
    if (swapped === general && needed) channels.set(general, needed);
    notes.push(
      `EventCode ${ids.join(', ')} ${needed ? `is in the ${needed} log` : 'spans several logs'}, not ${own}; the search reads ${swapped}`,
    );
    return swapped;
  });
}

function rawSearch(
  sources: readonly Source[],
  input: QueryInput,
  schema: SplSchema,
  channels: ReadonlyMap<string, string>,
  notes: string[],
): string {
  const scoped = sources.map((s) => [searchTerm(s, schema, channels), ...eventFilters(s, input, notes)].join(' '));
  const head = [sources.length === 1 ? scoped[0]! : scoped.map((s) => `(${s})`).join(' OR '), ...timeTerms(input)].join(
    ' ',
  );
  const group = groupField(sources[0]!, input);
  const lines = [head];
  if (sources.length > 1 && input.hasJoins) {
    const shared = (sources[0]!.fields ?? []).filter((f) =>
      sources.slice(1).every((s) => (s.fields ?? []).includes(f)),
    );
    const key = shared.find((f) => ['user', 'src', 'dest', 'host'].includes(f)) ?? shared[0];
    if (key) {
      lines.push(
        `| stats count values(index) as indexes values(sourcetype) as sourcetypes by ${key}`,
        '| where mvcount(indexes) > 1 OR mvcount(sourcetypes) > 1',
        '| sort - count',
      );
      notes.push(`correlated ${sources.map((s) => s.name).join(' and ')} with stats by ${key} (faster than join)`);
      return lines.join('\n');
    }
    notes.push('the sources share no field to correlate on; they are searched together');
  }
  if (input.isTimeSeries) {
    lines.push(
      `| timechart span=${compactDuration(binSeconds(input.time?.durationSeconds ?? null))} count${group && input.isAggregation ? ` by ${group}` : ''}`,
    );
  } else if (input.isAggregation) {
    lines.push(group ? `| stats count by ${group}` : '| stats count', '| sort - count');
  } else {
    const fields = input.fields
      .map((f) => (sources[0]!.fields ?? []).find((c) => c.toLowerCase() === f.toLowerCase()))
      .filter((c): c is string => c !== undefined);
    const columns = fields.length > 0 ? fields : (sources[0]!.fields ?? []).slice(0, 6);
    lines.push(
      `| table _time${sources.length > 1 ? ' index sourcetype' : ''}${columns.length ? ` ${[...new Set(columns)].join(' ')}` : ''}`,
      '| head 1000',
    );
  }
  return lines.join('\n');
}

/** Words of a sourcetype's name that name no source of their own ("o365:management:activity" is not "activity"). */
const GENERIC_SOURCE_WORDS: ReadonlySet<string> = new Set([
  'management',
  'activity',
  'monitor',
  'security',
  'operational',
  'microsoft',
  'windows',
  'xmlwineventlog',
  'wineventlog',
]);

/**
 * The chosen indexes and sourcetypes the question names itself ("failures in o365 and azure"), one per index: by the index's
 * name or a distinctive word of the sourcetype's ("cloudtrail"). Two or more named ones are all searched.
 */
function namedByQuestion(chosen: readonly string[], indexOf: (name: string) => string, text: string): string[] {
  const words = new Set(text.toLowerCase().split(/[^a-z0-9]+/));
  const seen = new Set<string>();
  const named: string[] = [];
  for (const name of chosen) {
    const index = indexOf(name).toLowerCase();
    const own = [
      index,
      ...name
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 3 && !GENERIC_SOURCE_WORDS.has(w)),
    ];
    if (seen.has(index) || !own.some((w) => words.has(w))) continue;
    seen.add(index);
    named.push(name);
  }
  return named;
}

/**
 * The one index or sourcetype the question names by its product ("… in okta", "azure ad …") when a generic data model
 * was chosen beside it: the product's own source, which holds its fields; null when no such pair.
 */
function namedOverDataModel(
  named: readonly string[],
  chosen: readonly string[],
  datamodels: readonly string[],
  notes: string[],
): string[] | null {
  if (named.length !== 1 || !chosen.some((name) => datamodels.includes(name))) return null;
  notes.push(`the search reads ${named[0]}: the question names its product, a data model would be generic`);
  return [named[0]!];
}

/** Whether a source holds the column a value measure adds up or averages ("bytes out" → `bytes_out`). */
function holdsMeasure(name: string, fields: readonly string[], measure: Measure | null): boolean {
  if (!measure || measure.kind === 'count' || measure.kind === 'distinct_count' || measure.of === 'time') return false;
  return columnFor(fields, measure.of ?? '', measure.field, name) !== undefined;
}

/**
 * The chosen sources with the one the question is about first ("firewall" → Network_Traffic before Endpoint.Processes):
 * where no source holds more of the filters than another, the planner's order decides, and its first may only share
 * a field's name with the question.
 */
function topicalFirst(chosen: readonly string[], topical: string | null): readonly string[] {
  return topical && chosen.indexOf(topical) > 0 ? [topical, ...chosen.filter((s) => s !== topical)] : chosen;
}

/**
 * The planner's first source when the question is about its data too ("proxy … blocked urls" → Web): that source,
 * though another holds more of the filters (a verdict the sign-ins record too); null when the two disagree.
 */
function agreedSource(sources: readonly string[], topical: string | null, notes: string[]): string[] | null {
  if (sources.length < 2 || topical === null || sources[0] !== topical) return null;
  notes.push(`the query reads ${topical}, what the question is about; ${sources.slice(1).join(', ')} left out`);
  return [topical];
}

/**
 * An SPL search for the analysis: `| tstats ... from datamodel=...` for CIM data models,
 * else `index=... sourcetype=... earliest=-24h` with `stats count by`, `timechart`, or a table.
 */
export function buildSplQuery(given: QueryInput, schema: SplSchema): GeneratedQuery {
  const input = shapeFromConstraints(given);
  const catalog = Object.create(null) as Record<string, readonly string[]>;
  for (const name of schema.datamodels) catalog[name] = schema.datamodel_fields?.[name] ?? [];
  for (const [name, fields] of Object.entries(schema.indexes)) catalog[name] = fields;
  for (const name of schema.sourcetypes) catalog[name] = schema.indexes[schema.sourcetype_indexes?.[name] ?? ''] ?? [];
  // A field name (user, dest_ip) is never an index: older planners sent data model fields as tables.
  const fieldNames = new Set(Object.values(catalog).flatMap((fields) => fields.map((f) => f.toLowerCase())));
  const sourceNames = new Set(Object.keys(catalog).map((n) => n.toLowerCase()));
  const fieldsAsTables = input.tables.filter(
    (t) => !sourceNames.has(t.toLowerCase()) && fieldNames.has(t.toLowerCase()),
  );
  const resolved = resolveTables(
    input.tables.filter((t) => !fieldsAsTables.includes(t)),
    catalog,
    input.naturalLanguage,
    'spl',
  );
  const notes = [...resolved.notes, ...input.readNotes];
  if (fieldsAsTables.length > 0)
    notes.push(
      `${fieldsAsTables.join(', ')} are fields, not indexes, sourcetypes or data models; left out of the sources`,
    );
  const constraints = input.constraints;
  const indexOf = (name: string) => schema.sourcetype_indexes?.[name] ?? name;
  const fits = (name: string) =>
    constraints!.filters.filter(
      (f) => (f.kind === 'status' && SPL_FAILURE[indexOf(name)]) || canExpress(name, catalog[name] ?? [], f),
    ).length + (holdsMeasure(name, catalog[name] ?? [], constraints!.measure) ? 1 : 0);
  const topical = constraints ? topicalSource(resolved.tables, catalog, input.naturalLanguage) : null;
  const elsewhere = topical !== null && !resolved.tables.includes(topical);
  const chosen = elsewhere ? [topical] : resolved.tables;
  if (elsewhere)
    notes.push(
      `the question is about ${topical}'s data, not ${resolved.tables.join(', ')}'s; the search reads ${topical}`,
    );
  const retargeted = constraints ? retargetSources(chosen, catalog, constraints.filters, notes) : [];
  const named = namedByQuestion(
    retargeted.filter((name) => !schema.datamodels.includes(name)),
    indexOf,
    input.naturalLanguage,
  );
  if (constraints && named.length >= 2) notes.push(`the search reads ${named.join(' and ')}: the question names each`);
  const productOverModel = constraints ? namedOverDataModel(named, retargeted, schema.datamodels, notes) : null;
  const names = !constraints
    ? resolved.tables
    : named.length >= 2
      ? named
      : (productOverModel ??
        agreedSource(retargeted, topical, notes) ??
        bestSourceFirst(topicalFirst(retargeted, topical), fits, notes));
  const channels = new Map<string, string>();
  const sources = sourcesOfEventLogs(names, searchedEventIds(input), schema, channels, notes).map((name) =>
    classify(name, schema),
  );

  const datamodels = sources.filter((s) => s.kind === 'datamodel');
  let query: string;
  if (constraints && datamodels.length > 0) {
    query = constrainedTstats(datamodels[0]!, input, constraints, notes);
    const rest = sources.filter((s) => s !== datamodels[0]).map((s) => s.name);
    if (rest.length > 0)
      notes.push(
        `the query reads the ${datamodels[0]!.name} data model; ${rest.join(', ')} would need a separate search`,
      );
  } else if (constraints) {
    query = constrainedSearch(sources, (s) => searchTerm(s, schema, channels), input, constraints, notes);
  } else if (datamodels.length > 0) {
    query = tstatsQuery(datamodels[0]!, input, notes);
    const rest = sources.filter((s) => s !== datamodels[0]).map((s) => s.name);
    if (rest.length > 0)
      notes.push(
        `the query reads the ${datamodels[0]!.name} data model; ${rest.join(', ')} would need a separate search`,
      );
  } else {
    query = rawSearch(sources, input, schema, channels, notes);
  }
  if (!input.time)
    notes.push('no time range was given; add earliest= (for example earliest=-24h) to keep the search cheap');
  addKnowledgeNotes(input, notes);
  const tables = sources.flatMap((s) =>
    s.kind === 'sourcetype' && schema.sourcetype_indexes?.[s.name]
      ? [schema.sourcetype_indexes[s.name]!, s.name]
      : [s.name],
  );
  return { platform: 'spl', query, tables: [...new Set(tables)], notes };
}
