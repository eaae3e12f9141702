import { extractConstraints } from './extract-constraints';
import type { TableColumns } from './column-mapper';

/** Business questions: a value set aside after it, a total asked after a count, a debt threshold, shorthand words. */
const members: TableColumns = { table: 'members', columns: ['member_id', 'name', 'region', 'tier', 'joined_at'] };
const sales: TableColumns = {
  table: 'sales',
  columns: ['sale_id', 'member_id', 'status', 'total', 'currency', 'created_at'],
};
const bills: TableColumns = {
  table: 'bills',
  columns: ['bill_id', 'member_id', 'amount', 'status', 'billed_at', 'due_date', 'settled_at'],
};

const read = (text: string, tables: TableColumns[]) => extractConstraints({ text, tables });

describe('extractConstraints: business asks', () => {
  it('reads the entity before a bare "have" as the key a count threshold is per, accounts of a client table as clients', () => {
    const clients: TableColumns = { table: 'clients', columns: ['client_id', 'name', 'email', 'region'] };
    const owed: TableColumns = { ...bills, columns: ['bill_id', 'client_id', 'amount', 'status', 'billed_at'] };
    const c = read('how many accounts have above 6 bills', [owed, clients]);
    expect(c.group_by).toEqual([{ kind: 'client', field: 'bills.client_id' }]);
    expect(c.having).toMatchObject({ operator: 'gt', value: 6 });
    expect(c.measure).toMatchObject({ kind: 'count', of: 'client' });
    expect(read('count members that have placed over 4 sales', [sales, members]).group_by).toEqual([
      { kind: 'member', field: 'sales.member_id' },
    ]);
    expect(read('members have over 2 sales', [sales, members]).group_by).toEqual([
      { kind: 'member', field: 'sales.member_id' },
    ]);
  });

  it("reads a value said after a table's noun as that table's column, and two counts of tables as one each", () => {
    const c = read('sale total and bill amount per region', [bills, sales, members]);
    expect(c.measure).toMatchObject({ kind: 'sum', field: 'sales.total' });
    expect(c.extra_measures).toEqual([expect.objectContaining({ kind: 'sum', field: 'bills.amount' })]);
    const beside = read('bill amounts alongside sale totals per region', [bills, sales, members]);
    expect(beside.measure).toMatchObject({ kind: 'sum', field: 'bills.amount' });
    expect(beside.extra_measures).toEqual([expect.objectContaining({ kind: 'sum', field: 'sales.total' })]);
    const counts = read('the number of sales and number of bills by region', [sales, bills, members]);
    expect(counts.measure).toMatchObject({ kind: 'count', field: 'sales.sale_id' });
    expect(counts.extra_measures).toEqual([expect.objectContaining({ kind: 'count', field: 'bills.bill_id' })]);
  });

  it("reads two sums of records' money side by side, each over the table that keeps them", () => {
    const c = read('total returns and total payments per region', [sales, bills, members]);
    // No state reader knows "returns" here: both nouns fall to the money columns their words map to.
    expect(c.measure?.kind).toBe('sum');
    const billsOwed = { ...bills, columns: [...bills.columns, 'paid_at'] };
    const paid = read('sum of cancellations and payments per region', [sales, billsOwed, members]);
    expect(paid.extra_measures).toEqual([
      expect.objectContaining({ kind: 'sum', of: 'payments', field: 'bills.amount' }),
    ]);
    // "total <table's rows>" twice is a count of each table.
    const counts = read('total bills and total members per region', [bills, members]);
    expect(counts.measure).toMatchObject({ kind: 'count', field: 'bills.bill_id' });
    expect(counts.extra_measures).toEqual([expect.objectContaining({ kind: 'count', field: 'members.member_id' })]);
  });

  it('reads "how many <entity> spent over <amount>" as the money of each entity held to it, keyed by the entity', () => {
    const customers: TableColumns = { table: 'customers', columns: ['customer_id', 'name', 'region'] };
    const purchases: TableColumns = { table: 'purchases', columns: ['purchase_id', 'customer_id', 'total', 'made_at'] };
    const c = read('how many customers spent over 250 in spring', [purchases, customers]);
    expect(c.measure).toMatchObject({ kind: 'sum', field: 'purchases.total' });
    expect(c.group_by).toEqual([{ kind: 'customer', field: expect.stringMatching(/customer_id$/) }]);
    expect(c.having).toMatchObject({ operator: 'gt', value: 250 });
  });

  it('reads two values set against each other as both, and their column as a key of the measure', () => {
    const c = read('average sale total for Gold vs Silver tier members this spring', [sales, members]);
    expect(c.filters).toContainEqual(expect.objectContaining({ operator: 'in', values: ['Gold', 'Silver'] }));
    expect(c.group_by).toContainEqual({ kind: 'tier', field: 'members.tier' });
    // Without a measure the rows of both are listed, with no key.
    expect(read('Gold vs Silver tier members', [members]).group_by).toEqual([]);
  });

  it('reads a status set aside after it ("leave … out", "… excluded") as a negated filter', () => {
    for (const text of [
      'sales value per region in March, leave the pending sales out',
      'sales value per region in March with pending ones excluded',
    ])
      expect(read(text, [members, sales]).filters).toContainEqual(
        expect.objectContaining({ kind: 'status', operator: 'neq', values: ['pending'] }),
      );
  });

  it("reads a status said right before another chosen table's noun as that table's, apart from the fact's", () => {
    const members2: TableColumns = { ...members, columns: [...members.columns, 'status'] };
    const c = read('pending sales made by lapsed members', [sales, members2]);
    expect(c.filters).toContainEqual(expect.objectContaining({ values: ['pending'], field: 'sales.status' }));
    expect(c.filters).toContainEqual(expect.objectContaining({ values: ['lapsed'], field: 'members.status' }));
    // States listed before the noun are all that table's, one filter.
    expect(read('totals per region, without pending or declined sales', [sales, members2]).filters).toContainEqual(
      expect.objectContaining({ operator: 'not_in', values: ['pending', 'declined'], field: 'sales.status' }),
    );
    // With one table chosen the status stays the plain column.
    expect(read('lapsed members', [members2]).filters).toContainEqual(
      expect.objectContaining({ values: ['lapsed'], field: 'status' }),
    );
  });

  it('keeps a status said plainly as an equality', () => {
    expect(read('pending sales by region, leave it at that', [members, sales]).filters).toContainEqual(
      expect.objectContaining({ kind: 'status', operator: 'eq', values: ['pending'] }),
    );
  });

  it('reads "how many …, and what do they come to" as the count of the records and their sum beside it', () => {
    const c = read('how many sales above 90 EUR did Nordic members make this week and what do they come to', [
      members,
      sales,
    ]);
    expect(c.measure?.kind).toBe('count');
    expect(c.extra_measures).toEqual([expect.objectContaining({ kind: 'sum', field: 'sales.total' })]);
  });

  it('reads "how many and what they add up to", said without "do", as the count and the sum beside it', () => {
    const c = read('voided sales per week since june - how many and what they add up to', [members, sales]);
    expect(c.measure?.kind).toBe('count');
    expect(c.extra_measures).toEqual([expect.objectContaining({ kind: 'sum', field: 'sales.total' })]);
  });

  it('reads "how many … and how much money was that" as a count with the summed amount', () => {
    const c = read('how many bills were settled in June and how much money was that, by tier', [members, bills]);
    expect(c.measure).toEqual({ kind: 'count', of: null, field: null });
    expect(c.extra_measures).toEqual([expect.objectContaining({ kind: 'sum', field: 'bills.amount' })]);
  });

  it('reads "count and total amount" as a count with the sum beside it', () => {
    const c = read('members with the most bills settled late this year, top 5, count and total amount', [
      members,
      bills,
    ]);
    expect(c.measure).toEqual({ kind: 'count', of: null, field: null });
    expect(c.extra_measures).toEqual([expect.objectContaining({ kind: 'sum', field: 'bills.amount' })]);
  });

  it('reads an amount after "owing" as a threshold on the sum per group, not a filter on the rows', () => {
    const c = read('open bills per member, total due per member, keep only members owing more than 7,500', [
      members,
      bills,
    ]);
    expect(c.having).toEqual({ operator: 'gt', value: 7500 });
    expect(c.filters.some((f) => f.kind === 'amount')).toBe(false);
  });

  it('reads what is still owed as its sum, and a threshold said with "owe" or "owing" on that sum', () => {
    for (const text of [
      'unpaid balance by tier',
      'amounts still owed per region',
      'how much do Gold members still owe',
    ])
      expect(read(text, [members, bills]).measure).toEqual(expect.objectContaining({ kind: 'sum', of: 'outstanding' }));
    const c = read('members who owe us over 3.2k', [members, bills]);
    expect(c.having).toEqual({ operator: 'gt', value: 3200 });
    expect(c.measure).toEqual(expect.objectContaining({ kind: 'sum', of: 'outstanding' }));
    expect(read('regions owing above 40k, total balance', [members, bills]).having).toEqual({
      operator: 'gt',
      value: 40000,
    });
  });

  it('reads "w/" before a count threshold as "with": the entity named is the group', () => {
    const c = read('members w/ at least 3 bills this quarter and their mean bill amount', [members, bills]);
    expect(c.having).toEqual(expect.objectContaining({ operator: 'gte', value: 3 }));
    expect(c.group_by).toEqual([expect.objectContaining({ kind: 'member' })]);
  });

  it('reads AOV as the average of the order value', () => {
    expect(read('AOV per tier for EUR sales this month', [members, sales]).measure).toEqual(
      expect.objectContaining({ kind: 'avg', of: 'order value' }),
    );
  });

  it('reads a noun naming the records of a state ("cancellations") as that status', () => {
    expect(read('cancellations by region since May', [members, sales]).filters).toContainEqual(
      expect.objectContaining({ kind: 'status', operator: 'eq', values: ['cancelled'] }),
    );
  });

  it('reads the singular noun before a rate ("refund ratio") as that status, the rate as a share', () => {
    const read2 = read('refund ratio per region in June', [members, sales]);
    expect(read2.filters).toContainEqual(
      expect.objectContaining({ kind: 'status', operator: 'eq', values: ['refunded'] }),
    );
    expect(read2.share).toEqual({ expression: 'refund ratio' });
  });
});

