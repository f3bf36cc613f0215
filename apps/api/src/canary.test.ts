import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, type Harness, type Reply, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

/**
 * The canary: a beheerder plants a casus with a unique code, name, description, participant, team
 * member, note and view. Then an outside regisseur and a lezer ask every GET route of the OpenAPI
 * document (so routes added later are covered without editing this test), with ids filled from
 * the lists they see and from the canary itself, every list with search terms, every export
 * format, both versions (werk and raad), the personal-data export and presentation steps. Nothing
 * of the canary may appear anywhere, except the path the caller asked for echoed in a 404.
 */
let h: Harness;
let outsiders: Record<'regisseur' | 'lezer', Caller>;

const CANARY = {
  id: 'cas-kanarie-7q',
  code: 'KAN-9137-QZ',
  name: 'Casus Kanariegeel Zwavelvink',
  description: 'kanarie-omschrijving-4471',
  participantNote: 'kanarie-deelnemer-notitie-0815',
  annotationText: 'kanarie-notitie-2208',
  viewName: 'kanarie-weergave-5150',
};
const PERSON = 'per-kanarie-zanger'; // takes part in the canary casus only
const secrets: string[] = Object.values(CANARY);
let plantedPresentation = '';

type Operation = { parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[] };
type Schema = { type?: string; enum?: unknown[]; anyOf?: Schema[]; items?: Schema; default?: unknown };

beforeAll(async () => {
  h = await startHarness(smallNetwork);
  outsiders = {
    regisseur: await h.account({ username: 'kanarie-buiten', role: 'regisseur', personId: 'p2' }),
    lezer: await h.account({ username: 'kanarie-lezer', role: 'lezer', personId: 'p4' }),
  };
  const ok = (reply: Reply, what: string) => {
    expect(reply.status, `${what}: ${reply.text.slice(0, 200)}`).toBeLessThan(300);
    return reply.body;
  };
  ok(
    await h.call('POST', '/api/people', {
      id: PERSON,
      name: 'Zanger Geelborst',
      memberships: [{ organisationId: 'ggz' }],
    }),
    'person',
  );
  ok(
    await h.call('POST', '/api/opgaven', {
      id: CANARY.id,
      name: CANARY.name,
      description: CANARY.description,
      level: 'individueel',
      kind: 'casus',
      code: CANARY.code,
      status: 'actief',
    }),
    'casus',
  );
  const participant = ok(
    await h.call('POST', `/api/opgaven/${CANARY.id}/participants`, {
      actorId: PERSON,
      role: 'partner',
      note: CANARY.participantNote,
      since: '2024-01-01',
    }),
    'participant',
  );
  ok(
    await h.call('POST', `/api/opgaven/${CANARY.id}/participants`, { actorId: 'p5', role: 'regisseur' }),
    'regisseur',
  );
  const member = ok(await h.call('POST', `/api/opgaven/${CANARY.id}/team`, { personId: 'p5' }), 'team');
  const note = ok(
    await h.call('POST', '/api/annotations', {
      targetType: 'opgave',
      targetId: CANARY.id,
      text: CANARY.annotationText,
    }),
    'note',
  );
  const view = ok(
    await h.call('POST', '/api/views', {
      opgaveId: CANARY.id,
      name: CANARY.viewName,
      styling: { sizeBy: 'degree' },
    }),
    'view',
  );
  const open = ok(await h.call('POST', '/api/views', { name: 'gewone weergave' }), 'open view');
  plantedPresentation = ok(
    await h.call('POST', '/api/presentations', {
      name: 'Jaarverslag',
      raad: false,
      steps: [
        { viewId: open.id, title: 'Het netwerk' },
        { viewId: view.id, title: 'Een casus' },
      ],
    }),
    'presentation',
  ).id;
  secrets.push(participant.id, member.id, note.id, view.id);
  // the beheerder reads and exports: the access log now names the canary's code several times
  ok(await h.call('GET', `/api/opgaven/${CANARY.id}`), 'read');
  ok(await h.call('GET', '/api/export?format=json'), 'export');
}, 60_000);
afterAll(() => h.stop());

const DAY = '2024-06-01';
const DEFAULTS: Record<string, string> = {
  from: '2023-01-01',
  to: DAY,
  asOf: DAY,
  compareWith: '2023-01-01',
  remove: 'p1',
  limit: '1000',
};

const enumOf = (schema: Schema | undefined): string[] => {
  if (!schema) return [];
  if (schema.enum) return schema.enum.map(String);
  for (const s of schema.anyOf ?? []) if (s.enum) return s.enum.map(String);
  return [];
};

/** Query strings for one operation: required values filled, every enum value and every search term tried. */
function queriesFor(op: Operation): string[] {
  const query = (op.parameters ?? []).filter((p) => p.in === 'query');
  const base = new URLSearchParams();
  for (const p of query) {
    const value = DEFAULTS[p.name] ?? (p.required ? (enumOf(p.schema)[0] ?? 'x') : undefined);
    if (value !== undefined) base.set(p.name, value);
  }
  const variants = [base.toString()];
  for (const p of query) {
    for (const value of enumOf(p.schema)) {
      const v = new URLSearchParams(base);
      v.set(p.name, value);
      variants.push(v.toString());
      // every export format in both versions
      if (p.name === 'format' && query.some((o) => o.name === 'view')) {
        v.set('view', 'raad');
        variants.push(v.toString());
      }
    }
    if (p.name === 'q') {
      for (const term of [CANARY.code, CANARY.name, 'kanarie', 'KAN-']) {
        const v = new URLSearchParams(base);
        v.set('q', term);
        variants.push(v.toString());
      }
    }
  }
  if (query.some((p) => p.name === 'level')) {
    for (const level of ['person', 'organisation']) {
      const v = new URLSearchParams(base);
      v.set('level', level);
      variants.push(v.toString());
    }
  }
  return [...new Set(variants)];
}

