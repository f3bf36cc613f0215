import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { personLeaks, sample, samplePeople } from '../test/sample.ts';
import { REDACTED } from './services/deck.service.ts';

const broker = samplePeople.find((p) => p.id === 'per-028')!;

let h: Harness;
let presentationId: string;
beforeAll(async () => {
  h = await startHarness(sample);
  // a person-level view with people placed and focused, and a name in its caption
  const personView = await h.call('POST', '/api/views', {
    id: 'vw-deck-personen',
    opgaveId: 'opg-ps-pga',
    name: `Rond ${broker.name}`,
    caption: 'Wie werkt samen',
    positions: { 'per-028': { x: 10, y: 20 }, 'per-090': { x: 30, y: 40 }, 'org-politie-wm': { x: 1, y: 2 } },
    filters: { level: 'person', hops: 1, focus: 'per-028', organisations: ['org-politie-wm'] },
    styling: { sizeBy: 'betweenness', select: 'per-090', groupByOrganisation: true },
  });
  expect(personView.status).toBe(201);
  const casusView = await h.call('POST', '/api/views', {
    id: 'vw-deck-casus',
    opgaveId: 'cas-mh-2020-117',
    name: 'Een casus',
    positions: { 'per-199': { x: 0, y: 0 } },
    filters: { level: 'person' },
  });
  expect(casusView.status).toBe(201);
  const created = await h.call('POST', '/api/presentations', {
    name: 'Jaarverslag',
    purpose: 'Verantwoording',
    raad: true,
    steps: [
      { viewId: 'view-zl-organisaties', title: 'Het netwerk' },
      {
        viewId: 'vw-deck-personen',
        title: `De makelaar ${broker.name.toUpperCase()}`,
        caption: `${broker.name} (per-028) verbindt de FACT-teams met de rest.`,
      },
      { viewId: 'vw-deck-casus', title: 'Een casus', caption: 'Hoe een casus loopt' },
    ],
  });
  expect(created.status).toBe(201);
  presentationId = created.body.id;
});
afterAll(() => h.stop());

describe('GET /api/presentations/:id/steps', () => {
  it('in the working version gives each step its saved view as saved', async () => {
    const { status, body } = await h.call('GET', `/api/presentations/${presentationId}/steps?view=werk`);
    expect(status).toBe(200);
    expect(body.view).toBe('werk');
    expect(body.steps.map((s: { number: number }) => s.number)).toEqual([1, 2, 3]);
    const step = body.steps[1];
    expect(step).toMatchObject({
      viewId: 'vw-deck-personen',
      opgaveId: 'opg-ps-pga',
      available: true,
      filters: { level: 'person', focus: 'per-028' },
    });
    expect(Object.keys(step.positions).sort()).toEqual(['org-politie-wm', 'per-028', 'per-090']);
    expect(step.caption).toContain(broker.name);
    expect(body.steps[2]).toMatchObject({ available: true, opgaveKind: 'casus' });
  });

  it("follows the presentation's own choice without view=", async () => {
    const { body } = await h.call('GET', `/api/presentations/${presentationId}/steps`);
    expect(body.view).toBe('raad');
    expect(body.raad).toBe(true);
  });

  it('in the raadsversie names and points at no person, not even in the texts', async () => {
    const reply = await h.call('GET', `/api/presentations/${presentationId}/steps?view=raad&minPeople=5`);
    expect(reply.status).toBe(200);
    expect(personLeaks(reply.text)).toEqual([]);
    const { body } = reply;
    expect(body.minPeople).toBe(5);
    const step = body.steps[1];
    expect(step.positions).toEqual({ 'org-politie-wm': { x: 1, y: 2 } });
    expect(step.filters).toEqual({ level: 'organisation', hops: 1, organisations: ['org-politie-wm'] });
    expect(step.styling).toEqual({ sizeBy: 'betweenness' });
    expect(step.title).toBe(`De makelaar ${REDACTED}`);
    expect(step.caption).toBe(`${REDACTED} (${REDACTED}) verbindt de FACT-teams met de rest.`);
    expect(body.redactions).toBe(3);
  });

  it('shows a casus in the raadsversie only as a step without its map', async () => {
    const { body } = await h.call('GET', `/api/presentations/${presentationId}/steps?view=raad`);
    expect(body.steps[2]).toMatchObject({
      available: false,
      unavailableReason: 'casus',
      opgaveId: null,
      positions: {},
      filters: {},
    });
  });

  it('the sample council presentation carries no person in the raadsversie', async () => {
    const reply = await h.call('GET', '/api/presentations/prs-raad-2026/steps');
    expect(reply.status).toBe(200);
    expect(reply.body.steps.length).toBe(2);
    expect(personLeaks(reply.text)).toEqual([]);
  });

  it('marks views that compare two dates as change or key-figure steps, in both versions', async () => {
    const view = await h.call('POST', '/api/views', {
      id: 'vw-deck-verandering',
      name: 'Sinds de samenwerking',
      filters: { level: 'organisation', asOf: '2023-10-01' },
      styling: { compareFrom: '2021-09-30' },
    });
    expect(view.status).toBe(201);
    const figures = await h.call('POST', '/api/views', {
      id: 'vw-deck-kerncijfers',
      name: 'Kerncijfers',
      filters: { asOf: '2024-01-01' },
      styling: { slide: 'kerncijfers', compareFrom: '2023-01-01' },
    });
    expect(figures.status).toBe(201);
    const created = await h.call('POST', '/api/presentations', {
      name: 'Groei',
      steps: [
        { viewId: 'vw-deck-verandering', title: 'Wat veranderde' },
        { viewId: 'view-zl-organisaties', title: 'Nu' },
        { viewId: 'vw-deck-kerncijfers', title: 'In cijfers' },
      ],
    });
    for (const mode of ['raad', 'werk']) {
      const { body } = await h.call('GET', `/api/presentations/${created.body.id}/steps?view=${mode}`);
      expect(
        body.steps.map((s: { kind: string; compareFrom: string | null }) => [s.kind, s.compareFrom]),
      ).toEqual([
        ['change', '2021-09-30'],
        ['map', null],
        ['figures', '2023-01-01'],
      ]);
    }
  });

  it('answers 404 for an unknown presentation and 400 naming a bad parameter', async () => {
    const missing = await h.call('GET', '/api/presentations/prs-onbekend/steps');
    expect(missing.status).toBe(404);
    expect(missing.type).toContain('application/problem+json');
    const bad = await h.call('GET', `/api/presentations/${presentationId}/steps?view=geheim`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('view');
    const unknown = await h.call('GET', `/api/presentations/${presentationId}/steps?naam=1`);
    expect(unknown.status).toBe(400);
  });

  it('leaves out a step whose casus the caller may not see', async () => {
    const lezer = await h.as('lezer');
    const { status, body } = await lezer('GET', `/api/presentations/${presentationId}/steps?view=werk`);
    expect(status).toBe(200);
    expect(body.steps.map((s: { viewId: string }) => s.viewId)).toEqual([
      'view-zl-organisaties',
      'vw-deck-personen',
    ]);
  });
});
