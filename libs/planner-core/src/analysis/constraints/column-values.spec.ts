import type { TableColumns } from './column-mapper';
import {
  readColumnValues,
  readDepartmentNames,
  readEventTypes,
  readIdentifierValues,
  readNamesBeforeColumns,
  tableNameSpans,
} from './column-values';
import { SpanSet } from './value-hit';

const budget: TableColumns = {
  table: 'budget',
  columns: ['budget_id', 'department', 'category', 'fiscal_year', 'amount', 'spent'],
};
const sysmon: TableColumns = { table: 'sysmon', columns: ['EventCode', 'Image', 'ParentImage', 'CommandLine'] };
const aws: TableColumns = { table: 'aws', columns: ['eventName', 'errorCode', 'userIdentity.arn'] };

describe('readColumnValues', () => {
  it('reads a range of the last word of a two-word column whose first word qualifies another ("periods 2 to 4")', () => {
    const ledger: TableColumns = { table: 'ledger', columns: ['ledger_id', 'fiscal_year', 'fiscal_period', 'amount'] };
    expect(readColumnValues('spend for fiscal year 2031, periods 2 to 4 only', [ledger], new SpanSet())).toMatchObject([
      { value: '2031', hint: 'ledger.fiscal_year' },
      { value: '2', hint: 'ledger.fiscal_period', operator: 'gte' },
      { value: '4', hint: 'ledger.fiscal_period', operator: 'lte' },
    ]);
    expect(readColumnValues('spend in 2031, periods 2 to 4', [ledger], new SpanSet())).toEqual([]);
  });

  it('keeps a compared number with thousands separators whole, and leaves an amount with its currency', () => {
    expect(readColumnValues('budget lines with amount over 48,250', [budget], new SpanSet())).toMatchObject([
      { value: '48250', hint: 'budget.amount', operator: 'gt' },
    ]);
    expect(readColumnValues('departments with a mean amount above 7,500 CHF', [budget], new SpanSet())).toEqual([]);
    expect(readColumnValues('budget lines with amount under 900 euros', [budget], new SpanSet())).toEqual([]);
  });

  it("leaves a currency's code after a money column to the currency, and gives it to a currency column", () => {
    const bills: TableColumns = { table: 'bills', columns: ['bill_id', 'amount', 'currency_code', 'status'] };
    expect(readColumnValues('the total amount of EUR bills', [bills], new SpanSet())).toEqual([]);
    expect(readColumnValues('sum the amount of CHF bills paid late', [bills], new SpanSet())).toEqual([]);
    expect(readColumnValues('bills with currency code GBP', [bills], new SpanSet())).toMatchObject([
      { value: 'GBP', hint: 'bills.currency_code' },
    ]);
  });

  it('reads a capitalised name after the category column, but not a state word after it', () => {
    const gear: TableColumns = { table: 'gear', columns: ['gear_id', 'name', 'category', 'status'] };
    expect(readColumnValues('gear of category Camping', [gear], new SpanSet())).toMatchObject([
      { value: 'Camping', hint: 'gear.category' },
    ]);
    expect(readColumnValues('gear with status Retired', [gear], new SpanSet())).toEqual([]);
    expect(readColumnValues('gear in category Open', [gear], new SpanSet())).toEqual([]);
  });

  it('reads a value given to a column by its spoken name', () => {
    expect(readColumnValues('budget vs spent for fiscal year 2026', [budget], new SpanSet())).toEqual([
      { kind: 'text', value: '2026', start: 20, end: 36, hint: 'budget.fiscal_year' },
    ]);
  });

  it('reads a lower-case name with a hyphen or an underscore after a column, not a plain word', () => {
    const activity: TableColumns = { table: 'AzureActivity', columns: ['ResourceGroup', 'Caller'] };

    expect(readColumnValues('deletes in resource group rg-prod-01 by caller', [activity], new SpanSet())).toEqual([
      { kind: 'text', value: 'rg-prod-01', start: 11, end: 36, hint: 'AzureActivity.ResourceGroup' },
    ]);
    expect(readColumnValues('deletes in resource group web_tier_2', [activity], new SpanSet())).toHaveLength(1);
    expect(readColumnValues('deletes per resource group over the week', [activity], new SpanSet())).toEqual([]);
  });

  it('reads a number compared with a column named before it, with the comparison as the operator', () => {
    const catalog: TableColumns = { table: 'catalog', columns: ['sku', 'unit_cost', 'stock_level'] };

    expect(readColumnValues('items whose unit cost is below 7.5', [catalog], new SpanSet())).toEqual([
      { kind: 'text', value: '7.5', start: 12, end: 34, hint: 'catalog.unit_cost', operator: 'lt' },
    ]);
    expect(readColumnValues('stock level of at least 40', [catalog], new SpanSet())).toEqual([
      expect.objectContaining({ value: '40', operator: 'gte' }),
    ]);
    expect(readColumnValues('stock level over 2 days', [catalog], new SpanSet())).toEqual([]);
  });

  it('should not read a capitalised word after a one-word column, nor a duration', () => {
    expect(readColumnValues('spend per department Finance', [budget], new SpanSet())).toEqual([]);
    expect(readColumnValues('fiscal year 3 days ago', [budget], new SpanSet())).toEqual([]);
    expect(readColumnValues('spend by department YTD', [budget], new SpanSet())).toEqual([]);
    expect(readColumnValues('spend by department QTD', [budget], new SpanSet())).toEqual([]);
  });

  it('should read nothing without tables', () => {
    expect(readColumnValues('fiscal year 2026', [], new SpanSet())).toEqual([]);
  });
});