const idsIn = (reply: Reply): string[] => {
  const items = Array.isArray(reply.body?.items)
    ? reply.body.items
    : Array.isArray(reply.body)
      ? reply.body
      : [];
  return items
    .map((item: { id?: unknown; code?: unknown }) => item.id ?? item.code)
    .filter((id: unknown): id is string => typeof id === 'string')
    .slice(0, 4);
};

/** Concrete paths for a template: ids from the lists the caller sees, and the canary's own ids. */
async function concretePaths(caller: Caller, template: string): Promise<string[]> {
  const parts = template.split('/').filter(Boolean);
  let prefixes = [''];
  for (const [i, part] of parts.entries()) {
    if (!part.startsWith('{')) {
      prefixes = prefixes.map((p) => `${p}/${part}`);
      continue;
    }
    const next: string[] = [];
    if (part === '{level}') {
      // a map level is a word, not an id
      for (const prefix of prefixes)
        for (const level of ['person', 'organisation']) next.push(`${prefix}/${level}`);
      prefixes = next;
      continue;
    }
    for (const prefix of prefixes) {
      const list = await caller('GET', `/api${prefix}?limit=1000`);
      const ids = list.status === 200 ? idsIn(list) : [];
      const own = parts[i - 1] === 'opgaven' ? [CANARY.id] : i === 1 ? [] : secrets.slice(-4);
      for (const id of [...ids, ...own, 'x'].slice(0, 6)) next.push(`${prefix}/${encodeURIComponent(id)}`);
    }
    prefixes = next;
  }
  return prefixes.map((p) => `/api${p}`);
}

function leaks(path: string, reply: Reply): string[] {
  let text = `${reply.text}\n${reply.headers.get('content-disposition') ?? ''}`;
  if (reply.status === 404 && typeof reply.body === 'object' && reply.body) {
    // a 404 may echo what the caller asked for, nothing more
    const asked = decodeURIComponent(path.split('?')[0] as string)
      .split('/')
      .filter(Boolean);
    let detail = String(reply.body.detail ?? '');
    for (const segment of asked) detail = detail.split(`"${segment}"`).join('""');
    text = JSON.stringify({ ...reply.body, instance: undefined, detail });
  }
  return secrets.filter((s) => text.toLowerCase().includes(s.toLowerCase()));
}

describe('the canary casus', () => {
  it('appears nowhere for an outside regisseur or a lezer, on every GET route of the API document', async () => {
    const doc = (await h.call('GET', '/api/openapi.json')).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    const templates = Object.entries(doc.paths).filter(([, ops]) => ops.get);
    expect(templates.length).toBeGreaterThan(30);
    const found: string[] = [];
    let requests = 0;
    for (const [who, caller] of Object.entries(outsiders)) {
      for (const [template, ops] of templates) {
        for (const path of await concretePaths(caller, template)) {
          for (const query of queriesFor(ops.get as Operation)) {
            const url = query ? `${path}?${query}` : path;
            const reply = await caller('GET', url);
            requests++;
            expect(reply.status, `${who} GET ${url}: ${reply.text.slice(0, 200)}`).toBeLessThan(500);
            for (const secret of leaks(url, reply))
              found.push(`${who} GET ${url} -> ${reply.status}: ${secret}`);
          }
        }
      }
      // the personal-data export and the presentation's steps, asked for by name
      for (const url of ['/api/me/export', `/api/presentations/${plantedPresentation}/steps?view=werk`]) {
        const reply = await caller('GET', url);
        requests++;
        expect(reply.status, url).toBe(200);
        for (const secret of leaks(url, reply)) found.push(`${who} GET ${url}: ${secret}`);
      }
    }
    console.log(
      `[canary] ${templates.length} GET routes, ${requests} requests as an outside regisseur and a lezer`,
    );
    expect(found).toEqual([]);
  }, 300_000);

  it("counts the canary person's casus for no one outside the team", async () => {
    const countFor = async (caller: Caller) => {
      const network = await caller('GET', `/api/network?level=person&asOf=${DAY}`);
      const exported = JSON.parse(
        (await caller('GET', `/api/network/export?format=json&level=person&asOf=${DAY}`)).text,
      );
      const of = (nodes: { id: string; opgaveCount?: number }[]) =>
        nodes.find((n) => n.id === PERSON)?.opgaveCount ?? 0;
      return [of(network.body.nodes), of(exported.nodes)];
    };
    expect(await countFor(h.call)).toEqual([1, 1]);
    expect(await countFor(outsiders.regisseur)).toEqual([0, 0]);
    expect(await countFor(outsiders.lezer)).toEqual([0, 0]);
  });

  it('leaves the canary out of the presentation steps but keeps the other step', async () => {
    const reply = await outsiders.regisseur('GET', `/api/presentations/${plantedPresentation}/steps`);
    expect(reply.body.steps.map((s: { title: string }) => s.title)).toEqual(['Het netwerk']);
  });
});
