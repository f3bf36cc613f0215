import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { eventually, expectAccessible, getJson, type NetworkBody, pick } from './edit-helpers.ts';
import { laidOut, startWorkbench, today, type Workbench } from './session.ts';

const OPGAVE = 'opg-ps-pga';
const ACTION = 'Bel de wijkagent over de afspraken in het casusoverleg';

type Annotation = {
  id: string;
  targetType: string;
  targetId: string;
  opgaveId: string | null;
  text: string;
  tags: string[];
  author: string | null;
  isAction: boolean;
  actionStatus: string | null;
  owner: string | null;
  due: string | null;
};
type Page_ = { items: Annotation[] };

describe.skipIf(skipBrowserTests())('notes and actions on actors and the map', () => {
  let wb: Workbench;
  let page: Page;
  let person: { id: string; label: string };
  const notes = async () => (await getJson<Page_>(wb, `/api/annotations?opgaveId=${OPGAVE}&limit=200`)).items;
  const listed = (text: string) => page.getByTestId('notes-panel').locator('li').filter({ hasText: text });

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(15_000);
    await wb.open(`#/opgaven/${OPGAVE}`);
    await wb.waitForMap('the opgave', (m) => m.nodes > 3 && laidOut(m));
    const network = await getJson<NetworkBody>(wb, `/api/opgaven/${OPGAVE}/network?hops=1&asOf=${today()}`);
    const first = network.nodes.find((n) => n.kind === 'person');
    if (!first) throw new Error('e2e: no person on the map');
    person = { id: first.id, label: first.label };
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('annotates an actor with an action: owner, due date, tags, author', async () => {
    const panel = page.getByTestId('edit-panel');
    await pick(panel, 'Actor zoeken', person.label);
    expect(
      await page.evaluate<boolean>(`window.cy.getElementById(${JSON.stringify(person.id)}).selected()`),
    ).toBe(true);
    await panel.getByRole('button', { name: 'Notitie of actie toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: `Notitie of actie bij ${person.label}` });
    await dialog.waitFor();
    await dialog.getByLabel('Tekst').fill(ACTION);
    await dialog.getByLabel('Labels').fill('opvolging, politie');
    await dialog.getByLabel('Auteur').fill('Netwerkregisseur Parkstad');
    await dialog.getByLabel('Dit is een actie').check();
    await dialog.getByLabel('Eigenaar van de actie').fill('Regisseur PGA');
    await dialog.getByLabel('Uiterlijk').fill('2031-03-01');
    await wb.screenshot('notes-action-form.png');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    await listed(ACTION).waitFor();
    expect(await listed(ACTION).getAttribute('data-status')).toBe('open');
    const saved = (await notes()).find((a) => a.text === ACTION);
    expect(saved).toMatchObject({
      targetType: 'person',
      targetId: person.id,
      opgaveId: OPGAVE,
      tags: ['opvolging', 'politie'],
      author: 'Netwerkregisseur Parkstad',
      isAction: true,
      actionStatus: 'open',
      owner: 'Regisseur PGA',
      due: '2031-03-01',
    });
  });

  it('marks the action done and filters the list by open and done', async () => {
    await listed(ACTION)
      .getByRole('checkbox', { name: /Actie afgerond/ })
      .check();
    await eventually(
      'the action done in the store',
      async () => (await notes()).find((a) => a.text === ACTION)?.actionStatus,
      (status) => status === 'done',
    );
    await eventually(
      'the action done in the list',
      () => listed(ACTION).getAttribute('data-status'),
      (s) => s === 'done',
    );

    const filter = page.getByTestId('notes-panel').getByLabel('Tonen');
    await filter.selectOption('open');
    await eventually(
      'the open list without it',
      () => listed(ACTION).count(),
      (n) => n === 0,
    );
    await filter.selectOption('done');
    await listed(ACTION).waitFor();
    await wb.screenshot('notes-done.png');
    await expectAccessible(page, 'the map with its notes and actions');
    await filter.selectOption('all');
  });

  it('annotates the map itself', async () => {
    const text = 'Kaart besproken in de stuurgroep: RvdK ontbreekt nog.';
    await page.getByTestId('notes-panel').getByRole('button', { name: 'Notitie bij de kaart' }).click();
    const dialog = page.getByRole('dialog', { name: 'Notitie of actie bij de kaart' });
    await dialog.getByLabel('Tekst').fill(text);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await listed(text).waitFor();
    expect(await listed(text).textContent()).toContain('bij de kaart');
    expect((await notes()).find((a) => a.text === text)).toMatchObject({
      targetType: 'map',
      targetId: OPGAVE,
      isAction: false,
      actionStatus: null,
    });
  });

  it('runs without script errors', () => {
    expect(wb.scriptErrors).toEqual([]);
  });
});
