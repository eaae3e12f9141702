import type { SplSchema } from '../schema';
import { datasetPrefix } from '../spl-constrained.builder';

/** The SPL commands the builders may write. */
const KNOWN_COMMANDS = new Set([
  'search',
  'tstats',
  'stats',
  'where',
  'sort',
  'head',
  'table',
  'timechart',
  'bin',
  'rename',
  'eval',
  'fields',
  'dedup',
  'top',
  'iplocation',
]);
const DEFAULT_FIELDS = new Set(['index', 'sourcetype', 'source', 'host', '_time', '_raw', 'count']);
/** The fields `iplocation` adds to each event. */
const IPLOCATION_FIELDS = ['City', 'Country', 'Region', 'lat', 'lon'];
const OUTPUTS = /\bas\s+([A-Za-z_][A-Za-z0-9_]*)/g;

/** Splits on `|` outside quotes. */
function segments(query: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of query) {
    if (ch === '"') quoted = !quoted;
    if (ch === '|' && !quoted) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

/**
 * A structural check of an SPL search against the schema: known commands only; only indexes,
 * sourcetypes and data models the schema lists; every field a search term, a tstats clause or a
 * `by` names exists in the sources searched (or is produced earlier in the pipeline).
 */
export function checkSpl(query: string, schema: SplSchema): string[] {
  const problems: string[] = [];
  const parts = segments(query);
  const known = new Set<string>(DEFAULT_FIELDS);
  const commands = parts[0] === '' ? parts.slice(1) : [`search ${parts[0]}`, ...parts.slice(1)];
  for (const command of commands) {
    const name = command.split(/\s+/)[0]!;
    if (!KNOWN_COMMANDS.has(name)) problems.push(`unknown command ${name}`);
  }
  const fieldsOf = (index: string) => schema.indexes[index] ?? [];
  const search = commands[0] ?? '';
  for (const m of search.matchAll(/\bindex=("?)([^\s")]+)\1/g)) {
    if (!schema.indexes[m[2]!]) problems.push(`index ${m[2]} is not in the schema`);
    else fieldsOf(m[2]!).forEach((f) => known.add(f));
  }
  for (const m of search.matchAll(/\bsourcetype=("?)([^\s")]+)\1/g)) {
    if (!schema.sourcetypes.includes(m[2]!)) problems.push(`sourcetype ${m[2]} is not in the schema`);
    else fieldsOf(schema.sourcetype_indexes?.[m[2]!] ?? '').forEach((f) => known.add(f));
  }
  for (const m of search.matchAll(/\bdatamodel=("?)([^\s")]+)\1/g)) {
    const datamodel = m[2]!;
    if (!schema.datamodels.includes(datamodel)) {
      problems.push(`data model ${datamodel} is not in the schema`);
      continue;
    }
    const prefix = datasetPrefix(datamodel);
    const fields = new Set(schema.datamodel_fields?.[datamodel] ?? []);
    for (const ref of search.matchAll(/\b([A-Za-z_]+)\.([A-Za-z_.]+)/g)) {
      if (ref[1] === prefix && !fields.has(ref[2]!)) problems.push(`${datamodel} has no field ${ref[2]}`);
    }
    fields.forEach((f) => known.add(f));
  }
  if (!search.startsWith('tstats')) {
    for (const m of search.matchAll(/(?:^|\s)(?:NOT\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*(?:!=|=|\s+IN\s*\()/g)) {
      const field = m[1]!;
      if (['index', 'sourcetype', 'earliest', 'latest', 'datamodel'].includes(field)) continue;
      if (!known.has(field)) problems.push(`field ${field} is not in the sources searched`);
    }
  }
  for (const command of commands) {
    for (const m of command.matchAll(OUTPUTS)) known.add(m[1]!);
    // `eval period=if(…)`: the field an eval assigns.
    const assigned = /^eval\s+([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)/.exec(command);
    if (assigned) known.add(assigned[1]!);
    if (command.startsWith('iplocation ')) IPLOCATION_FIELDS.forEach((f) => known.add(f));
    const by = /\bby\s+(.+)$/.exec(command);
    if (by && /^(stats|timechart|tstats)/.test(command)) {
      for (const field of by[1]!.split(/[\s,]+/)) {
        const bare = field.replace(/^[A-Za-z_]+\./, '');
        if (!field || field.startsWith('span=') || field === '_time') continue;
        if (!known.has(bare) && !known.has(field))
          problems.push(`field ${field} in "by" is not in the sources searched`);
      }
    }
  }
  return problems;
}
