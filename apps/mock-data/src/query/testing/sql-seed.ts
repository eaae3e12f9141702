import type { PGlite } from '@electric-sql/pglite';
import type { SqlSchema } from '../schema';

/** Sample rows of the bundled business schema, dated relative to `now` so that NOW()-based windows find them. */
export interface SeedRows {
  readonly customers: Array<{
    customer_id: number;
    name: string;
    email: string;
    country: string;
    segment: string;
    status: string;
    created_at: Date;
  }>;
  readonly orders: Array<{
    order_id: number;
    customer_id: number;
    status: string;
    total: number;
    currency: string;
    created_at: Date;
  }>;
  readonly order_items: Array<{
    order_item_id: number;
    order_id: number;
    product_id: number;
    quantity: number;
    unit_price: number;
  }>;
  readonly products: Array<{
    product_id: number;
    name: string;
    category: string;
    list_price: number;
    active: boolean;
    created_at: Date;
  }>;
  readonly invoices: Array<{
    invoice_id: number;
    order_id: number;
    customer_id: number;
    amount: number;
    currency: string;
    issued_at: Date;
    due_date: Date;
    paid_at: Date | null;
    status: string;
  }>;
  readonly users: Array<{
    user_id: number;
    email: string;
    display_name: string;
    role: string;
    department: string;
    active: boolean;
    created_at: Date;
    last_login_at: Date | null;
  }>;
  readonly events: Array<{
    event_id: number;
    user_id: number;
    event_type: string;
    ip_address: string;
    occurred_at: Date;
    details: string;
  }>;
  readonly budget: Array<{
    budget_id: number;
    department: string;
    category: string;
    fiscal_year: number;
    fiscal_month: number;
    amount: number;
    spent: number;
  }>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A small deterministic generator (a linear congruential one): the same rows on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function seedRows(now: Date): SeedRows {
  const random = generator(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const ago = (maxDays: number) => new Date(now.getTime() - Math.floor(random() * maxDays * DAY) - HOUR);
  const money = (max: number) => Math.round(random() * max * 100) / 100 + 5;
  const countries = ['Germany', 'France', 'United States', 'Brazil', 'Japan'];
  const segments = ['enterprise', 'smb', 'consumer'];
  const customers = Array.from({ length: 14 }, (_, i) => ({
    customer_id: i + 1,
    name: `Customer ${i + 1}`,
    email: `customer${i + 1}@example.com`,
    country: countries[i % countries.length]!,
    segment: segments[i % segments.length]!,
    status: i % 7 === 6 ? 'churned' : 'active',
    created_at: ago(400),
  }));
  // Customers 1-4 order often; 13 and 14 never do.
  const orders = Array.from({ length: 120 }, (_, i) => ({
    order_id: i + 1,
    customer_id: i < 48 ? (i % 4) + 1 : 5 + (i % 8),
    status: pick(['completed', 'completed', 'completed', 'cancelled', 'pending', 'refunded']),
    total: money(1500),
    currency: pick(['USD', 'USD', 'EUR']),
    created_at: ago(150),
  }));
  const products = ['Laptop', 'Monitor', 'Keyboard', 'Dock', 'Headset', 'Licence'].map((name, i) => ({
    product_id: i + 1,
    name,
    category: i < 4 ? 'hardware' : 'software',
    list_price: money(900),
    active: i !== 3,
    created_at: ago(500),
  }));
  const order_items = orders
    .flatMap((order) =>
      Array.from({ length: 1 + (order.order_id % 3) }, () => ({
        order_id: order.order_id,
        product_id: pick(products).product_id,
        quantity: 1 + Math.floor(random() * 3),
        unit_price: money(400),
      })),
    )
    .map((item, i) => ({ order_item_id: i + 1, ...item }));
  const invoices = orders
    .filter((o) => o.status !== 'cancelled')
    .map((order, i) => {
      const status = pick(['paid', 'paid', 'unpaid', 'overdue']);
      const issued = new Date(order.created_at.getTime() + HOUR);
      return {
        invoice_id: i + 1,
        order_id: order.order_id,
        customer_id: order.customer_id,
        amount: order.total,
        currency: order.currency,
        issued_at: issued,
        due_date: new Date(issued.getTime() + 30 * DAY),
        paid_at: status === 'paid' ? new Date(issued.getTime() + 5 * DAY) : null,
        status,
      };
    });
  const users = Array.from({ length: 12 }, (_, i) => ({
    user_id: i + 1,
    email: i === 0 ? 'bob@contoso.com' : `user${i + 1}@contoso.com`,
    display_name: `User ${i + 1}`,
    role: pick(['admin', 'analyst', 'viewer']),
    department: pick(['finance', 'sales', 'it']),
    active: i % 5 !== 4,
    created_at: ago(900),
    last_login_at: i % 6 === 5 ? null : new Date(now.getTime() - (i * 17 + 3) * DAY),
  }));
  const events = Array.from({ length: 160 }, (_, i) => ({
    event_id: i + 1,
    user_id: 1 + Math.floor(random() * users.length),
    event_type: pick(['login', 'login', 'logout', 'download', 'failed_login']),
    ip_address: pick(['10.0.4.7', '10.1.2.3', '192.168.1.20', '203.0.113.7', '198.51.100.23']),
    occurred_at: ago(45),
    details: JSON.stringify({ agent: pick(['web', 'mobile']) }),
  }));
  const budget = ['finance', 'sales', 'it'].flatMap((department, d) =>
    Array.from({ length: 12 }, (_, m) => ({
      budget_id: d * 12 + m + 1,
      department,
      category: m % 2 ? 'opex' : 'capex',
      fiscal_year: now.getUTCFullYear(),
      fiscal_month: m + 1,
      amount: 10_000,
      spent: money(12_000),
    })),
  );
  return { customers, orders, order_items, products, invoices, users, events, budget };
}

function sqlValue(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** Creates the schema's tables with their column types and inserts the rows. */
export async function loadSchema(db: PGlite, schema: SqlSchema, rows: SeedRows): Promise<void> {
  const statements = ["SET TIME ZONE 'UTC';"];
  for (const [table, columns] of Object.entries(schema.tables)) {
    const types = schema.types?.[table] ?? {};
    statements.push(`CREATE TABLE ${table} (${columns.map((c) => `${c} ${types[c] ?? 'text'}`).join(', ')});`);
    const data = (rows as unknown as Record<string, Array<Record<string, unknown>>>)[table] ?? [];
    if (data.length > 0)
      statements.push(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${data.map((row) => `(${columns.map((c) => sqlValue(row[c])).join(', ')})`).join(', ')};`,
      );
  }
  await db.exec(statements.join('\n'));
}