describe('extractConstraints: two sums compared per the subject said with "every" or before "over"', () => {
  const plan: TableColumns = { table: 'plan', columns: ['plan_id', 'region', 'fiscal_year', 'amount', 'spent'] };
  it.each(['every region whose total spent exceeds its total budget', 'regions over budget in fiscal year 2026'])(
    'groups "%s" by the region',
    (text) => {
      expect(read(text, [plan]).group_by).toEqual([{ kind: 'region', field: 'region' }]);
    },
  );
});

describe('extractConstraints: records of a state named by a table of their own', () => {
  it('reads no status from the noun when a table is named by it', () => {
    const cancellations: TableColumns = {
      table: 'cancellations',
      columns: ['cancellation_id', 'member_id', 'reason', 'created_at'],
    };
    expect(read('cancellations by reason since May', [members, cancellations]).filters).toEqual([]);
  });
});

describe('extractConstraints: quoted values of a column of set values', () => {
  it('reads quoted values right after a tier column as those values whole', () => {
    expect(read("members on the tier 'Gold' or 'Platinum' who joined this year", [members]).filters).toContainEqual(
      expect.objectContaining({ operator: 'in', values: ['Gold', 'Platinum'] }),
    );
  });

  it('keeps a quoted value searched for in a column as a part of its text', () => {
    expect(read("members whose tier contains 'Gold'", [members]).filters).toContainEqual(
      expect.objectContaining({ operator: 'contains', values: ['Gold'] }),
    );
  });
});

