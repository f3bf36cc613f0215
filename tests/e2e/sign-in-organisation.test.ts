import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../apps/api/src/server.ts';
import { CLIENT, startProvider, type TestProvider } from '../../apps/api/test/oidc-provider.ts';
import { launchChromium, skipBrowserTests, WEB_ROOT } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { E2E_ADMIN_PASSWORD, SCREENSHOTS } from './session.ts';

describe.skipIf(skipBrowserTests())(
  'signing in with the organisation account, and the accessibility statement',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'regiekaart-e2e-oidc-'));
    let op: TestProvider;
    let server: RunningServer;
    let browser: Browser;

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      let url = '';
      op = await startProvider(() => url);
      op.accounts.set('sub-anna', {
        sub: 'sub-anna',
        preferred_username: 'anna.jansen',
        name: 'Anna Jansen',
        roles: ['regiekaart-regie'],
      });
      server = await startServer({
        port: 0,
        dbPath: join(dir, 'e2e.db'),
        webRoot: WEB_ROOT,
        adminPassword: E2E_ADMIN_PASSWORD,
        oidc: {
          issuer: op.issuer,
          clientId: CLIENT.id,
          clientSecret: CLIENT.secret,
          roleClaim: 'roles',
          roles: { 'regiekaart-beheer': 'beheerder', 'regiekaart-regie': 'regisseur' },
        },
      });
      url = server.url;
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await op?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      it(`offers "Inloggen met je organisatieaccount" and signs in through the provider (${viewport.width}x${viewport.height})`, async () => {
        const page = await browser.newPage({ viewport, locale: 'nl-NL' });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${server.url}/#/`);
        const button = page.getByRole('link', { name: 'Inloggen met je organisatieaccount' });
        await button.waitFor();
        // the password form stays for local accounts
        expect(await page.getByLabel('Gebruikersnaam').count()).toBe(1);
        await expectAccessible(page, 'the login screen with OIDC');
        await page.screenshot({ path: `${SCREENSHOTS}/login-oidc-${viewport.width}x${viewport.height}.png` });

        // keyboard: the button is reachable and works with Enter
        await button.focus();
        op.signInAs = 'sub-anna';
        await Promise.all([page.waitForURL(`${server.url}/`), page.keyboard.press('Enter')]);
        await page.getByText('Aangemeld als Anna Jansen (Regisseur)').waitFor({ state: 'attached' });
        expect(errors).toEqual([]);

        // the footer leads to the accessibility statement
        await page.getByRole('link', { name: 'Toegankelijkheid' }).click();
        await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
        expect(await page.locator('main').textContent()).toContain('WCAG 2.1 op niveau A en AA');
        await expectAccessible(page, 'the accessibility statement');
        // it reflows: nothing wider than the screen
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
          viewport.width,
        );
        await page.screenshot({
          path: `${SCREENSHOTS}/toegankelijkheid-${viewport.width}x${viewport.height}.png`,
          fullPage: true,
        });

        // logging out ends the session here and at the provider, which sends the browser back
        await page.goto(`${server.url}/#/`);
        // on a phone the account sits behind the Menu button
        if (viewport.width <= 700) await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('button', { name: 'Afmelden' }).click();
        await page.waitForURL((u) => u.origin === op.issuer);
        await page.close();
      }, 90_000);
    }

    it('shows the accessibility statement without signing in', async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
      await page.goto(`${server.url}/#/toegankelijkheid`);
      await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
      expect(await page.getByLabel('Wachtwoord').count()).toBe(0);
      await page.close();
    }, 60_000);
  },
);
