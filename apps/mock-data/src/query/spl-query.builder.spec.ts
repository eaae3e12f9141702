import { aQueryInput } from './query-input';
import { NO_CONSTRAINTS } from './constraints';
import { buildSplQuery, datasetPrefix } from './spl-query.builder';
import { FIXED_DAY, LAST_24_HOURS, SPL_SCHEMA } from './testing/bundled-schemas';

describe('buildSplQuery', () => {
  it('should search an index with earliest= from the duration and stats count by a field', () => {
    const { query } = buildSplQuery(
      aQueryInput({
        tables: ['wineventlog'],
        time: LAST_24_HOURS,
        isAggregation: true,
        naturalLanguage: 'failed logons by user',
      }),
      SPL_SCHEMA,
    );
    expect(query).toBe(
      ['index=wineventlog EventCode=4625 earliest=-24h', '| stats count by user', '| sort - count'].join('\n'),
    );
  });

  it('should put the index of a known sourcetype before it', () => {
    const { query } = buildSplQuery(aQueryInput({ tables: ['aws:cloudtrail'], time: LAST_24_HOURS }), SPL_SCHEMA);
    expect(query.split('\n')[0]).toBe('index=aws sourcetype=aws:cloudtrail earliest=-24h');
  });

  it('should write absolute earliest and latest for fixed dates', () => {
    const { query } = buildSplQuery(aQueryInput({ tables: ['o365'], time: FIXED_DAY }), SPL_SCHEMA);
    expect(query).toContain('earliest="05/01/2024:00:00:00" latest="05/02/2024:00:00:00"');
  });

  it('should search all time up to a date said with "before", and from the next day with "after"', () => {
    const day = { ...FIXED_DAY, description: '1 May' };
    const before = buildSplQuery(
      aQueryInput({ tables: ['o365'], time: day, naturalLanguage: 'o365 activity before 1 May' }),
      SPL_SCHEMA,
    ).query;
    expect(before).toContain('earliest=0 latest="05/01/2024:00:00:00"');
    const after = buildSplQuery(
      aQueryInput({ tables: ['o365'], time: day, naturalLanguage: 'o365 activity after 1 May' }),
      SPL_SCHEMA,
    ).query;
    expect(after).toContain('earliest="05/02/2024:00:00:00"');
    expect(after).not.toContain('latest=');
  });

  it('should use tstats for a CIM data model', () => {
    const { query } = buildSplQuery(
      aQueryInput({ tables: ['Endpoint.Processes'], time: LAST_24_HOURS, isAggregation: true }),
      SPL_SCHEMA,
    );
    expect(query).toContain(
      '| tstats summariesonly=false count from datamodel=Endpoint.Processes where earliest=-24h by Processes.dest',
    );
    expect(query).toContain('| rename Processes.* as *');
  });

  it('should filter Authentication failures in tstats', () => {
    const { query } = buildSplQuery(
      aQueryInput({ tables: ['Authentication'], isAggregation: true, naturalLanguage: 'failed logins per user' }),
      SPL_SCHEMA,
    );
    expect(query).toContain('where Authentication.action="failure" by Authentication.user');
  });

  it('should use timechart for a time series', () => {
    const { query } = buildSplQuery(
      aQueryInput({ tables: ['sysmon'], time: LAST_24_HOURS, isTimeSeries: true }),
      SPL_SCHEMA,
    );
    expect(query).toContain('| timechart span=1h count');
  });

  it('should correlate two indexes with stats on a shared field when joins are asked for', () => {
    const result = buildSplQuery(
      aQueryInput({ tables: ['wineventlog', 'sysmon'], hasJoins: true, time: LAST_24_HOURS }),
      SPL_SCHEMA,
    );
    expect(result.query).toContain('(index=wineventlog) OR (index=sysmon) earliest=-24h');
    expect(result.query).toContain('by host');
  });

  it('should use an unknown index as written and say so', () => {
    const result = buildSplQuery(aQueryInput({ tables: ['firewall'], time: LAST_24_HOURS }), SPL_SCHEMA);
    expect(result.query.split('\n')[0]).toBe('index=firewall earliest=-24h');
    expect(result.notes).toContain('table firewall is not in the spl schema; the query uses it as written');
  });

  it('should pick a source by word overlap when the analysis names none', () => {
    const result = buildSplQuery(aQueryInput({ naturalLanguage: 'registry value changes on endpoints' }), SPL_SCHEMA);
    expect(result.tables).toEqual(['Endpoint.Registry']);
  });

  it.each([
    ['Endpoint.Processes', 'Processes'],
    ['Network_Traffic', 'All_Traffic'],
    ['Authentication', 'Authentication'],
  ])('should prefix %s fields with %s', (datamodel, prefix) => {
    expect(datasetPrefix(datamodel)).toBe(prefix);
  });
});

describe('buildSplQuery with names of Object.prototype members', () => {
  it('should write a query for an index called "constructor"', () => {
    const { query } = buildSplQuery(
      aQueryInput({ tables: ['constructor'], time: LAST_24_HOURS, isAggregation: true }),
      SPL_SCHEMA,
    );
    expect(query.split('\n')[0]).toBe('index=constructor earliest=-24h');
    expect(query).not.toContain('function');
  });
});

describe('buildSplQuery (two sources the question names)', () => {
  it('searches each source the question names, not only the one that fits best', () => {
    const { query, notes } = buildSplQuery(
      aQueryInput({
        tables: ['azure', 'aws:cloudtrail', 'Authentication'],
        time: LAST_24_HOURS,
        naturalLanguage: 'denied api calls seen in azure plus cloudtrail',
        constraints: NO_CONSTRAINTS,
      }),
      SPL_SCHEMA,
    );
    expect(query.split('\n')[0]).toMatch(/^\(index=azure\b.*\) OR \(index=aws sourcetype=aws:cloudtrail\b.*\)/);
    expect(notes).toContain('the search reads azure and aws:cloudtrail: the question names each');
  });

  it('keeps one source when the question names only one', () => {
    const { query } = buildSplQuery(
      aQueryInput({
        tables: ['azure', 'Authentication'],
        time: LAST_24_HOURS,
        naturalLanguage: 'denied api calls seen in azure',
        constraints: NO_CONSTRAINTS,
      }),
      SPL_SCHEMA,
    );
    expect(query).not.toMatch(/\bOR\b/);
  });
});

describe('buildSplQuery (a product-named source beside a data model)', () => {
  it('searches the source whose product the question names rather than the generic data model', () => {
    const { query, notes } = buildSplQuery(
      aQueryInput({
        tables: ['Authentication', 'aws:cloudtrail'],
        time: LAST_24_HOURS,
        naturalLanguage: 'console logins recorded by cloudtrail for the ops role',
        constraints: NO_CONSTRAINTS,
      }),
      SPL_SCHEMA,
    );
    expect(query).toMatch(/^index=aws sourcetype=aws:cloudtrail\b/);
    expect(query).not.toContain('datamodel=');
    expect(notes.join(' ')).toContain('names its product');
  });
});