describe('readIdentifierValues', () => {
  it('reads a value after a column spelt as in the catalog, with or without a connector', () => {
    const hits = (text: string) =>
      readIdentifierValues(text, [sysmon, aws], new SpanSet()).map((h) => [h.hint, h.value]);
    expect(hits('events where ParentImage is winword.exe today')).toEqual([['sysmon.ParentImage', 'winword.exe']]);
    expect(hits('calls with errorCode AccessDenied')).toEqual([['aws.errorCode', 'AccessDenied']]);
  });

  it('reads a name of several capitalised words, and every value of a list said with "or"', () => {
    const kiosk: TableColumns = { table: 'KioskLog', columns: ['DeviceTier', 'ScreenMode'] };
    const hits = (text: string) => readIdentifierValues(text, [kiosk], new SpanSet()).map((h) => [h.hint, h.value]);
    expect(hits('reboots where ScreenMode is Kiosk Landscape View, since noon')).toEqual([
      ['KioskLog.ScreenMode', 'Kiosk Landscape View'],
    ]);
    expect(hits('faults (DeviceTier gold or silver) this week, last 3 days too')).toEqual([
      ['KioskLog.DeviceTier', 'gold'],
      ['KioskLog.DeviceTier', 'silver'],
    ]);
    expect(hits('faults by DeviceTier today')).toEqual([]);
  });

  it('should leave event id columns and ordinary words after a column alone', () => {
    expect(readIdentifierValues('count by EventCode in the last day', [sysmon], new SpanSet())).toEqual([]);
    expect(readIdentifierValues('EventCode=4688 on hosts', [sysmon], new SpanSet())).toEqual([]);
    expect(readIdentifierValues('group by ParentImage for the week', [sysmon], new SpanSet())).toEqual([]);
  });
});

describe('readColumnValues (ranges and fiscal-year codes)', () => {
  const plan: TableColumns = { table: 'plan', columns: ['plan_id', 'fiscal_year', 'fiscal_quarter', 'amount'] };

  it('reads "fiscal quarters 2 to 3" as the column from the first number to the second', () => {
    expect(readColumnValues('amounts for fiscal quarters 2 to 3', [plan], new SpanSet())).toMatchObject([
      { kind: 'text', value: '2', hint: 'plan.fiscal_quarter', operator: 'gte' },
      { kind: 'text', value: '3', hint: 'plan.fiscal_quarter', operator: 'lte' },
    ]);
  });

  it('reads "FY24" and "FY 2023" as the fiscal year column', () => {
    expect(readColumnValues('amounts of FY24', [plan], new SpanSet())).toMatchObject([
      { value: '2024', hint: 'plan.fiscal_year' },
    ]);
    expect(readColumnValues('amounts of FY 2023', [plan], new SpanSet())).toMatchObject([{ value: '2023' }]);
  });

  it('reads "fiscal 2031" said without "year" as the fiscal year column', () => {
    expect(readColumnValues('amounts of fiscal 2031', [plan], new SpanSet())).toMatchObject([
      { value: '2031', hint: 'plan.fiscal_year' },
    ]);
  });
});

