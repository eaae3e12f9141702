import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

/** Counts with thresholds, counts beside money, shares whose part is an amount, and durations that are no spend. */
const accounts: TableColumns = { table: 'accounts', columns: ['account_id', 'email', 'name', 'plan', 'created_at'] };
const bills: TableColumns = {
  table: 'bills',
  columns: ['bill_id', 'account_id', 'amount', 'currency', 'status', 'billed_at', 'settled_at'],
};
const actions: TableColumns = { table: 'actions', columns: ['action_id', 'account_id', 'action_type', 'happened_at'] };
const purchases: TableColumns = {
  table: 'purchases',
  columns: ['purchase_id', 'account_id', 'total', 'currency', 'status', 'created_at'],
};

const read = (text: string, tables: TableColumns[]) => extractConstraints({ text, tables });

describe('extractConstraints: counts, shares and durations in business questions', () => {
  it('reads records "generated" past a number as counted, no money ("generated more than 500 events")', () => {
    const said = read('accounts that generated more than 500 object-access events yesterday, most active first', [
      actions,
    ]);
    expect(said.measure).toMatchObject({ kind: 'count' });
    expect(said.having).toEqual({ operator: 'gt', value: 500 });
    expect(said.filters.filter((f) => f.kind === 'status')).toEqual([]);
    expect(read('accounts that generated more than 500 in revenue', [purchases]).measure).toMatchObject({
      kind: 'sum',
    });
  });

  it('counts the rows first and the different values beside when both are asked', () => {
    const read2 = read('total number of actions last week and how many different accounts', [actions]);
    expect(read2.measure).toMatchObject({ kind: 'count' });
    expect(read2.extra_measures).toEqual([expect.objectContaining({ kind: 'distinct_count' })]);
    // A threshold said of the different values keeps them as the measure it holds.
    expect(
      read('more than 4 unique accounts acting per hour, with the count and distinct count', [actions]).measure,
    ).toMatchObject({ kind: 'distinct_count' });
  });

  it('counts the rows beside the first and last time when a bare "how many" is listed with them', () => {
    for (const text of [
      'actions last week per account: how many, first + last time',
      'actions last week per account - first and last time, and how many?',
    ]) {
      const found = read(text, [actions]);
      expect([found.measure, ...(found.extra_measures ?? [])].map((m) => m?.kind)).toEqual(['min', 'max', 'count']);
    }
    const times = read('actions last week per account - first and last time', [actions]);
    expect(times.extra_measures?.map((m) => m.kind)).toEqual(['max']);
  });

  it('holds a threshold on a count for each value of a key column listed beside it', () => {
    const found = read('has somebody made at least 6 purchases above 90 GBP this week? account id, email, count', [
      purchases,
      accounts,
    ]);
    expect(found.group_by).toEqual([expect.objectContaining({ field: 'purchases.account_id' })]);
    expect(found.having).toEqual({ operator: 'gte', value: 6 });
    expect(found.filters).toEqual([expect.objectContaining({ field: 'purchases.total', values: ['90'] })]);
  });

  it('reads "no. of", "nr of" and "# of" as a count of the rows', () => {
    for (const text of [
      'no. of settled bills in May',
      'nr of bills from Acme',
      '# of purchases this quarter',
      'total no of settled bills',
      'overall number of settled bills in May',
    ])
      expect(read(text, [bills, purchases]).measure).toMatchObject({ kind: 'count' });
  });

  it('reads a participle before a table noun as its status ("contested bills")', () => {
    expect(read('how many bills were contested', [bills]).filters).toContainEqual(
      expect.objectContaining({ values: ['contested'], field: 'status' }),
    );
    expect(read('contested bills over 40 EUR', [bills]).filters).toContainEqual(
      expect.objectContaining({ values: ['contested'], field: 'status' }),
    );
  });

  it('reads what records "total" or "add up to" over a bare amount as a threshold on their sum', () => {
    const c = read('accounts whose purchases total more than 75k this year', [accounts, purchases]);
    expect(c.filters).toEqual([]);
    expect(c.measure).toMatchObject({ kind: 'sum', field: 'purchases.total' });
    expect(c.having).toEqual({ operator: 'gt', value: 75000 });
  });

  it('holds the rows counted by the threshold and a distinct count beside them by its own', () => {
    const logins: TableColumns = {
      table: 'logins',
      columns: ['login_id', 'account_id', 'source_ip', 'outcome', 'happened_at'],
    };
    const c = read('accounts with at least 12 logins from more than 2 different IPs this week', [accounts, logins]);
    expect(c.measure).toEqual({ kind: 'count', of: null, field: null });
    expect(c.having).toEqual({ operator: 'gte', value: 12 });
    expect(c.extra_measures).toEqual([
      { kind: 'distinct_count', of: 'ip', field: 'logins.source_ip', threshold: { operator: 'gt', value: 2 } },
    ]);
    const spread = read('accounts with over 30 logins from at least 4 IPs', [accounts, logins]);
    expect(spread.having).toEqual({ operator: 'gt', value: 30 });
    expect(spread.extra_measures).toEqual([
      { kind: 'distinct_count', of: 'ip', field: 'logins.source_ip', threshold: { operator: 'gte', value: 4 } },
    ]);
  });

  it('reads a count threshold when a quoted value stands between the number and its noun', () => {
    const c = read("accounts that logged at least 8 'bulk_delete' actions this week", [accounts, actions]);
    expect(c.having).toEqual({ operator: 'gte', value: 8 });
    expect(c.filters).toContainEqual(expect.objectContaining({ values: ['bulk_delete'] }));
  });

  it('reads a threshold on a number of records as a count of rows beside a summed measure', () => {
    const c = read('accounts with 4 or more unpaid bills - name and the total owed', [accounts, bills]);
    expect(c.having).toEqual({ operator: 'gte', value: 4, rows: true });
    expect(c.measure?.kind).toBe('sum');
  });

  it('reads a money noun after "number of … and their" as a sum beside the count', () => {
    const c = read('weekly number of GBP purchases and their sales', [purchases]);
    expect(c.measure).toEqual({ kind: 'count', of: null, field: null });
    expect(c.extra_measures).toEqual([{ kind: 'sum', of: 'sales', field: 'total' }]);
  });

  it('reads records counted per period or per group with money beside them as a count and a sum', () => {
    for (const text of ['purchases per week and total sales in GBP', 'purchases and revenue by plan'])
      expect(read(text, [accounts, purchases])).toEqual(
        expect.objectContaining({
          measure: { kind: 'count', of: null, field: null },
          extra_measures: [expect.objectContaining({ kind: 'sum' })],
        }),
      );
  });

  it('reads a time between two moments in the share clause as the part of the share', () => {
    const c = read('per currency, what share of bills were settled more than 20 days after billing', [bills]);
    expect(c.share).toEqual({ expression: 'were settled more than 20 days after billing' });
  });

  it('ends an amount after a comparison at its number, not at the comma after it', () => {
    const c = read('what % of EUR purchases were above 900, per plan', [accounts, purchases]);
    expect(c.filters).toContainEqual(expect.objectContaining({ kind: 'amount', expression: 'above 900' }));
    expect(c.share).toEqual({ expression: 'were above 900' });
  });

  it('reads a bare number with "or more" as an amount in the currency named', () => {
    const c = read('per plan, what percentage of EUR purchases were 1,500 or more?', [accounts, purchases]);
    expect(c.filters).toContainEqual(
      expect.objectContaining({ kind: 'amount', operator: 'gte', values: ['1500'], currency: 'EUR' }),
    );
    expect(c.share).toEqual({ expression: 'were 1,500 or more' });
  });

  it('keeps a count of things after "or more" from being read as an amount', () => {
    const c = read('EUR customers with 3 or more purchases', [accounts, purchases]);
    expect(c.filters.filter((f) => f.kind === 'amount')).toEqual([]);
  });

  it('reads no spending threshold from a duration after "paid"', () => {
    const c = read('how many bills were paid more than 45 days after they were billed, per currency', [bills]);
    expect(c.having).toBeNull();
    expect(c.measure).toEqual({ kind: 'count', of: null, field: null });
  });

  it('reads a lower-case list said before a column as one IN filter', () => {
    const c = read('accounts on the starter or trial plan created this month', [accounts]);
    expect(c.filters).toContainEqual(
      expect.objectContaining({ kind: 'text', operator: 'in', values: ['starter', 'trial'], field: 'plan' }),
    );
  });

  it('should count the rows of a table named just before their grouping when no measure is asked', () => {
    const read = extractConstraints({ text: 'purchases per plan since April', tables: [accounts, purchases] });
    expect(read.measure).toEqual({ kind: 'count', of: 'purchase', field: null });
    expect(read.group_by).toEqual([{ kind: 'plan', field: 'accounts.plan' }]);
    // A noun that names no table is no count of rows.
    expect(
      extractConstraints({ text: 'widgets per plan since April', tables: [accounts, purchases] }).measure,
    ).toBeNull();
  });

  it('should put an amount on the column of the value word said just before it ("priced under $40")', () => {
    const gadgets: TableColumns = { table: 'gadgets', columns: ['gadget_id', 'label', 'list_price', 'added_at'] };
    for (const text of ['gadgets priced under $40', 'gadgets with a price of at least $40'])
      expect(extractConstraints({ text, tables: [gadgets, purchases] }).filters).toContainEqual(
        expect.objectContaining({ kind: 'amount', field: 'gadgets.list_price' }),
      );
  });

  it('should read a bare number after a verb or a comparative of price as an amount on the price column', () => {
    const gadgets: TableColumns = { table: 'gadgets', columns: ['gadget_id', 'label', 'list_price', 'added_at'] };
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      ['gadgets priced at over 12', 'gt', '12'],
      ['gadgets cheaper than 30', 'lt', '30'],
      ['gadgets more expensive than 450', 'gt', '450'],
      ['which gadgets sell for under 9', 'lt', '9'],
    ];
    for (const [text, operator, value] of cases)
      expect(extractConstraints({ text, tables: [gadgets, purchases] }).filters).toContainEqual(
        expect.objectContaining({ kind: 'amount', operator, values: [value], field: 'gadgets.list_price' }),
      );
    expect(extractConstraints({ text: 'gadgets costing less than 7.5 by label', tables: [gadgets] }).filters).toEqual([
      expect.objectContaining({ kind: 'amount', operator: 'lt', values: ['7.5'], field: 'list_price' }),
    ]);
  });

  it('should read "refund amount" as a sum of the refunded rows', () => {
    const read = extractConstraints({ text: 'total refund amount per plan in 2030', tables: [accounts, purchases] });
    expect(read.filters).toContainEqual(
      expect.objectContaining({ kind: 'status', operator: 'eq', values: ['refunded'] }),
    );
    expect(read.measure).toMatchObject({ kind: 'sum' });
  });

  it('should read admins as a role value only where a chosen table keeps a role column', () => {
    const staff: TableColumns = { table: 'staff', columns: ['staff_id', 'role', 'office', 'hired_at'] };
    expect(extractConstraints({ text: 'admins per office', tables: [staff] }).filters).toContainEqual(
      expect.objectContaining({ kind: 'text', values: ['admin'], field: 'role' }),
    );
    expect(extractConstraints({ text: 'admins per plan', tables: [accounts] }).filters).toEqual([]);
  });

  it('should read "sales" before a department word as no sum of sales', () => {
    const staff: TableColumns = { table: 'staff', columns: ['staff_id', 'department', 'hired_at'] };
    expect(extractConstraints({ text: 'people in the sales dept hired in 2030', tables: [staff] }).measure).toBeNull();
  });

  it('should hold a threshold per the noun said before a place, never per the place ("accounts in portugal with …")', () => {
    const read = extractConstraints({
      text: 'accounts in portugal with more than 4 purchases since May',
      tables: [accounts, purchases],
    });
    expect(read.group_by).toEqual([{ kind: 'user', field: 'accounts.email' }]);
    expect(read.having).toEqual({ operator: 'gt', value: 4 });
  });
});

