import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { E2E_ADMIN_PASSWORD, SCREENSHOTS, startWorkbench, type Workbench } from './session.ts';

const REGISSEUR_PASSWORD = 'regisseur-in-de-browser-3141';

describe.skipIf(skipBrowserTests())('signing in and managing accounts in Chromium', () => {
  let wb: Workbench;
  let context: BrowserContext;
  let guest: Page;
  const guestErrors: string[] = [];

  beforeAll(async () => {
    wb = await startWorkbench();
    // a second browser profile, signed in as nobody
    context = await wb.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    guest = await context.newPage();
    guest.on('pageerror', (error) => guestErrors.push(error.message));
  });

  afterAll(async () => {
    await context?.close();
    await wb?.close();
  });

  it('shows a Dutch login screen without a session, refuses a wrong password, and signs in', async () => {
    await guest.goto(`${wb.server.url}/#/`);
    await guest.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    expect(await guest.locator('[data-opgave-id]').count()).toBe(0);
    await guest.getByLabel('Gebruikersnaam', { exact: true }).fill('beheerder');
    await guest.getByLabel('Wachtwoord', { exact: true }).fill('dit-is-niet-het-wachtwoord');
    await guest.getByRole('button', { name: 'Aanmelden' }).click();
    await expect
      .poll(async () => guest.getByRole('alert').textContent())
      .toContain('De gebruikersnaam of het wachtwoord klopt niet.');
    await guest.screenshot({ path: join(SCREENSHOTS, 'aanmelden.png'), fullPage: true });
    await expectAccessible(guest, 'the login screen');

    await guest.getByLabel('Wachtwoord', { exact: true }).fill(E2E_ADMIN_PASSWORD);
    await guest.getByRole('button', { name: 'Aanmelden' }).click();
    await guest.locator('[data-opgave-id]').first().waitFor();
    expect(await guest.getByRole('navigation', { name: 'Account' }).textContent()).toContain(
      'Aangemeld als Beheerder (Beheerder)',
    );
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'regiekaart')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  }, 60_000);

  it('lets the beheerder make a regisseur on the accounts screen', async () => {
    const page = wb.page;
    await wb.open('#/');
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.getByRole('heading', { name: 'Gebruikers', level: 1 }).waitFor();
    await page.locator('tr[data-username="beheerder"]').waitFor();

    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Nieuw account' }) });
    await form.getByLabel('Gebruikersnaam', { exact: true }).fill('ruud.regisseur');
    await form.getByLabel('Naam', { exact: true }).fill('Ruud Regisseur');
    await form.getByLabel('Rol', { exact: true }).selectOption('regisseur');
    await form.getByLabel('Persoon (id)', { exact: true }).fill('per-090');
    await form.getByLabel('Wachtwoord', { exact: true }).fill('kort');
    await form.getByRole('button', { name: 'Account aanmaken' }).click();
    // the browser refuses a password under 12 characters before the server sees it
    expect(await page.locator('tr[data-username="ruud.regisseur"]').count()).toBe(0);
    await form.getByLabel('Wachtwoord', { exact: true }).fill(REGISSEUR_PASSWORD);
    await form.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.locator('tr[data-username="ruud.regisseur"]').waitFor();
    expect(await page.locator('tr[data-username="ruud.regisseur"]').textContent()).toContain('per-090');
    await page.screenshot({ path: join(SCREENSHOTS, 'gebruikers.png'), fullPage: true });
    await expectAccessible(page, 'the accounts screen');

    const users = (await (await wb.api('/api/users')).json()) as {
      items: { username: string; role: string }[];
    };
    expect(users.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ username: 'ruud.regisseur', role: 'regisseur' })]),
    );
  }, 60_000);

  it('lets the beheerder read and filter the access log', async () => {
    const page = wb.page;
    await page.getByRole('link', { name: 'Toegangslog' }).click();
    await page.getByRole('heading', { name: 'Toegangslog', level: 1 }).waitFor();
    await page.getByTestId('access-log').waitFor();
    await page.getByLabel('Actie', { exact: true }).selectOption('login');
    await expect
      .poll(async () =>
        page.locator('[data-testid="access-log"] tbody tr:not([data-action="login"])').count(),
      )
      .toBe(0);
    // the failed login of the first test is there, as a failure
    await page.getByLabel('Resultaat', { exact: true }).selectOption('failure');
    await expect.poll(async () => page.locator('tr[data-result="failure"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'toegangslog.png'), fullPage: true });
    await expectAccessible(page, 'the access log screen');
  }, 60_000);

  it('shows a regisseur only the casussen of their team, and logs them out', async () => {
    // the beheerder names Ruud's person on the teams of seven casussen; nothing else opens one
    const casussen = (await (await wb.api('/api/opgaven?kind=casus&limit=7')).json()) as {
      items: { id: string }[];
    };
    for (const casus of casussen.items) {
      const added = await wb.api(`/api/opgaven/${casus.id}/team`, {
        method: 'POST',
        body: { personId: 'per-090' },
      });
      expect(added.status).toBe(201);
    }
    await guest.getByRole('button', { name: 'Afmelden' }).click();
    await guest.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    await guest.getByLabel('Gebruikersnaam', { exact: true }).fill('ruud.regisseur');
    await guest.getByLabel('Wachtwoord', { exact: true }).fill(REGISSEUR_PASSWORD);
    await guest.getByRole('button', { name: 'Aanmelden' }).click();
    await guest.locator('[data-opgave-id]').first().waitFor();
    expect(await guest.getByRole('link', { name: 'Gebruikers' }).count()).toBe(0);

    await guest.getByLabel('Soort', { exact: true }).selectOption('casus');
    await expect.poll(async () => guest.locator('[data-kind="opgave"]').count()).toBe(0);
    const seen = await guest.locator('[data-kind="casus"]').count();
    const all = (await (await wb.api('/api/opgaven?kind=casus&limit=100')).json()) as { total: number };
    expect(seen).toBe(7); // the seven teams named above
    expect(all.total).toBeGreaterThan(seen);

    await guest.getByRole('button', { name: 'Afmelden' }).click();
    await guest.getByRole('heading', { name: 'Aanmelden' }).waitFor();
    const after = await guest.evaluate(async () => (await fetch('/api/opgaven')).status);
    expect(after).toBe(401);
    expect(guestErrors).toEqual([]);
  }, 60_000);
});
