import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

type KeyFigures = { opgaven: { id: string; name: string; missingRoles?: string[] }[] };
type Participants = { items: { actorId: string }[] };
type Analysis = { insights: { unlinkedCoParticipants: { organisations: string[]; labels: string[] }[] } };
type Annotations = { items: { text: string; isAction: boolean; actionStatus: string | null }[] };

describe.skipIf(skipBrowserTests())('insights that lead to action', () => {
  let wb: Workbench;
  let page: Page;
  const json = async <T>(path: string): Promise<T> => {
    const response = await wb.api(path);
    expect(response.status, path).toBe(200);
    return (await response.json()) as T;
  };
  const participants = async (opgaveId: string) =>
    (await json<Participants>(`/api/opgaven/${opgaveId}/participants`)).items.map((p) => p.actorId);

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('offers the organisations that could fill a missing role, adds one with one click, and undoes it', async () => {
    const figures = await json<KeyFigures>('/api/key-figures');
    const opgave = figures.opgaven.find((o) => (o.missingRoles?.length ?? 0) > 0);
    const role = opgave?.missingRoles?.[0];
    if (!opgave || !role) throw new Error('e2e: the sample has no opgave with a missing partner');
    await wb.open(`#/opgaven/${opgave.id}?paneel=inzichten`);
    await wb.waitForMap('the opgave', (m) => m.nodes > 0 && laidOut(m));

    const candidates = page.locator(`[data-testid="role-candidates"][data-role="${role}"]`);
    await candidates.waitFor({ timeout: 30_000 });
    const buttons = candidates.getByRole('button', { name: /toevoegen als deelnemer/ });
    const offered = await buttons.count();
    expect(offered).toBeGreaterThan(0);
    expect(offered).toBeLessThanOrEqual(5);
    // in an opgave the missing partners lead the insights, with the first candidate on the first screen
    const sections = await page
      .getByTestId('insights-panel')
      .locator('[data-section]')
      .evaluateAll((all) => all.map((section) => section.getAttribute('data-section')));
    expect(sections[0]).toBe('missing');
    // those in the opgave's own region come first, and say so
    const region = (await json<{ region: string | null }>(`/api/opgaven/${opgave.id}`)).region;
    expect(region).toBeTruthy();
    expect(await candidates.locator('.candidate-why').first().textContent()).toContain(`regio ${region}`);
    expect((await buttons.first().boundingBox())?.y).toBeLessThan(900);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/inzichten-kandidaten.png` });
    await expectAccessible(page, 'the insights with candidates for a missing role');

    const name = ((await buttons.first().getAttribute('aria-label')) ?? '').replace(
      / toevoegen als deelnemer$/,
      '',
    );
    const before = await participants(opgave.id);
    await buttons.first().click();
    await expect
      .poll(async () => (await participants(opgave.id)).length, { timeout: 15_000 })
      .toBe(before.length + 1);
    // the map reloads: the role is filled now, by the organisation just added
    const missing = page.locator('[data-section="missing"]');
    await expect.poll(() => missing.textContent(), { timeout: 15_000 }).toContain(`${role}: bezet`);
    // the map names an organisation by its short name, if it has one
    const added = (
      await json<{ items: { name: string; shortName: string | null }[] }>(
        `/api/organisations?q=${encodeURIComponent(name)}`,
      )
    ).items.find((o) => o.name === name);
    expect(await missing.textContent()).toContain(added?.shortName ?? name);
    const refreshed = await json<KeyFigures>('/api/key-figures');
    expect(refreshed.opgaven.find((o) => o.id === opgave.id)?.missingRoles).not.toContain(role);
    expect(name.length).toBeGreaterThan(0);

    // the addition is one step on the undo stack
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect
      .poll(async () => (await participants(opgave.id)).length, { timeout: 15_000 })
      .toBe(before.length);
  }, 120_000);

  it('speaks plain Dutch, says what a figure is relative to, and follows the number', async () => {
    const panel = page.getByTestId('insights-panel');
    const items = (await panel.locator('.insight-title, .insight-detail').allTextContents()).join('\n');
    expect(items).not.toMatch(/snijpunt|index \d|makelaarsrollen over domeingrenzen/);
    expect(items).not.toMatch(/raken 1 actor\b/);
    expect(items).toContain('in deze kaart');
    expect(await panel.locator('[data-section="spof"] h3').textContent()).toBe('Kwetsbare plekken');
  }, 30_000);

  it('records "get acquainted" as an open action for two participants who never talk', async () => {
    const list = await json<{ items: { id: string }[] }>('/api/opgaven?kind=opgave&limit=100');
    let found: { id: string; labels: string[] } | null = null;
    for (const o of list.items) {
      const analysis = await json<Analysis>(`/api/opgaven/${o.id}/analysis?level=person&hops=1`);
      const pair = analysis.insights.unlinkedCoParticipants[0];
      if (pair) {
        found = { id: o.id, labels: pair.labels };
        break;
      }
    }
    if (!found) throw new Error('e2e: no opgave in the sample has participants who never talk');
    await wb.open(`#/opgaven/${found.id}?paneel=inzichten`);
    await wb.waitForMap('the opgave with an unlinked pair', (m) => m.nodes > 0 && laidOut(m));
    const section = page.locator('[data-section="unlinked"]');
    const record = section.getByRole('button', {
      name: `Kennismaking tussen ${found.labels[0]} en ${found.labels[1]} als actie vastleggen`,
    });
    await record.click();
    await section.getByRole('status').filter({ hasText: 'Vastgelegd als open actie' }).waitFor();
    const notes = await json<Annotations>(`/api/annotations?opgaveId=${found.id}&isAction=true`);
    const action = notes.items.find((n) => n.text.includes(`Kennismaking tussen ${found?.labels[0]}`));
    expect(action?.isAction).toBe(true);
    expect(action?.actionStatus).toBe('open');
  }, 120_000);
});

const SCREENSHOT_DIR = new URL('../../test-artifacts/screenshots', import.meta.url).pathname;