describe('readNamesBeforeColumns', () => {
  it('reads two or three capitalised words before the rows\' noun as one name ("five best-selling Lift Passes products")', () => {
    const products: TableColumns = { table: 'products', columns: ['product_id', 'name', 'category', 'price'] };
    expect(
      readNamesBeforeColumns('our five best-selling Lift Passes products by revenue', [products], new SpanSet()),
    ).toMatchObject([{ value: 'Lift Passes', hint: 'products.category' }]);
    expect(readNamesBeforeColumns('top 3 Garden Tools products this year', [products], new SpanSet())).toMatchObject([
      { value: 'Garden Tools' },
    ]);
  });

  it('reads a name before "group", "sector", "industry" or "vertical" as a segment where a table has one', () => {
    const customers: TableColumns = { table: 'customers', columns: ['customer_id', 'name', 'segment', 'country'] };
    expect(
      readNamesBeforeColumns('how much have our customers in the Automotive group bought', [customers], new SpanSet()),
    ).toMatchObject([{ value: 'Automotive', hint: 'customers.segment' }]);
    expect(readNamesBeforeColumns('clients in the Healthcare vertical', [customers], new SpanSet())).toMatchObject([
      { value: 'Healthcare', hint: 'customers.segment' },
    ]);
    const staff: TableColumns = { table: 'staff', columns: ['staff_id', 'name', 'department'] };
    expect(readNamesBeforeColumns('people in the Automotive group', [staff], new SpanSet())).toEqual([]);
  });

  it('reads a name opening the question when its column heads a clause ("Marine category, …"), not otherwise', () => {
    const gear: TableColumns = { table: 'gear', columns: ['gear_id', 'name', 'category', 'price'] };
    expect(readNamesBeforeColumns('Marine category, past fortnight: sales', [gear], new SpanSet())).toMatchObject([
      { value: 'Marine', hint: 'gear.category' },
    ]);
    expect(readNamesBeforeColumns('Marine category: sales per item', [gear], new SpanSet())).toMatchObject([
      { value: 'Marine' },
    ]);
    expect(readNamesBeforeColumns('Show category sales per item', [gear], new SpanSet())).toEqual([]);
  });

  it('reads no kind of the rows in a ranking said as one hyphenated word ("top-rated gadgets")', () => {
    const gadgets: TableColumns = { table: 'gadgets', columns: ['gadget_id', 'name', 'category'] };
    expect(readNamesBeforeColumns('the 4 top-rated gadgets in May', [gadgets], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('list worst-performing gadgets', [gadgets], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('count the solar-powered gadgets', [gadgets], new SpanSet())).toMatchObject([
      { value: 'solar-powered', hint: 'gadgets.category' },
    ]);
  });

  it('reads no kind of the rows in a count said before a hyphenated ranking ("the ten best-selling gadgets")', () => {
    const gadgets: TableColumns = { table: 'gadgets', columns: ['gadget_id', 'name', 'category'] };
    expect(readNamesBeforeColumns('the ten best-selling gadgets in May', [gadgets], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('our five top-rated gadgets', [gadgets], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('the three solar-powered gadgets', [gadgets], new SpanSet())).toMatchObject([
      { value: 'solar-powered', hint: 'gadgets.category' },
    ]);
  });

  it("reads no kind of the rows in a state of them said before their table's noun (a flag column, a status word)", () => {
    const gadgets: TableColumns = { table: 'gadgets', columns: ['gadget_id', 'name', 'category', 'active'] };
    expect(readNamesBeforeColumns('average price for our active gadgets', [gadgets], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('count of the cancelled gadgets', [gadgets], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('average price for our marine gadgets', [gadgets], new SpanSet())).toMatchObject([
      { value: 'marine', hint: 'gadgets.category' },
    ]);
  });

  it("reads two or three capitalised words opening the question before a column's word and a mark", () => {
    const staff: TableColumns = { table: 'staff', columns: ['staff_id', 'email', 'unit', 'hired_at'] };
    expect(readNamesBeforeColumns('Night Desk unit: who was hired in May', [staff], new SpanSet())).toMatchObject([
      { value: 'Night Desk', hint: 'staff.unit' },
    ]);
  });

  it('reads a name of two or three capitalised words after "the" before its column ("the Deep Sea Tackle range")', () => {
    const gear: TableColumns = { table: 'gear', columns: ['gear_id', 'name', 'range', 'price'] };
    expect(readNamesBeforeColumns('items in the Deep Sea Tackle range by price', [gear], new SpanSet())).toMatchObject([
      { value: 'Deep Sea Tackle', hint: 'gear.range' },
    ]);
    expect(readNamesBeforeColumns('items in the Tackle range by price', [gear], new SpanSet())).toMatchObject([
      { value: 'Tackle' },
    ]);
  });

  it('gives no value to a state column asked about ("is her login in the kiosk enabled?")', () => {
    const logins: TableColumns = { table: 'logins', columns: ['login_id', 'email', 'enabled'] };
    expect(readNamesBeforeColumns('and is her login in the kiosk enabled?', [logins], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('logins in the kiosk enabled last week', [logins], new SpanSet())).toMatchObject([
      { value: 'kiosk', hint: 'logins.enabled' },
    ]);
  });

  it('reads a capitalised name before a plural table noun as the kind of its rows, when it files rows by category', () => {
    const gadgets: TableColumns = { table: 'gadgets', columns: ['gadget_id', 'name', 'category', 'price'] };
    const plan: TableColumns = { table: 'plan', columns: ['plan_id', 'team', 'category', 'amount'] };
    expect(readNamesBeforeColumns('list Kitchen gadgets under review', [gadgets], new SpanSet())).toMatchObject([
      { value: 'Kitchen', hint: 'gadgets.category' },
    ]);
    expect(readNamesBeforeColumns('how much of the Studio plan is left', [plan], new SpanSet())).toEqual([]);
  });

  it('reads a capitalised or quoted name just after the column word in brackets or after "in"/"with"', () => {
    const crew: TableColumns = { table: 'crew', columns: ['crew_id', 'email', 'guild', 'last_seen_at'] };
    expect(readNamesBeforeColumns('bakers (guild Rye) idle for a week', [crew], new SpanSet())).toMatchObject([
      { value: 'Rye', hint: 'crew.guild' },
    ]);
    expect(readNamesBeforeColumns("crew in guild: 'Sour dough' this week", [crew], new SpanSet())).toMatchObject([
      { value: 'Sour dough', hint: 'crew.guild' },
    ]);
    expect(readNamesBeforeColumns('crew with guild The new ones', [crew], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('crew per guild Rye first', [crew], new SpanSet())).toEqual([]);
  });

  it('reads no value from an attribute said after the column word ("with the member ARN", "with host IP")', () => {
    const keys: TableColumns = { table: 'vault', columns: ['member', 'host', 'actor', 'action'] };
    expect(
      readNamesBeforeColumns('denied vault reads today, with the member ARN and region', [keys], new SpanSet()),
    ).toEqual([]);
    expect(readNamesBeforeColumns('key rotations with host IP and time', [keys], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('purges (actor UPN) since june', [keys], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('purges with actor Quill', [keys], new SpanSet())).toMatchObject([
      { value: 'Quill', hint: 'vault.actor' },
    ]);
  });

  it('reads no value for a column whose word is the verb of a name after "has" or "did"', () => {
    const ledger: TableColumns = { table: 'ledger', columns: ['ledger_id', 'unit', 'spent'] };
    expect(readNamesBeforeColumns('what did the Bakery spent this spring', [ledger], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('how much has Bakery spent', [ledger], new SpanSet())).toEqual([]);
  });

  it('reads a capitalised name before a column name or its abbreviation', () => {
    expect(readNamesBeforeColumns('spend of the Legal dept this year', [budget], new SpanSet())).toEqual([
      { kind: 'text', value: 'Legal', start: 13, end: 23, hint: 'budget.department' },
    ]);
    expect(readNamesBeforeColumns("rows of the 'R&D' category", [budget], new SpanSet())).toMatchObject([
      { value: 'R&D', hint: 'budget.category' },
    ]);
  });

  it('reads the name opening a question before a column word and a mark, or before the column word and its rows', () => {
    const members: TableColumns = { table: 'members', columns: ['member_id', 'tier', 'state', 'joined_at'] };
    const read = (text: string) =>
      readNamesBeforeColumns(text, [members], new SpanSet()).map((h) => [h.value, h.hint, text.slice(h.start, h.end)]);
    expect(read('Platinum tier: members joined per month')).toEqual([['Platinum', 'members.tier', 'Platinum tier']]);
    expect(read('bronze tier - how many members per state')).toEqual([['bronze', 'members.tier', 'bronze tier']]);
    expect(read('Gold tier members by state')).toEqual([['Gold', 'members.tier', 'Gold tier']]);
    expect(read('list silver tier members who joined in May')).toEqual([['silver', 'members.tier', 'silver tier']]);
  });

  it('reads no opening name that is a table or a column, nor one with no mark or rows after the column word', () => {
    const members: TableColumns = { table: 'members', columns: ['member_id', 'tier', 'state', 'joined_at'] };
    const read = (text: string) => readNamesBeforeColumns(text, [members], new SpanSet());
    expect(read('Member tier: counts per state')).toEqual([]);
    expect(read('Platinum tier breakdown by state')).toEqual([]);
    expect(read('each tier members count')).toEqual([]);
    const staff: TableColumns = { table: 'staff', columns: ['staff_id', 'team', 'enabled', 'active'] };
    expect(readNamesBeforeColumns('weekly active staff by team', [staff], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('Team, counting enabled staff', [staff], new SpanSet())).toEqual([]);
  });

  it('reads an identifier-like name before a column of two words ("the kiosk-west-2 site group")', () => {
    const sites: TableColumns = { table: 'kiosk_events', columns: ['SiteGroup', 'Status'] };
    expect(readNamesBeforeColumns('errors in the kiosk-west-2 site group today', [sites], new SpanSet())).toMatchObject(
      [{ kind: 'text', value: 'kiosk-west-2', hint: 'kiosk_events.SiteGroup' }],
    );
    expect(readNamesBeforeColumns('errors in each site group today', [sites], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('the top 10 status values', [sites], new SpanSet())).toEqual([]);
  });

  it('reads a lower-case name after a place word and "the" before a column name, not a common word', () => {
    expect(readNamesBeforeColumns('total spent for the marketing department', [budget], new SpanSet())).toEqual([
      { kind: 'text', value: 'marketing', start: 20, end: 40, hint: 'budget.department' },
    ]);
    expect(readNamesBeforeColumns('rows in the same category as last year', [budget], new SpanSet())).toEqual([]);
  });

  it('does not read a word that opens the question or a lower-case word', () => {
    expect(readNamesBeforeColumns('Department spend by month', [budget], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('spend for each department', [budget], new SpanSet())).toEqual([]);
    expect(readNamesBeforeColumns('List department totals', [budget], new SpanSet())).toEqual([]);
  });
});

describe('readEventTypes', () => {
  const audit: TableColumns = { table: 'audit_log', columns: ['id', 'EventType', 'actor', 'created'] };

  it('reads the word before "events" as the event type when a table has an event-type column', () => {
    const hits = readEventTypes('password_reset events and export events by actor', [audit], new SpanSet());
    expect(hits.map((h) => [h.value, h.hint])).toEqual([
      ['password_reset', 'audit_log.EventType'],
      ['export', 'audit_log.EventType'],
    ]);
  });

  it('reads an activity said with its outcome as the event type of the table asked about first', () => {
    const hits = readEventTypes('unsuccessful uploads and failed log-ins per actor', [audit], new SpanSet());
    expect(hits.map((h) => [h.value, h.hint])).toEqual([
      ['upload', 'audit_log.EventType'],
      ['login', 'audit_log.EventType'],
    ]);
    expect(readEventTypes('rejected password resets yesterday', [budget, audit], new SpanSet())).toEqual([]);
  });

  it('reads an activity counted per someone ("downloads per actor") as the event type', () => {
    const hits = readEventTypes('downloads per actor this week, and log-ins by actor', [audit], new SpanSet());
    expect(hits.map((h) => [h.value, h.hint])).toEqual([
      ['download', 'audit_log.EventType'],
      ['login', 'audit_log.EventType'],
    ]);
    expect(readEventTypes('actors who logged in from 10.1.1.1', [audit], new SpanSet()).map((h) => h.value)).toEqual([
      'login',
    ]);
    expect(readEventTypes('actors who never logged in', [audit], new SpanSet())).toEqual([]);
    // Said without a key it is counted by, the word names no type ("downloads were slow").
    expect(readEventTypes('downloads were slow today', [audit], new SpanSet())).toEqual([]);
  });

  it('reads nothing for a describing word or without an event-type column', () => {
    expect(readEventTypes('all suspicious events today', [audit], new SpanSet())).toEqual([]);
    expect(readEventTypes('export events', [budget], new SpanSet())).toEqual([]);
  });

  it('reads no part of the application that recorded the events as their type ("portal events")', () => {
    expect(readEventTypes('portal events from 10.0.0.0/8 by event type', [audit], new SpanSet())).toEqual([]);
    expect(readEventTypes('any website events or api events today', [audit], new SpanSet())).toEqual([]);
    expect(readEventTypes('portal login events today', [audit], new SpanSet()).map((h) => h.value)).toEqual(['login']);
  });

  it('reads no pronoun or verb before "events" as a type ("his events", "which clients had events")', () => {
    expect(readEventTypes('his events over the weekend', [audit], new SpanSet())).toEqual([]);
    expect(readEventTypes('which clients had events from that host', [audit], new SpanSet())).toEqual([]);
    expect(readEventTypes('them events', [audit], new SpanSet())).toEqual([]);
  });

  it('reads no request verb before "events" as a type ("list events", "pull events")', () => {
    for (const text of ['list events of account 9', 'pull events for the kiosk', 'display events since noon'])
      expect(readEventTypes(text, [audit], new SpanSet())).toEqual([]);
  });
});

describe('readDepartmentNames', () => {
  it('reads a well-known department name when a chosen table has a department column', () => {
    const hits = readDepartmentNames('legal spend and the sales team travel', [budget], new SpanSet());
    expect(hits.map((h) => [h.value, h.hint])).toEqual([
      ['legal', 'budget.department'],
      ['sales', 'budget.department'],
    ]);
  });

  it('reads the capitalised name after accounts "for" as their unit, not a country said so', () => {
    expect(
      readDepartmentNames('cleaning up accounts for Tenant Care and staff in Malta', [budget], new SpanSet()).map(
        (h) => h.value,
      ),
    ).toEqual(['Tenant Care']);
  });

  it('reads no unit in a verb of ranking before the unit word ("rank departments by …")', () => {
    expect(readDepartmentNames('rank departments by travel spend', [budget], new SpanSet())).toEqual([]);
    expect(readDepartmentNames('sort divisions by headcount', [budget], new SpanSet())).toEqual([]);
  });

  it('reads the clinical departments of a hospital as department names', () => {
    const said = 'dormant nephrology logins, Orthopaedics headcount and pharmacy team spend';
    expect(readDepartmentNames(said, [budget], new SpanSet()).map((h) => h.value)).toEqual([
      'nephrology',
      'Orthopaedics',
      'pharmacy',
    ]);
    expect(readDepartmentNames('the haematology portal', [budget], new SpanSet())).toEqual([]);
  });

  it('reads no department in the name of an app or a system ("the payroll app account", "the HR portal")', () => {
    expect(readDepartmentNames('the procurement app login of kfox', [budget], new SpanSet())).toEqual([]);
    expect(readDepartmentNames('her HR portal profile', [budget], new SpanSet())).toEqual([]);
    expect(readDepartmentNames('procurement team spend', [budget], new SpanSet()).map((h) => h.value)).toEqual([
      'procurement',
    ]);
  });

  it('reads a word with another meaning as the department a person is said to be from', () => {
    expect(
      readDepartmentNames('t.wu@harbor.io from support: last login?', [budget], new SpanSet()).map((h) => h.value),
    ).toEqual(['support']);
  });

  it('reads no word with another meaning unless a department word follows, and nothing without the column', () => {
    expect(readDepartmentNames('sales by month', [budget], new SpanSet())).toEqual([]);
    expect(readDepartmentNames('legal holds', [sysmon], new SpanSet())).toEqual([]);
  });

  it('reads a name of two or more capitalised words before the people in it, past the words opening the question', () => {
    const values = (text: string) => readDepartmentNames(text, [budget], new SpanSet()).map((h) => h.value);
    expect(values('Which Harbour Crew members lost access yesterday')).toEqual(['Harbour Crew']);
    expect(values('list Night Desk & Dispatch agents')).toEqual(['Night Desk & Dispatch']);
    expect(values('Show Windows Server users')).toEqual([]);
    expect(values('Show Sales users')).toEqual([]);
  });

  it('reads any name before a unit word, in either case and opening the question', () => {
    const values = (text: string) => readDepartmentNames(text, [budget], new SpanSet()).map((h) => h.value);
    expect(values('orchard dept costs in 2024')).toEqual(['orchard']);
    expect(values('Greenhouse department spend per quarter')).toEqual(['Greenhouse']);
    expect(values('Atrium staff with an expired login')).toEqual(['Atrium']);
    expect(values("how much is left of the Kiosk's budget")).toEqual(['Kiosk']);
  });

  it('reads a capitalised name before the money a unit has, but not a word describing that money', () => {
    const values = (text: string) => readDepartmentNames(text, [budget], new SpanSet()).map((h) => h.value);
    expect(values('what share of the Vineyard budget is used up')).toEqual(['Vineyard']);
    expect(values('Pantry expenses this quarter')).toEqual(['Pantry']);
    expect(values('how much has Pantry spent')).toEqual(['Pantry']);
    expect(values('Remaining budget and Planned spending')).toEqual([]);
  });

  it('reads a capitalised name after the money a unit has, and an initialism before it', () => {
    const values = (text: string) => readDepartmentNames(text, [budget], new SpanSet()).map((h) => h.value);
    expect(values('budget left for Orchard this year')).toEqual(['Orchard']);
    expect(values('total spending of the Atrium in 2030')).toEqual(['Atrium']);
    expect(values('OPS budget for 2030')).toEqual(['OPS']);
    expect(values('budget for January and spend by Category')).toEqual([]);
    expect(values('tellers (dept Vault) and staff of department: Atrium')).toEqual(['Vault', 'Atrium']);
  });

  it('reads no grouping, period, describing word or column name before a unit word', () => {
    const values = (text: string) => readDepartmentNames(text, [budget], new SpanSet()).map((h) => h.value);
    expect(values('spend for each department')).toEqual([]);
    expect(values('Monthly department costs')).toEqual([]);
    expect(values("last year's budget per department")).toEqual([]);
    expect(values('Remote staff and New employees')).toEqual([]);
    expect(values('category and department totals')).toEqual([]);
    expect(values('Swiss staff')).toEqual([]);
  });
});

describe('tableNameSpans', () => {
  const journal: TableColumns = { table: 'CloudJournal', columns: ['TimeGenerated', 'Journal', 'Caller'] };
  it('finds a table name written as words apart, in any case', () => {
    const text = 'who removed a vault per the Cloud journal records, and the cloud_journal too';
    expect(tableNameSpans(text, [journal])).toEqual([
      [text.indexOf('Cloud journal'), text.indexOf(' records')],
      [text.indexOf('cloud_journal'), text.indexOf(' too')],
    ]);
    expect(tableNameSpans('the cloud, journal', [journal])).toEqual([]);
  });

  it('finds a CamelCase table name written whole, as the catalog spells it', () => {
    const text = 'CloudJournal operations by ops@example.org';
    expect(tableNameSpans(text, [journal])).toEqual([[0, 'CloudJournal'.length]]);
    expect(tableNameSpans('the cloudjournal entries', [journal])).toEqual([]);
  });
});
