import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startMesh, type Mesh } from './mesh-harness';

/** Debian's `chromium` package (.ci/run installs it when missing). */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREENSHOTS = resolve(__dirname, '..', '..', 'tmp', 'console');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('the journey console in a real headless Chromium, on the built mesh', () => {
  let mesh: Mesh;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  /** Requests the page made to anything but the orchestrator (the console must work offline). */
  const foreign: string[] = [];

  beforeAll(async () => {
    // A generous start-up budget: the mesh shares a busy 2-core machine.
    mesh = await startMesh({}, 180_000);
    profile = mkdtempSync(join(tmpdir(), 'console-e2e-'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => {
      if (!request.url().startsWith(mesh.orchestratorUrl)) foreign.push(request.url());
    });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await mesh?.stopAll();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows the registry agents, runs a question live and marks every step of the graph completed', async () => {
    await page.goto(`${mesh.orchestratorUrl}/`);
    await page.locator('[data-testid="agents"] li').nth(6).waitFor();
    expect(await page.locator('[data-testid="agents"] li').count()).toBe(7);

    await page.fill('#question', 'Show failed sign-in attempts for admin accounts in the last 24 hours');
    await page.getByRole('button', { name: 'Ask' }).click();
    // Browser-side expressions (the tools' TypeScript has no DOM library).
    await page.waitForFunction(
      `document.querySelector('[data-testid="journey-status"]')?.textContent !== 'running'`,
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForFunction(
      `[...document.querySelectorAll('[data-testid="graph"] g.node[data-step-id]')].every((n, _, all) => all.length > 0 && n.getAttribute('data-status') === 'completed')
        && document.querySelectorAll('[data-testid="graph"] g.node[data-step-id]').length > 0`,
      undefined,
      { timeout: 15_000 },
    );

    expect(await page.locator('[data-testid="journey-status"]').textContent()).toBe('completed');
    const nodes = page.locator('[data-testid="graph"] g.node[data-step-id]');
    const count = await nodes.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i += 1) {
      expect(await nodes.nth(i).getAttribute('data-status')).toBe('completed');
      expect(await nodes.nth(i).textContent()).toContain('completed');
    }
    expect(await page.locator('[data-testid="recent"] li').count()).toBeGreaterThanOrEqual(1);
    expect(foreign).toEqual([]);
  });

  it('opens a data step from the graph and shows its highlighted query with a copy button', async () => {
    const dataNode = page.locator('[data-testid="graph"] g.node[data-step-id]').filter({ hasText: 'generate' }).first();
    await dataNode.click();

    const query = page.locator('[data-testid="step-detail"] [data-testid="query"]');
    await query.waitFor();
    expect((await query.textContent())!.trim().length).toBeGreaterThan(10);
    expect(await query.locator('.token').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Copy the query' }).waitFor();

    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: join(SCREENSHOTS, 'console-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('[data-testid="graph"]').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-dark.png'), fullPage: true });
  });

  it('selects a step from the keyboard', async () => {
    const firstNode = page.locator('[data-testid="graph"] g.node[data-step-id]').first();
    const stepId = await firstNode.getAttribute('data-step-id');
    await firstNode.focus();
    await page.keyboard.press('Enter');

    await page.locator('#step-detail-title', { hasText: stepId! }).waitFor();
  });

  it('shows the clarification of an input_required journey, with its suggestions as buttons (stream stubbed in the page)', async () => {
    const journey = {
      journey_id: 'j-stub',
      status: 'input_required',
      natural_language: 'help',
      plan: null,
      steps: [],
      replanned: false,
      duration_ms: 3,
      started_at: '2026-11-26T12:00:00.000Z',
      finished_at: '2026-11-26T12:00:00.003Z',
      clarification: {
        question: 'What should I look for, and where?',
        missing: ['data source', 'subject'],
        suggestions: ['Failed sign-ins in the last 24 hours', 'Orders over $500 this month'],
      },
    };
    const events = [
      { type: 'journey_accepted', natural_language: 'help', journey_id: 'j-stub', at: journey.started_at },
      { type: 'journey_done', status: 'input_required', journey, journey_id: 'j-stub', at: journey.finished_at },
    ];
    const body = events
      .map((e, i) => `id: ${i + 1}\nevent: ${e.type}\ndata: ${JSON.stringify({ seq: i + 1, ...e })}\n\n`)
      .join('');
    await page.route(/\/journeys\/[^/]+\/events$/, (route) =>
      route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body }),
    );
    try {
      await page.fill('#question', 'help');
      await page.getByRole('button', { name: 'Ask' }).click();

      const clarification = page.locator('[data-testid="clarification"]');
      await clarification.waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid="journey-status"]').textContent()).toBe('input_required');
      expect(await clarification.locator('.clarification-question').textContent()).toBe(
        'What should I look for, and where?',
      );
      expect(await clarification.getByRole('button').allTextContents()).toEqual(journey.clarification.suggestions);
    } finally {
      await page.unroute(/\/journeys\/[^/]+\/events$/);
    }
  });

  it('shows the planner’s clarification when the question carries nothing to act on', async () => {
    // The previous test's journey (and its clarification) stays on screen until the new one is opened:
    // wait for the console to follow the new journey before reading anything.
    const previous = new URL(page.url()).hash;
    await page.fill('#question', 'help');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.waitForURL((url) => url.hash !== previous, { timeout: 30_000 });

    await page.locator('[data-testid="journey-status"]', { hasText: 'input_required' }).waitFor({ timeout: 30_000 });
    const clarification = page.locator('[data-testid="clarification"]');
    await clarification.waitFor({ timeout: 30_000 });
    expect((await clarification.locator('.clarification-question').textContent())!.length).toBeGreaterThan(5);
    await page.screenshot({ path: join(SCREENSHOTS, 'console-clarification.png'), fullPage: true });
  });
});