describe('extractConstraints: how often something was bought is a count, not a spend', () => {
  it('reads "bought more than N times" as a count with that threshold, and a bare amount still as spend', () => {
    const often = read('accounts that bought over 6 times since March', [accounts, purchases]);
    expect(often.measure).toMatchObject({ kind: 'count' });
    expect(often.having).toEqual({ operator: 'gt', value: 6 });
    expect(read('accounts that purchased more than 900 in May', [accounts, purchases]).measure).toMatchObject({
      kind: 'sum',
    });
  });
});

describe('extractConstraints: the entities a question opens with, counted each', () => {
  const flows: TableColumns = {
    table: 'flows',
    columns: ['flow_id', 'hostname', 'source_ip', 'remote_port', 'happened_at'],
  };

  it('counts per the listed entity when "how often" or "how many times" is asked of each', () => {
    for (const text of [
      'firewall - servers in 192.0.2.0/24 reaching port 23 today, and how often each',
      'hosts that talked to port 23 since noon and how many times each',
      'show me the endpoints hitting port 23 this week, how often',
    ]) {
      const c = read(text, [flows]);
      expect(c.group_by).toEqual([{ kind: 'host', field: 'hostname' }]);
      expect(c.measure).toEqual({ kind: 'count', of: null, field: null });
    }
    expect(read('hosts blocked on port 23 today and how many times each', [flows]).group_by).toEqual([
      { kind: 'host', field: 'hostname' },
    ]);
    expect(read('source IPs that reached port 23, with the number of attempts for each', [flows]).group_by).toEqual([
      { kind: 'ip', field: 'source_ip' },
    ]);
    expect(read('how many times did each host reach port 23 since noon', [flows]).group_by).toEqual([
      { kind: 'host', field: 'hostname' },
    ]);
    // "report the …": a verb of reporting opens the list; "from each" asks the count of each as "for each" does.
    expect(
      read('report the source IPs outside 10.0.0.0/8 that reached port 23, with the number of events from each', [
        flows,
      ]).group_by,
    ).toEqual([{ kind: 'ip', field: 'source_ip' }]);
    expect(read('source IPs hitting port 23 and how many times each', [flows]).group_by).toEqual([
      { kind: 'ip', field: 'source_ip' },
    ]);
  });

  it('keys the count by the columns listed with it, beside the subject the question asks which of', () => {
    const c = read('which hosts reached port 23 since noon? host, source ip and how many times', [flows]);
    expect(c.group_by).toEqual([
      { kind: 'host', field: 'hostname' },
      { kind: 'ip', field: 'source_ip' },
    ]);
    expect(c.measure).toEqual({ kind: 'count', of: null, field: null });
    expect(read('which hosts reached port 23 today? hostname, source ip, count', [flows]).group_by).toHaveLength(2);
    expect(read('how many times did each host reach port 23, show the source ip', [flows]).group_by).toEqual([
      { kind: 'host', field: 'hostname' },
    ]);
  });

  it('keys a bare "how many" listed beside columns by those columns ("dest ip and how many")', () => {
    expect(read('flows to port 23 since noon - source ip and how many', [flows]).group_by).toEqual([
      { kind: 'ip', field: 'source_ip' },
    ]);
    expect(read('flows to port 23 since noon? hostname + how many', [flows]).group_by).toEqual([
      { kind: 'host', field: 'hostname' },
    ]);
    expect(read('how many flows reached port 23 since noon', [flows]).group_by).toEqual([]);
  });

  it('should not key a list that asks no count, nor an opening noun that is no entity', () => {
    expect(read('servers in 192.0.2.0/24 reaching port 23 today', [flows]).group_by).toEqual([]);
    expect(read('connections to port 23 today and how often', [flows]).group_by).toEqual([]);
  });

  it('groups a distinct threshold by the named thing a "which/any <thing> name" question asks about', () => {
    const jobs: TableColumns = { table: 'job_runs', columns: ['run_id', 'JobName', 'Computer', 'started_at'] };
    for (const text of [
      'any job name that ran on more than 6 distinct computers this week',
      'which job name was started on over 2 different computers yesterday',
    ])
      expect(read(text, [jobs]).group_by).toEqual([expect.objectContaining({ field: 'JobName' })]);
  });
});

describe('extractConstraints: a port said after "over"', () => {
  const flows: TableColumns = { table: 'Flows', columns: ['TimeGenerated', 'DeviceName', 'RemotePort', 'RemoteIP'] };
  it('reads a number traffic went over as its port, no threshold on a count', () => {
    const c = read('which nodes were tunnelling over 1194 since noon', [flows]);
    expect(c.filters).toMatchObject([{ kind: 'port', values: ['1194'] }]);
    expect(c.having).toBeNull();
    expect(read('hosts with over 35 connections since noon', [flows]).having).toEqual({ operator: 'gt', value: 35 });
  });
});