describe('extractConstraints: a change from the period before', () => {
  it('reads the billed amount per week beside its week-on-week change', () => {
    const c = read('billed amount per week this quarter and the week-on-week change in %', [bills]);
    expect(c.measure).toEqual(expect.objectContaining({ kind: 'sum', field: 'amount' }));
    expect(c.time_bucket).toEqual(expect.objectContaining({ unit: 'week' }));
    expect(c.period_change).toEqual({ expression: 'week-on-week' });
  });

  it('buckets by the period of the change when the question names no bucket', () => {
    const c = read('MoM sales count since January', [sales]);
    expect(c.time_bucket).toEqual(expect.objectContaining({ unit: 'month' }));
    expect(c.period_change).toEqual({ expression: 'MoM' });
  });
});

describe('extractConstraints: people of a unit who have not signed in', () => {
  const staff: TableColumns = {
    table: 'staff',
    columns: ['staff_id', 'email', 'display_name', 'department', 'enabled', 'created_at', 'last_login_at'],
  };

  it('reads the unit after people, the login said with where to, and the columns wanted after "?"', () => {
    const c = read(
      'which staff in Field Operations have not logged onto the portal for 20+ days? need name and email',
      [staff],
    );
    expect(c.filters).toContainEqual(
      expect.objectContaining({ kind: 'text', values: ['Field Operations'], field: 'department' }),
    );
    expect(c.inactivity).toEqual(expect.objectContaining({ activity: 'login', duration_seconds: 20 * 86_400 }));
    expect(c.show).toEqual([
      { kind: 'name', field: 'display_name' },
      { kind: 'email', field: 'email' },
    ]);
  });

  it('reads each column listed after a verb of showing that opens a sentence after "?"', () => {
    const c = read(
      'Which staff in Procurement have not logged in since 3 March 2026? Kindly include the name, email and role.',
      [staff],
    );
    expect(c.show?.map((key) => key.field)).toEqual(['display_name', 'email']);
    expect(c.measure).toBeNull();
  });

  it('reads no measure from a unit whose name is also a word of money ("in Sales")', () => {
    const c = read('which staff in Sales have not logged in since 2 February 2026? include name and email', [
      staff,
      sales,
    ]);
    expect(c.filters).toContainEqual(expect.objectContaining({ values: ['Sales'], field: 'staff.department' }));
    expect(c.measure).toBeNull();
  });

  it('reads no unit from a country or a month after people', () => {
    for (const text of ['staff in Portugal who signed up this year', 'staff from March with no login'])
      expect(read(text, [staff]).filters.some((f) => f.field === 'department')).toBe(false);
  });
});

