import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { type Db, openDatabase } from './db/database.ts';
import { personRedactor, REDACTED } from './services/deck.service.ts';
import { createPerson } from './services/people.service.ts';
import { createPresentation } from './services/presentations.service.ts';
import { createView } from './services/views.service.ts';

const FIRST = ['Yvonne', 'Anna', 'Bram', 'Mohamed', 'Sanne', 'Joris', 'Fatima', 'Eva'];
const INFIX = ['', 'de', 'van', 'van der', 'ter', 'van den'];
const GAPS = [' ', '  ', '\u00a0', '\n', '\t', '_', ' \u00a0 ', '\u2009', '\r\n'];
const TITLES = ['mevrouw', 'meneer', 'mevr.', 'mw.', 'dhr.', 'de heer', 'dr.', 'mr.', 'Drs.', 'ing.'];
const CONTEXT = ['Gesprek met ', 'Dank aan ', '(', 'Zie ', '"', 'Team: ', '', '— '];
const AFTER = ['', '.', ',', ')', '_team', '-overleg', ' en collega’s', '"', '\n'];

const surnameArb = fc
  .stringMatching(/^[a-z]{5,10}$/)
  .map((s) => s[0]!.toUpperCase() + s.slice(1))
  .filter((s) => !/team|overleg|collega/i.test(s));

const casing = (text: string, upper: boolean[]) =>
  [...text].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');

/** A person and one way a user might write their name in a caption. */
const spelling = fc
  .record({
    first: fc.constantFrom(...FIRST),
    infix: fc.constantFrom(...INFIX),
    surname: surnameArb,
    gap: fc.constantFrom(...GAPS),
    form: fc.constantFrom('full', 'surname', 'title', 'initial', 'titleInitial'),
    title: fc.constantFrom(...TITLES),
    before: fc.constantFrom(...CONTEXT),
    after: fc.constantFrom(...AFTER),
    upper: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
    recase: fc.boolean(),
  })
  .map((r) => {
    const surname = [r.infix, r.surname].filter(Boolean).join(' ');
    const name = `${r.first} ${surname}`;
    const written = surname.split(' ').join(r.gap);
    const forms: Record<string, string> = {
      full: [r.first, ...surname.split(' ')].join(r.gap),
      surname: written,
      title: `${r.title}${r.gap}${written}`,
      initial: `${r.first[0]}.${r.gap}${written}`,
      titleInitial: `${r.title} ${r.first[0]}.${written}`,
    };
    const form = forms[r.form] as string;
    return {
      name,
      surname: r.surname,
      text: `${r.before}${r.recase ? casing(form, r.upper) : form}${r.after}`,
    };
  });

let db: Db;
beforeAll(() => {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'regiekaart-redact-')), 'store.db'));
});
afterAll(() => db.close());

describe('council redaction', () => {
  it('never lets a generated spelling of a stored name survive', () => {
    fc.assert(
      fc.property(spelling, ({ name, surname, text }) => {
        db.exec('DELETE FROM actors');
        createPerson(db, { name, memberships: [] });
        const { text: out, count } = personRedactor(db)(text);
        const folded = out.normalize('NFKC').toLowerCase();
        return count > 0 && out.includes(REDACTED) && !folded.includes(surname.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });

  it('leaves text without names as it was', () => {
    db.exec('DELETE FROM actors');
    createPerson(db, { name: 'Yvonne Schiffelers', memberships: [] });
    const redact = personRedactor(db);
    expect(redact('Samenwerking  tussen zorg\nen veiligheid').text).toBe(
      'Samenwerking  tussen zorg\nen veiligheid',
    );
    expect(redact('Schiffelersweg').count).toBe(0); // part of a longer word is another word
  });
});

describe('the raadsversie of a presentation and a network', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(smallNetwork);
  });
  afterAll(() => h.stop());

  it('blacks out every variant, drops view ids and free-text styling, and redacts an organisation named after a person', async () => {
    createPerson(h.db, {
      id: 'per-ys',
      name: 'Yvonne Schiffelers',
      memberships: [{ organisationId: 'ggz' }],
    });
    const view = createView(h.db, {
      id: 'weergave-schiffelers',
      name: 'Kaart',
      positions: {},
      filters: {},
      styling: {
        sizeBy: 'Yvonne Schiffelers',
        colourBy: 'domain',
        layout: 'fcose',
        notitie: 'bel Yvonne',
        showLabels: true,
      },
    });
    const variants = [
      'Y. Schiffelers',
      'mevrouw Schiffelers',
      'Yvonne  Schiffelers',
      'Yvonne\u00a0Schiffelers',
      'Yvonne\nSchiffelers',
      'Schiffelers_team',
      'YVONNE schiffelers',
    ];
    const deck = createPresentation(h.db, {
      name: 'Jaarverslag',
      raad: true,
      steps: variants.map((title) => ({ viewId: view.id, title, caption: `Met dank aan ${title}.` })),
    });
    const reply = await h.call('GET', `/api/presentations/${deck.id}/steps?view=raad`);
    expect(reply.status).toBe(200);
    expect(reply.text).not.toMatch(/schiffelers/i);
    expect(reply.text).not.toContain('weergave-schiffelers');
    expect(reply.body.redactions).toBe(variants.length * 2);
    for (const step of reply.body.steps) {
      expect(step.styling).toEqual({ colourBy: 'domain', layout: 'fcose', showLabels: true });
      expect(step.viewId).toBe(`stap-${step.number}`);
    }
    // the working version keeps everything
    const werk = await h.call('GET', `/api/presentations/${deck.id}/steps?view=werk`);
    expect(werk.text).toContain('weergave-schiffelers');

    await h.call('POST', '/api/organisations', {
      id: 'praktijk-ys',
      name: 'Praktijk Schiffelers',
      domain: 'zorg',
      type: 'ggz',
    });
    createPerson(h.db, { name: 'Pieter Praktijkhouder', memberships: [{ organisationId: 'praktijk-ys' }] });
    const plain = await h.call('GET', '/api/network?view=raad&minPeople=1');
    expect(plain.body.nodes.map((n: { id: string }) => n.id)).toContain('praktijk-ys');
    for (const path of [
      '/api/network?view=raad&minPeople=1',
      '/api/export?format=csv&view=raad&minPeople=1',
    ]) {
      const network = await h.call('GET', path);
      expect(network.status).toBe(200);
      expect(network.text, path).not.toMatch(/schiffelers/i);
    }
  });
});
