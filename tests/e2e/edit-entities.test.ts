import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { eventually, expectAccessible, getJson, pick } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

const OPGAVE = 'opg-wm-jongvolwassenen';
const NEW_PERSON = 'Sanne Testpersoon';

type Person = { id: string; name: string; memberships: { id: string; organisationId: string }[] };
type Link = { id: string };
type Participant = { id: string; actorId: string; role: string };
type Template = { id: string; name: string; roles: { label: string; orgType: string | null }[] };
type Page_<T> = { items: T[]; total: number };

describe.skipIf(skipBrowserTests())('people, participants and templates; deleting with confirmation', () => {
  let wb: Workbench;
  let page: Page;
  const people = (q: string) => getJson<Page_<Person>>(wb, `/api/people?q=${encodeURIComponent(q)}`);
  const participants = async () =>
    (await getJson<Page_<Participant>>(wb, `/api/opgaven/${OPGAVE}/participants`)).items;
  const undo = () => page.getByRole('button', { name: /Ongedaan maken/ }).click();
  const redo = () => page.getByRole('button', { name: /Opnieuw uitvoeren/ }).click();

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(15_000);
    // the people of this large opgave (it opens at organisation level by itself)
    await wb.open(`#/opgaven/${OPGAVE}?level=person`);
    await wb.waitForMap('the opgave', (m) => m.nodes > 3 && laidOut(m));
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('creates a person with two memberships; a missing organisation shows at memberships.1.organisationId', async () => {
    await page.getByRole('button', { name: 'Nieuwe persoon' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe persoon' });
    await dialog.getByLabel('Naam').fill(NEW_PERSON);
    await dialog.getByLabel('Functie').fill('wijkcoach');
    await dialog.getByRole('button', { name: 'Lidmaatschap toevoegen' }).click();
    await dialog.getByRole('button', { name: 'Lidmaatschap toevoegen' }).click();
    await pick(
      dialog.getByRole('group', { name: 'Lidmaatschap 1' }),
      'Organisatie',
      'Gemeente Sittard-Geleen',
    );
    await dialog.getByRole('button', { name: 'Opslaan' }).click();

    const error = dialog.locator('[data-field-error="memberships.1.organisationId"]');
    await error.waitFor();
    expect(await error.textContent()).toBe('kies er een uit de lijst (typ om te zoeken)');
    expect(await dialog.locator('[data-field-error]').count()).toBe(1);
    expect(await dialog.getByRole('alert').textContent()).toContain('Organisatie (2)');
    await wb.screenshot('edit-person-membership-error.png');
    await expectAccessible(page, 'the person form with memberships');
    expect((await people(NEW_PERSON)).total).toBe(0);

    await pick(dialog.getByRole('group', { name: 'Lidmaatschap 2' }), 'Organisatie', 'Mondriaan');
    await dialog.getByRole('group', { name: 'Lidmaatschap 2' }).getByLabel('Sinds').fill('2025-02-01');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const created = (await people(NEW_PERSON)).items[0];
    expect(created?.memberships.map((m) => m.organisationId)).toHaveLength(2);

    await undo();
    await eventually(
      'the person gone',
      async () => (await people(NEW_PERSON)).total,
      (n) => n === 0,
    );
    await redo();
    const again = await eventually(
      'the person back',
      () => people(NEW_PERSON),
      (p) => p.total === 1,
    );
    expect(again.items[0]?.id).toBe(created?.id);
  });

  it('adds a participant to the opgave on screen; the map shows it', async () => {
    const person = (await people(NEW_PERSON)).items[0];
    await page.getByRole('button', { name: 'Deelnemers' }).click();
    const list = page.getByRole('dialog', { name: 'Deelnemers aan de opgave' });
    await list.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    const form = page.getByRole('dialog', { name: 'Deelnemer toevoegen' });
    await pick(form, 'Persoon of organisatie', NEW_PERSON);
    await form.getByLabel('Rol in de opgave').selectOption('adviseur');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await list.locator('li').filter({ hasText: NEW_PERSON }).waitFor();
    expect((await participants()).find((p) => p.actorId === person?.id)?.role).toBe('adviseur');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    await eventually(
      'the new participant on the map',
      () => page.evaluate<boolean>(`window.cy.getElementById(${JSON.stringify(person?.id)}).nonempty()`),
      (shown) => shown,
    );
  });

  it('creates a partner template with roles; a role without type or domain is refused at its field', async () => {
    await page.getByRole('button', { name: 'Partnersjablonen' }).click();
    await page
      .getByRole('dialog', { name: 'Partnersjablonen' })
      .getByRole('button', { name: 'Nieuw sjabloon' })
      .click();
    const form = page.getByRole('dialog', { name: 'Nieuw partnersjabloon' });
    await form.getByLabel('Naam').fill('Woonoverlast: vaste partners');
    await form.getByRole('button', { name: 'Rol toevoegen' }).click();
    const role = form.getByRole('group', { name: 'Rol 1' });
    await role.getByLabel('Omschrijving van de rol').fill('Wijkagent');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const error = form.locator('[data-field-error="roles.0.orgType"]');
    await error.waitFor();
    expect(await error.textContent()).toBe('een rol vraagt een soort organisatie of een domein');
    await role.getByLabel('Soort organisatie').fill('politie');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByRole('dialog', { name: 'Partnersjablonen' })
      .locator('li')
      .filter({ hasText: 'Woonoverlast' })
      .waitFor();
    const templates = await getJson<Page_<Template>>(wb, '/api/templates?q=Woonoverlast');
    expect(templates.items[0]?.roles).toEqual([
      expect.objectContaining({ label: 'Wijkagent', orgType: 'politie' }),
    ]);
    await page.keyboard.press('Escape');
  });

  it('asks before deleting a person with ties, deletes with cascade only when confirmed, and undo restores it all', async () => {
    const id = 'per-019';
    const person = await getJson<Person>(wb, `/api/people/${id}`);
    const links = async () => (await getJson<Page_<Link>>(wb, `/api/links?actorId=${id}&limit=100`)).items;
    const linksBefore = (await links()).map((l) => l.id).sort();
    const participantsBefore = (await participants()).filter((p) => p.actorId === id);
    expect(linksBefore.length).toBeGreaterThan(0);
    expect(participantsBefore.length).toBeGreaterThan(0);

    const panel = page.getByTestId('edit-panel');
    await pick(panel, 'Actor zoeken', person.name);
    await panel.getByRole('button', { name: `${person.name} bewerken` }).click();
    const form = page.getByRole('dialog', { name: `Persoon bewerken: ${person.name}` });
    await form.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Verwijderen bevestigen' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`${linksBefore.length} verbindingen`);
    await wb.screenshot('edit-delete-confirm.png');
    await expectAccessible(page, 'the delete confirmation');
    await confirm.getByRole('button', { name: 'Annuleren' }).click();
    expect((await wb.api(`/api/people/${id}`)).status).toBe(200);

    await form.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await confirm.getByRole('button', { name: 'Alles verwijderen' }).click();
    await form.waitFor({ state: 'detached' });
    expect((await wb.api(`/api/people/${id}`)).status).toBe(404);
    expect(await links()).toEqual([]);

    await undo();
    // the inverse is several calls (person, ties, participations): wait until all are done
    await page
      .getByRole('status')
      .filter({ hasText: `Ongedaan gemaakt: Persoon verwijderd: ${person.name}` })
      .waitFor();
    expect(await getJson<Person>(wb, `/api/people/${id}`)).toMatchObject({
      name: person.name,
      memberships: person.memberships,
    });
    expect((await links()).map((l) => l.id).sort()).toEqual(linksBefore);
    expect((await participants()).filter((p) => p.actorId === id)).toEqual(participantsBefore);
  }, 60_000);

  it('runs without script errors', () => {
    // the refused delete (409) and the deleted person (404) show as failed requests; nothing else may
    expect(wb.scriptErrors.filter((e) => !/status of (404|409)/.test(e))).toEqual([]);
  });
});