describe('extractConstraints: a state word that names a flag of the rows named', () => {
  const plans: TableColumns = { table: 'plans', columns: ['plan_id', 'title', 'is_active', 'created_at'] };

  it('maps the state to the flag column of the table the question names, not to a status elsewhere', () => {
    expect(read('inactive plans bought by members this week', [sales, plans]).filters).toContainEqual(
      expect.objectContaining({ kind: 'status', values: ['inactive'], field: 'plans.is_active' }),
    );
  });

  it('keeps a status column when the table named has no flag of that word', () => {
    expect(read('pending sales this week', [sales, plans]).filters).toContainEqual(
      expect.objectContaining({ kind: 'status', values: ['pending'], field: 'sales.status' }),
    );
  });
});

describe('extractConstraints: records of a state, counted with their total', () => {
  const clients: TableColumns = { table: 'clients', columns: ['client_id', 'name', 'status', 'region'] };
  const deals: TableColumns = { table: 'deals', columns: ['deal_id', 'client_id', 'status', 'total', 'created_at'] };

  it("puts the state on the records' status, not on the party's, and reads the total asked after the count", () => {
    const c = read('how many cancellations this quarter and what was their combined value, by region', [
      clients,
      deals,
    ]);
    expect(c.filters).toContainEqual(expect.objectContaining({ values: ['cancelled'], field: 'deals.status' }));
    expect(c.measure).toEqual(expect.objectContaining({ kind: 'count' }));
    expect(c.extra_measures).toEqual([expect.objectContaining({ kind: 'sum' })]);
  });

  it('reads "count and total" with no noun after it as the count and the summed amount', () => {
    const c = read('EUR deals above 300 this week - count and total', [deals]);
    expect(c.measure).toEqual(expect.objectContaining({ kind: 'count' }));
    expect(c.extra_measures).toEqual([expect.objectContaining({ kind: 'sum', of: 'amount' })]);
  });
});

describe('extractConstraints: an ordering that names the second measure', () => {
  const allotments: TableColumns = {
    table: 'allotments',
    columns: ['allotment_id', 'division', 'season', 'amount', 'spent'],
  };

  it('orders the groups by the measure beside the first that the ordering names', () => {
    const c = read('allotment vs spending per division, largest spenders first', [allotments]);
    expect(c.extra_measures).toContainEqual(expect.objectContaining({ field: 'spent' }));
    expect(c.order).toEqual({ by: 'spent', direction: 'desc' });
    expect(read('allotment vs spending per division, lowest spending first', [allotments]).order).toEqual({
      by: 'spent',
      direction: 'asc',
    });
  });

  it('averages what a row is worth, not its key, when the question averages a table named alone', () => {
    expect(read('mean bill by region', [bills, members]).measure).toMatchObject({ kind: 'avg', field: 'bills.amount' });
    expect(read('how many distinct bills per region', [bills, members]).measure?.field).not.toBe('bills.amount');
  });
});

describe('extractConstraints: those active in each period', () => {
  const visits: TableColumns = { table: 'visits', columns: ['visit_id', 'member_id', 'visited_at'] };

  it('counts each one once per period, with no state filter from "active"', () => {
    for (const text of ['weekly active members since March', 'WAU of members since March']) {
      const c = read(text, [members, visits]);
      expect(c.measure).toMatchObject({ kind: 'distinct_count' });
      expect(c.time_bucket).toMatchObject({ unit: 'week' });
      expect(c.filters.some((f) => f.values.includes('active'))).toBe(false);
    }
  });
});

