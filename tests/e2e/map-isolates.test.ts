import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDataset } from '../bench/generated-network.ts';
import { skipBrowserTests } from './browser.ts';
import { laidOut, SCREENSHOTS, workbenchForTests } from './session.ts';

const base = generatedDataset(60, 5);
const NEWCOMERS = ['Noor Aarts', 'Pim Beckers', 'Roos Coenen', 'Sem Dassen', 'Tess Eurlings', 'Wout Frijns'];

/**
 * Professionals without ties (just added, no organisation yet) are tiled beside the network by the
 * layout, far enough apart that each keeps its name on the map.
 */
describe.skipIf(skipBrowserTests())('actors without ties on the map, in Chromium', () => {
  const workbench = workbenchForTests({
    dataset: {
      ...base,
      people: [
        ...(base.people ?? []),
        ...NEWCOMERS.map((name, i) => ({ id: `nieuw-${i}`, name, function: 'wijkcoach' })),
      ],
    },
  });

  it('names every one of them at the first layout', async () => {
    const wb = workbench();
    await wb.open('#/netwerk?level=person');
    await wb.waitForMap('the whole network', laidOut);
    await wb.page.waitForTimeout(300);
    const alone = await wb.page.evaluate<{ label: string; named: boolean }[]>(`(() =>
      window.cy.nodes().filter((n) => !n.isParent() && n.degree() === 0)
        .map((n) => ({ label: n.data('label'), named: !n.hasClass('label-off') })))()`);
    expect(alone.map((a) => a.label).sort()).toEqual([...NEWCOMERS].sort());
    expect(alone.filter((a) => !a.named).map((a) => a.label)).toEqual([]);
    await wb.page.screenshot({ path: join(SCREENSHOTS, 'map-isolates-1440.png') });
  }, 90_000);
});
