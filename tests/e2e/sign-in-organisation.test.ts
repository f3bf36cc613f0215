import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT, startProvider, type TestProvider } from '../../apps/api/test/oidc-provider.ts';
import { launchChromium, skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { SCREENSHOTS, startTestServer, type TestServer } from './session.ts';

describe.skipIf(skipBrowserTests())(
  'signing in with the organisation account, and the accessibility statement',
  () => {
    let op: TestProvider;
    let test: TestServer;
    let url = '';
    let browser: Browser;

    beforeAll(async () => {
      op = await startProvider(() => url);
      op.accounts.set('sub-anna', {
        sub: 'sub-anna',
        preferred_username: 'anna.jansen',
        name: 'Anna Jansen',
        roles: ['regiekaart-regie'],
      });
      test = await startTestServer({
        oidc: {
          issuer: op.issuer,
          clientId: CLIENT.id,
          clientSecret: CLIENT.secret,
          roleClaim: 'roles',
          roles: { 'regiekaart-beheer': 'beheerder', 'regiekaart-regie': 'regisseur' },
        },
      });
      url = test.server.url;
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
      await test?.close();
      await op?.stop();
    });

    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      it(`offers "Inloggen met je organisatieaccount" and signs in through the provider (${viewport.width}x${viewport.height})`, async () => {
        const page = await browser.newPage({ viewport, locale: 'nl-NL' });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${url}/#/`);
        const button = page.getByRole('link', { name: 'Inloggen met je organisatieaccount' });
        await button.waitFor();
        // the password form stays for local accounts
        expect(await page.getByLabel('Gebruikersnaam').count()).toBe(1);
        await expectAccessible(page, 'the login screen with OIDC');
        await page.screenshot({ path: `${SCREENSHOTS}/login-oidc-${viewport.width}x${viewport.height}.png` });

        // keyboard: the button is reachable and works with Enter
        await button.focus();
        op.signInAs = 'sub-anna';
        await Promise.all([page.waitForURL(`${url}/`), page.keyboard.press('Enter')]);
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
        await page.goto(`${url}/#/`);
        // on a phone the account sits behind the Menu button
        if (viewport.width <= 700) await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('button', { name: 'Afmelden' }).click();
        await page.waitForURL((u) => u.origin === op.issuer);
        await page.close();
      }, 90_000);
    }

    it('shows the accessibility statement without signing in', async () => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
      await page.goto(`${url}/#/toegankelijkheid`);
      await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
      expect(await page.getByLabel('Wachtwoord').count()).toBe(0);
      await page.close();
    }, 60_000);
  },
);