describe('extractConstraints: the ones who did something, per group', () => {
  it('counts each one once per group when the question opens with who did it and asks no measure', () => {
    const c = read('members who renewed a plan this year, by region and week', [members, sales]);
    expect(c.measure).toEqual({ kind: 'distinct_count', of: expect.any(String), field: 'members.member_id' });
    expect(c.group_by).toContainEqual(expect.objectContaining({ field: 'members.region' }));
  });
});

describe('extractConstraints: a count asked of each one of the subject', () => {
  it('counts per the subject a "which … and how many in each" question names', () => {
    const trail: TableColumns = { table: 'trail', columns: ['api_call', 'zone', 'caller'] };
    const c = read('Which cloud zones saw DeleteSnapshot calls this week, and how many in each?', [trail]);
    expect(c.group_by).toEqual([{ kind: 'zone', field: 'zone' }]);
    expect(c.measure?.kind).toBe('count');
  });
});

describe("extractConstraints: a count of a table's rows", () => {
  it("counts the rows of the table the noun names over its own key, not another table's reference to it", () => {
    const lines: TableColumns = { table: 'order_items', columns: ['order_item_id', 'order_id', 'quantity'] };
    const orders: TableColumns = { table: 'orders', columns: ['order_id', 'member_id', 'status', 'total'] };
    const c = read("how many orders ended up with status 'void' per region, and what were they worth?", [
      lines,
      orders,
      members,
    ]);
    expect(c.measure).toMatchObject({ kind: 'count', field: 'orders.order_id' });
  });
});

describe('extractConstraints: money asked of each of a subject', () => {
  it('sums the money for each of the subject asked which of, when "each" or "they" owe or spent it', () => {
    const each = read('which members have overdue bills, and how much does each one owe?', [bills, members]);
    expect(each.group_by).toEqual([{ kind: 'member', field: 'bills.member_id' }]);
    expect(each.measure).toMatchObject({ kind: 'sum' });
    const they = read('which members have unpaid bills, and how much do they owe?', [bills, members]);
    expect(they.group_by).toEqual([{ kind: 'member', field: 'bills.member_id' }]);
  });

  it('keeps one total when no subject is asked which of', () => {
    expect(read('how much do they owe on overdue bills?', [bills, members]).group_by).toEqual([]);
  });
});

describe('extractConstraints: records totalling an amount', () => {
  it('reads "<records> totalling more than <amount>" as a threshold on the sum for each entity', () => {
    const c = read('members who joined this week and already have orders totalling more than 2,000', [sales, members]);
    expect(c.having).toMatchObject({ operator: 'gt', value: 2000 });
    expect(c.measure).toMatchObject({ kind: 'sum' });
  });
});

describe('extractConstraints: what each of a listed or asked subject spent', () => {
  const customers: TableColumns = { table: 'customers', columns: ['customer_id', 'name', 'email', 'country'] };
  const orders: TableColumns = {
    table: 'orders',
    columns: ['order_id', 'customer_id', 'status', 'total', 'currency', 'created_at'],
  };

  it.each([
    'List the customers from Switzerland or Austria who signed up in the last 90 days, and what they have spent with us so far.',
    'which customers from Germany signed up this year, and how much have they spent?',
    'List the customers from Germany who signed up this year and how much each has spent',
  ])('sums the money per customer: "%s"', (question) => {
    const c = read(question, [customers, orders]);
    expect(c.measure).toMatchObject({ kind: 'sum', field: 'orders.total' });
    expect(c.group_by).toEqual([{ kind: 'customer', field: 'customers.customer_id' }]);
  });

  it('keeps one total when no subject is listed or asked which of', () => {
    expect(read('how much have customers from Germany spent this year?', [customers, orders]).group_by).toEqual([]);
  });
});

describe('extractConstraints: "on hold" as a status', () => {
  it('reads "either pending or on hold" as two statuses', () => {
    const orders: TableColumns = { table: 'orders', columns: ['order_id', 'status', 'total', 'created_at'] };
    expect(read('how many orders are still either pending or on hold?', [orders]).filters).toContainEqual(
      expect.objectContaining({ kind: 'status', operator: 'in', values: ['pending', 'on hold'] }),
    );
  });
});
