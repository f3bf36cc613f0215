import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { startWorkbench, type Workbench } from './session.ts';

type KeyFigures = { opgaven: { id: string; name: string; missingRoles?: string[] }[] };
type OpgavenList = { items: { id: string; status: string }[]; total: number };

describe.skipIf(skipBrowserTests())('the start screen', () => {
  let wb: Workbench;
  let page: Page;

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('lists opgaven before casussen, with the closed ones folded away', async () => {
    await wb.open('#/');
    await page.locator('[data-list="casus"] [data-opgave-id]').first().waitFor();
    const order = await page.evaluate<string[]>(
      "[...document.querySelectorAll('[data-list]')].map((l) => l.getAttribute('data-list'))",
    );
    expect(order).toEqual(['opgave', 'casus']);
    // every entry in the opgaven list is an opgave, every entry in the casussen list a casus
    expect(await page.locator('[data-list="opgave"] [data-kind="casus"]').count()).toBe(0);
    expect(await page.locator('[data-list="casus"] [data-kind="opgave"]').count()).toBe(0);

    const all = (await (await wb.api('/api/opgaven?limit=500')).json()) as OpgavenList;
    const closed = all.items.filter((o) => o.status === 'afgesloten');
    expect(await page.locator('[data-opgave-id]').count()).toBe(all.total);
    const folded = page.locator('details.closed-list [data-opgave-id]');
    expect(await folded.count()).toBe(closed.length);
    if (closed.length > 0) {
      expect(await folded.first().isVisible()).toBe(false);
      await page.locator('details.closed-list summary').first().click();
      expect(await folded.first().isVisible()).toBe(true);
    }
    await page.screenshot({ path: `${SCREENSHOT_DIR}/start-1440x900.png`, fullPage: true });
  }, 60_000);

  it('sums up what needs attention: missing partners by name, overloaded people, overdue actions', async () => {
    const attention = page.getByTestId('attention');
    await expect.poll(() => attention.textContent(), { timeout: 30_000 }).not.toContain('geladen');
    const figures = (await (await wb.api('/api/key-figures')).json()) as KeyFigures;
    const missing = figures.opgaven.filter((o) => (o.missingRoles?.length ?? 0) > 0);
    expect(missing.length).toBeGreaterThan(0);
    const group = attention.locator('[data-attention="missing"]');
    const word = missing.length === 1 ? 'opgave' : 'opgaven';
    expect(await group.locator('h3').textContent()).toBe(`Ontbrekende partners in ${missing.length} ${word}`);
    const first = missing[0];
    const item = group.locator('li').filter({ hasText: first?.name ?? '' });
    expect(await item.textContent()).toContain(`ontbreekt: ${first?.missingRoles?.join(', ')}`);
    // the opgave opens at its insights, where the missing partner can be added
    expect(await item.getByRole('link').getAttribute('href')).toBe(`#/opgaven/${first?.id}?paneel=inzichten`);
    // five, then "meer"
    expect(await group.locator('li').count()).toBe(Math.min(5, missing.length));
    if (missing.length > 5) {
      await group.getByRole('button', { name: `Nog ${missing.length - 5} tonen` }).click();
      expect(await group.locator('li').count()).toBe(missing.length);
    }
    await expectAccessible(page, 'the start screen with its attention summary');
  }, 60_000);

  it('shows an open action past its date, by its calendar date', async () => {
    const opgaven = (await (await wb.api('/api/opgaven?kind=opgave')).json()) as OpgavenList;
    const opgave = opgaven.items[0];
    const created = await wb.api('/api/annotations', {
      method: 'POST',
      body: {
        targetType: 'opgave',
        targetId: opgave?.id,
        opgaveId: opgave?.id,
        text: 'Kennismaking plannen met de wijkagent',
        isAction: true,
        actionStatus: 'open',
        due: '2024-03-01',
      },
    });
    expect(created.status, await created.clone().text()).toBe(201);
    await page.reload();
    const group = page.locator('[data-attention="overdue"]');
    await group.waitFor();
    const item = group.locator('li').filter({ hasText: 'Kennismaking plannen met de wijkagent' });
    expect(await item.textContent()).toContain('gepland voor 1 maart 2024');
  }, 60_000);
});

const SCREENSHOT_DIR = new URL('../../test-artifacts/screenshots', import.meta.url).pathname;
