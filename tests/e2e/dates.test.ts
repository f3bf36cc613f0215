import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

// west of Greenwich a calendar day read as UTC midnight falls on the day before
const TIME_ZONE = 'America/Los_Angeles';

describe.skipIf(skipBrowserTests())(`calendar dates in a browser in ${TIME_ZONE}`, () => {
  let wb: Workbench;
  let page: Page;

  beforeAll(async () => {
    wb = await startWorkbench({ timezoneId: TIME_ZONE });
    page = wb.page;
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('runs the page in that time zone', async () => {
    await wb.open('#/');
    expect(await page.evaluate<string>('Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe(TIME_ZONE);
    expect(await page.evaluate<number>("new Date('2024-03-01').getDate()")).toBe(29);
  });

  it('shows the map of 1 March 2024 as of 1 March 2024, in the caption, the summary and the date field', async () => {
    await wb.open('#/netwerk?asOf=2024-03-01&level=organisation');
    await wb.waitForMap('the network of 1 March 2024', (m) => m.nodes > 0 && laidOut(m));
    expect(await page.getByTestId('map-caption').textContent()).toContain('1 maart 2024');
    expect(await page.getByTestId('network-summary').textContent()).toContain('1 maart 2024');
    expect(await page.getByLabel('Zoals op (datum)').inputValue()).toBe('2024-03-01');
    expect(page.url()).toContain('asOf=2024-03-01');
  }, 90_000);

  it('shows key figures on the days asked for', async () => {
    await wb.open('#/kerncijfers?peildatum=2024-03-01&vergelijk=2023-01-01');
    const main = page.locator('main');
    await expect
      .poll(
        async () =>
          /1 maart 2024[\s\S]*1 januari 2023|1 januari 2023[\s\S]*1 maart 2024/.test(
            (await main.textContent()) ?? '',
          ),
        {
          timeout: 30_000,
        },
      )
      .toBe(true);
    expect(await main.textContent()).not.toContain('29 februari 2024');
    expect(await main.textContent()).not.toContain('31 december 2022');
  }, 60_000);

  it('compares the change between the days in the URL', async () => {
    await wb.open('#/verandering?van=2021-10-01&tot=2023-10-01');
    const main = page.locator('main');
    await expect
      .poll(async () => /1 oktober 2021[\s\S]*1 oktober 2023/.test((await main.textContent()) ?? ''), {
        timeout: 30_000,
      })
      .toBe(true);
    expect(await page.getByLabel('Van', { exact: true }).first().inputValue()).toBe('2021-10-01');
    expect(await main.textContent()).not.toContain('30 september 2023');
  }, 60_000);
});
