import type { Role } from '@regiekaart/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  type Harness,
  type Reply,
  type SignedIn,
  startHarness,
  TEST_ADMIN_PASSWORD,
  TEST_USER_PASSWORD,
} from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { AnalysisRunner } from './analysis/analysis-runner.ts';
import { createApp } from './app.ts';
import { Access } from './auth/access.ts';
import { createAnnotation } from './services/annotations.service.ts';
import { addTeamMember } from './services/casus-team.service.ts';
import { createLink } from './services/links.service.ts';
import { createOpgave, createParticipant } from './services/opgaven.service.ts';
import { createOrganisation } from './services/organisations.service.ts';
import { createPerson } from './services/people.service.ts';
import { createPresentation } from './services/presentations.service.ts';
import { applySurvey, closeSurvey, createSurvey, issueLinks } from './services/surveys.service.ts';
import { createTemplate } from './services/templates.service.ts';
import { createView } from './services/views.service.ts';

/**
 * Every API route x every role x a casus of the caller's own team or another team. Each cell gets
 * fresh records (a casus with a participant, a note and a view; an organisation, person, link,
 * template and account to change or delete), so cells never depend on each other.
 *
 * Own casus: Anna (p1, the regisseur's person) is its regisseur and on its team. Other casus: only
 * Eva (p5) takes part and is on the team. The lezer is Dirk (p4), who takes part in both: a lezer
 * sees no casus all the same.
 */
type Who = Role | 'anonymous';
type Team = 'own' | 'other';
const WHO: Who[] = ['beheerder', 'regisseur', 'lezer', 'anonymous'];
const TEAMS: Team[] = ['own', 'other'];

type Fixture = {
  casus: string;
  teamMember: string;
  code: string;
  participant: string;
  annotation: string;
  view: string;
  organisation: string;
  person: string;
  link: string;
  template: string;
  user: string;
  presentation: string;
  /** an open netwerkuitvraag on the casus, and Anna's (p1) personal token for it */
  survey: string;
  token: string;
  n: number;
};

let h: Harness;
let callers: Record<Who, Caller>;
let routes: { method: string; path: string }[];
let counter = 0;
let userHash: string;

function fixture(team: Team): Fixture {
  const n = ++counter;
  const code = `MX-${String(n).padStart(4, '0')}`;
  const casus = createOpgave(h.db, {
    id: `cas-mx-${n}`,
    name: `Casus ${code}`,
    level: 'individueel',
    kind: 'casus',
    code,
    status: 'actief',
  }).id;
  createParticipant(h.db, casus, { actorId: team === 'own' ? 'p1' : 'p5', role: 'regisseur' });
  // the team names the regisseur's person: taking part alone opens nothing
  const teamMember = addTeamMember(h.db, casus, { personId: team === 'own' ? 'p1' : 'p5' }, null).id;
  createParticipant(h.db, casus, { actorId: 'p4', role: 'partner' });
  const participant = createParticipant(h.db, casus, { actorId: 'p3', role: 'adviseur' }).id;
  const annotation = createAnnotation(h.db, {
    targetType: 'opgave',
    targetId: casus,
    text: `notitie bij ${code}`,
    tags: [],
    isAction: false,
  }).id;
  const view = createView(h.db, {
    opgaveId: casus,
    name: `weergave ${code}`,
    positions: {},
    filters: {},
    styling: {},
  }).id;
  const organisation = createOrganisation(h.db, { name: `Org ${n}`, domain: 'zorg', type: 'ggz' }).id;
  const person = createPerson(h.db, { name: `Persoon ${n}`, memberships: [] }).id;
  const link = createLink(h.db, {
    sourceId: 'p2',
    targetId: 'p6',
    kind: 'overleg',
    strength: 2,
    directed: false,
  }).id;
  const template = createTemplate(h.db, { name: `Sjabloon ${n}`, roles: [] }).id;
  const user = `usr-mx-${n}`;
  h.db
    .prepare(
      "INSERT INTO users (id, username, name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, 'lezer', ?, '', '')",
    )
    .run(user, `mx-${n}`, `Account ${n}`, userHash);
  const presentation = createPresentation(h.db, {
    name: `Presentatie ${n}`,
    raad: true,
    steps: [{ viewId: view, title: `Stap ${code}` }],
  }).id;
  const asBeheerder = new Access(h.db, {
    id: 'x',
    username: 'x',
    name: 'x',
    role: 'beheerder',
    personId: null,
  });
  const survey = createSurvey(h.db, asBeheerder, {
    name: `Uitvraag ${n}`,
    opgaveId: casus,
    rosterIds: ['p1', 'p3'],
    respondentIds: ['p1', 'p3'],
  }).id;
  const token = (issueLinks(h.db, asBeheerder, survey, ['p1'])[0] as { token: string }).token;
  return {
    survey,
    token,
    casus,
    teamMember,
    code,
    participant,
    annotation,
    view,
    organisation,
    person,
    link,
    template,
    user,
    presentation,
    n,
  };
}

/** The concrete path of a route pattern for one cell. */
function concrete(path: string, f: Fixture): string {
  const [, , resource] = path.split('/');
  const ids: Record<string, string> = {
    organisations: f.organisation,
    people: f.person,
    links: f.link,
    templates: f.template,
    opgaven: f.casus,
    annotations: f.annotation,
    views: f.view,
    users: f.user,
    presentations: f.presentation,
    surveys: f.survey,
  };
  // a map's kept positions: the whole network or the casus, at organisation level
  if (resource === 'layouts') return path.replace(':id', f.casus).replace(':level', 'organisation');
  return path
    .replace(':pid', f.participant)
    .replace(':token', f.token)
    .replace(':memberId', f.teamMember)
    .replace(':id', ids[resource ?? ''] ?? 'x')
    .replace(/:[a-zA-Z]+/g, 'x');
}

const QUERY: Record<string, string> = {
  'GET /api/export': '?format=json',
  'GET /api/opgaven/:id/export': '?format=json',
  'GET /api/network/export': '?format=json',
  'POST /api/import': '?format=json&dryRun=true',
  'GET /api/change': '?from=2023-01-01&to=2024-01-01',
  'GET /api/opgaven/:id/change': '?from=2023-01-01&to=2024-01-01',
  'GET /api/what-if': '?remove=p4',
  'GET /api/opgaven/:id/what-if': '?remove=p4',
};

/** A valid body for each write, so an allowed write succeeds and a refused one is refused for who asks. */
function bodyFor(key: string, f: Fixture, who: Who): unknown {
  const bodies: Record<string, unknown> = {
    'POST /api/session':
      who === 'anonymous'
        ? { username: 'niemand', password: 'fout-wachtwoord-123' }
        : {
            username: who === 'beheerder' ? 'beheerder' : `mx-${who}`,
            password: who === 'beheerder' ? TEST_ADMIN_PASSWORD : TEST_USER_PASSWORD,
          },
    'POST /api/users': {
      username: `nieuw-${f.n}`,
      password: TEST_USER_PASSWORD,
      name: 'Nieuw',
      role: 'lezer',
    },
    'PATCH /api/users/:id': { name: 'Andere naam' },
    'POST /api/organisations': { name: `Nieuwe org ${f.n}`, domain: 'zorg', type: 'ggz' },
    'PATCH /api/organisations/:id': { note: 'bijgewerkt' },
    'PUT /api/organisations/:id': { name: `Org ${f.n}`, domain: 'veiligheid', type: 'politie' },
    'POST /api/people': { name: `Nieuw persoon ${f.n}` },
    'PATCH /api/people/:id': { function: 'wijkcoach' },
    'PUT /api/people/:id': { name: `Persoon ${f.n}` },
    'POST /api/links': { sourceId: 'p1', targetId: 'p6', kind: 'overleg' },
    'PATCH /api/links/:id': { strength: 4 },
    'PUT /api/links/:id': { sourceId: 'p2', targetId: 'p6', kind: 'informeel' },
    'POST /api/templates': {
      name: `Nieuw sjabloon ${f.n}`,
      roles: [{ label: 'Politie', orgType: 'politie' }],
    },
    'PATCH /api/templates/:id': { description: 'bijgewerkt' },
    'PUT /api/templates/:id': { name: `Sjabloon ${f.n}` },
    'POST /api/opgaven': { name: `Nieuwe opgave ${f.n}`, level: 'lokaal', kind: 'opgave' },
    'PATCH /api/opgaven/:id': { description: 'bijgewerkt' },
    'PUT /api/opgaven/:id': { name: `Casus ${f.code}`, level: 'individueel', kind: 'casus', code: f.code },
    'POST /api/opgaven/:id/participants': { actorId: 'p6', role: 'partner' },
    'PATCH /api/opgaven/:id/participants/:pid': { note: 'bijgewerkt' },
    'POST /api/opgaven/:id/team': { personId: 'p6' },
    'PATCH /api/opgaven/:id/team/:memberId': { until: '2099-12-31' },
    'POST /api/annotations': { targetType: 'opgave', targetId: f.casus, text: 'nieuwe notitie' },
    'PATCH /api/annotations/:id': { text: 'bijgewerkt' },
    'PUT /api/annotations/:id': { text: 'vervangen' },
    'POST /api/views': { opgaveId: f.casus, name: 'nieuwe weergave' },
    'PATCH /api/views/:id': { name: 'bijgewerkt' },
    'PUT /api/views/:id': { opgaveId: f.casus, name: 'vervangen' },
    'POST /api/domains': { code: `domein-${f.n}`, label: `Domein ${f.n}` },
    'POST /api/link-kinds': { code: `soort-${f.n}`, label: `Soort ${f.n}` },
    'POST /api/import': { organisations: [] },
    'POST /api/people/:id/merge': { into: 'p6' },
    'POST /api/organisations/:id/merge': { into: 'om' },
    'POST /api/presentations': { name: `Presentatie ${f.n}`, steps: [{ viewId: f.view, title: 'Stap' }] },
    'PATCH /api/presentations/:id': { purpose: 'jaarverslag' },
    'PUT /api/presentations/:id': { name: `Presentatie ${f.n}` },
    'POST /api/surveys': {
      name: `Uitvraag ${f.n}`,
      opgaveId: f.casus,
      rosterIds: ['p1', 'p3'],
      respondentIds: ['p3'],
    },
    'POST /api/surveys/:id/apply': { symmetrize: 'max' },
    'PUT /api/layouts/netwerk/:level': { positions: { p1: { x: 1, y: 2 } } },
    'PATCH /api/layouts/netwerk/:level': { positions: { p1: { x: 3, y: 4 } } },
    'PUT /api/layouts/opgaven/:id/:level': { positions: { p1: { x: 1, y: 2 } } },
    'PATCH /api/layouts/opgaven/:id/:level': { positions: { p1: { x: 3, y: 4 } } },
    'PUT /api/uitvraag/:token': { answers: [{ actorId: 'p3', frequency: 'wekelijks' }] },
  };
  return bodies[key];
}

const KNOWN_BELOW_OPGAVE = ['team', 'participants', 'network', 'analysis', 'export', 'change', 'what-if'];

const OK: Record<string, number> = { GET: 200, POST: 201, PATCH: 200, PUT: 200, DELETE: 204 };

/**
 * The expected status of one cell, or `undefined` for a route this table does not know (one added
 * later): such a route is held to the rules that need no knowledge of its body, below.
 */
function expected(method: string, path: string, who: Who, team: Team): number | undefined {
  const key = `${method} ${path}`;
  if (['GET /api/health', 'GET /api/openapi.json', 'GET /api/docs', 'GET /api/session/options'].includes(key))
    return 200;
  // OpenID Connect sign-in is not configured in this harness: its routes do not exist
  if (key.startsWith('GET /api/session/oidc')) return 404;
  if (key === 'POST /api/session') return who === 'anonymous' ? 401 : 200;
  // the respondent's token is the only authority: a session neither opens nor closes it
  if (path.startsWith('/api/uitvraag/')) return 200;
  if (who === 'anonymous') return 401;
  const write = method !== 'GET';
  const visible = who === 'beheerder' || (who === 'regisseur' && team === 'own');
  const [, , resource, id] = path.split('/');
  const ok = OK[method] ?? 200;
  switch (resource) {
    case 'session':
      return method === 'DELETE' ? 204 : 200;
    case 'me':
      return 200;
    case 'users':
    case 'access-log':
      return who === 'beheerder' ? ok : 403;
    case 'import':
      // a regisseur imports the network (the body holds organisations only); a lezer does not
      return who === 'lezer' ? 403 : key === 'POST /api/import' ? 200 : ok;
    case 'templates':
      return write && who !== 'beheerder' ? 403 : ok;
    case 'opgaven': {
      if (id === undefined) return write && who === 'lezer' ? 403 : key === 'POST /api/opgaven' ? 201 : 200;
      if (!visible) return 404;
      const sub = path.split('/')[4];
      // a route below an opgave that this table does not know: only "hidden means 404" is certain
      if (sub !== undefined && !KNOWN_BELOW_OPGAVE.includes(sub)) return undefined;
      return ok;
    }
    case 'annotations':
    case 'views':
      if (id !== undefined) return visible ? ok : 404;
      if (!write) return 200;
      if (who === 'lezer') return 403;
      return visible ? 201 : 422; // a hidden casus in the body does "not exist"
    case 'imports':
      // the history is the beheerder's; an unknown change set is 404 for whoever may undo one
      if (id === undefined) return who === 'beheerder' ? 200 : 403;
      return write && who === 'lezer' ? 403 : 404;
    case 'organisations':
    case 'people':
      if (path.endsWith('/merge')) return who === 'lezer' ? 403 : 200;
      return write && who === 'lezer' ? 403 : ok;
    case 'links':
    case 'domains':
    case 'link-kinds':
      return write && who === 'lezer' ? 403 : ok;
    case 'presentations':
      if (write && who === 'lezer') return 403;
      // a step showing a view of a hidden casus refers to something that "does not exist"
      return key === 'POST /api/presentations' && !visible ? 422 : ok;
    case 'layouts':
      // anyone who sees the map reads its positions; a lezer never writes; a hidden casus is 404
      if (write && who === 'lezer') return 403;
      if (id === 'opgaven' && !visible) return 404;
      return 200;
    case 'surveys': {
      if (id === undefined) {
        if (!write) return 200;
        if (who === 'lezer') return 403;
        return visible ? 201 : 422; // a hidden casus in the body does "not exist"
      }
      if (write && who === 'lezer') return 403;
      if (!visible) return 404;
      const sub = path.split('/')[4];
      // the fixture's survey is open, has no e-mail set up and was never applied
      if (sub === 'reminders' || sub === 'apply') return 409;
      if (sub === 'compare') return 422; // a first round has nothing to compare with
      if (sub === 'invitations') return 201;
      return 200;
    }
    case 'network':
    case 'analysis':
    case 'export':
    case 'key-figures':
    case 'change':
    case 'what-if':
      return 200;
    default:
      return undefined;
  }
}

/** What any route must never do, known or not: the rules behind "zero unexpected 2xx". */
function mayNotSucceed(method: string, path: string, who: Who, team: Team): boolean {
  const key = `${method} ${path}`;
  const publicRoute =
    [
      'GET /api/health',
      'GET /api/openapi.json',
      'GET /api/docs',
      'POST /api/session',
      'GET /api/session/options',
    ].includes(key) || path.startsWith('/api/uitvraag/');
  if (who === 'anonymous') return !publicRoute;
  const [, , resource, id] = path.split('/');
  const casusRoute = resource === 'opgaven' && id !== undefined;
  const visible = who === 'beheerder' || (who === 'regisseur' && team === 'own');
  if (casusRoute && !visible) return true;
  if (who === 'lezer' && method !== 'GET' && !['session', 'me', 'uitvraag'].includes(resource ?? ''))
    return true;
  if (who !== 'beheerder' && ['users', 'access-log'].includes(resource ?? '')) return true;
  if (who === 'lezer' && resource === 'import') return true;
  if (who !== 'beheerder' && key === 'GET /api/imports') return true;
  return false;
}

type Cell = { route: string; who: Who; team: Team; status: number; expected: number | undefined };
const cells: Cell[] = [];

beforeAll(async () => {
  h = await startHarness(smallNetwork);
  const runner = new AnalysisRunner(false);
  routes = createApp({ db: h.db, runner })
    .routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
    .map((r) => ({ method: r.method, path: r.path }))
    .filter((r, i, all) => all.findIndex((o) => o.method === r.method && o.path === r.path) === i);
  await runner.close();
  userHash = String(
    h.db.prepare("SELECT password_hash FROM users WHERE username = 'beheerder'").pluck().get(),
  );
  const regisseur = await h.account({ username: 'mx-regisseur', role: 'regisseur', personId: 'p1' });
  const lezer = await h.account({ username: 'mx-lezer', role: 'lezer', personId: 'p4' });
  callers = { beheerder: h.call, regisseur, lezer, anonymous: h.anonymous };
}, 120_000);
afterAll(() => h.stop());

describe('authorisation matrix', () => {
  it('knows at least the routes of this issue', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    for (const key of [
      'POST /api/session',
      'DELETE /api/session',
      'GET /api/users',
      'GET /api/access-log',
      'GET /api/me/export',
      'GET /api/opgaven/:id',
      'GET /api/opgaven/:id/participants/:pid',
      'GET /api/opgaven/:id/analysis',
      'GET /api/opgaven/:id/export',
    ]) {
      expect(keys).toContain(key);
    }
    expect(routes.length).toBeGreaterThanOrEqual(55);
  });

  it('answers every route x role x own/other casus as expected, with zero unexpected 2xx', async () => {
    for (const route of routes) {
      for (const who of WHO) {
        for (const team of TEAMS) {
          const f = fixture(team);
          const key = `${route.method} ${route.path}`;
          // logging in happens without a session, with the credentials of the role
          let caller = key === 'POST /api/session' ? h.anonymous : callers[who];
          if (key === 'DELETE /api/session' && who !== 'anonymous') {
            // logging out ends the session: use a session of its own
            caller =
              who === 'beheerder'
                ? await h.signIn('beheerder', TEST_ADMIN_PASSWORD)
                : await h.signIn(`mx-${who}`, TEST_USER_PASSWORD);
          }
          const path = concrete(route.path, f) + (QUERY[key] ?? '');
          const reply: Reply = await caller(route.method, path, bodyFor(key, f, who));
          const want = expected(route.method, route.path, who, team);
          cells.push({ route: key, who, team, status: reply.status, expected: want });
          const where = `${key} as ${who} (${team} casus): ${reply.text.slice(0, 300)}`;
          expect(reply.status, where).toBeLessThan(500);
          if (want !== undefined) expect(reply.status, where).toBe(want);
          if (mayNotSucceed(route.method, route.path, who, team)) {
            expect(reply.status >= 200 && reply.status < 300, `unexpected 2xx: ${where}`).toBe(false);
          }
          if (reply.status === 401 || reply.status === 403 || reply.status === 404) {
            expect(reply.type, where).toContain('application/problem+json');
          }
          // nothing of a casus outside the team leaks, whatever the route answers
          const hidden = who === 'lezer' || (who === 'regisseur' && team === 'other');
          if (hidden) expect(reply.text, where).not.toContain(f.code);
        }
      }
    }
    const unexpected2xx = cells.filter(
      (c) => c.status < 300 && c.expected !== undefined && c.expected >= 300,
    );
    console.log(
      `[authorisation matrix] ${routes.length} routes x ${WHO.length} roles x ${TEAMS.length} casussen = ${cells.length} cells, ` +
        `${cells.filter((c) => c.expected !== undefined).length} with an exact expectation, ${unexpected2xx.length} unexpected 2xx`,
    );
    expect(unexpected2xx).toEqual([]);
    expect(cells.length).toBe(routes.length * WHO.length * TEAMS.length);
  }, 300_000);
});

describe('what the matrix statuses hide', () => {
  it('leaves hidden casussen out of lists, exports and opgaveCount', async () => {
    const own = fixture('own');
    const other = fixture('other');
    const as = async (who: 'regisseur' | 'lezer', path: string) => (await callers[who]('GET', path)).text;
    for (const path of [
      '/api/opgaven?limit=1000',
      '/api/annotations?limit=1000',
      '/api/views?limit=1000',
      '/api/export?format=json',
      '/api/surveys',
    ]) {
      const regisseur = await as('regisseur', path);
      expect(regisseur, path).toContain(own.casus);
      expect(regisseur, path).not.toContain(other.casus);
      const lezer = await as('lezer', path);
      expect(lezer, path).not.toContain(own.casus);
      expect(lezer, path).not.toContain(other.casus);
    }
    // p5 takes part in opgave op1 and in every "other" casus: only op1 counts for those outside
    const count = async (caller: Caller) => {
      const network = (await caller('GET', '/api/network?level=person')).body as {
        nodes: { id: string; opgaveCount: number }[];
      };
      return network.nodes.find((n) => n.id === 'p5')?.opgaveCount;
    };
    const all = h.db
      .prepare('SELECT count(DISTINCT opgave_id) FROM participants WHERE actor_id = ?')
      .pluck()
      .get('p5') as number;
    expect(await count(h.call)).toBe(all);
    expect(await count(callers.lezer)).toBe(1);
    expect(await count(callers.regisseur)).toBe(1);
    // the network export answers exactly as the network does
    const exported = async (caller: Caller) =>
      (
        JSON.parse((await caller('GET', '/api/network/export?format=json&level=person')).text) as {
          nodes: { id: string; opgaveCount: number }[];
        }
      ).nodes.find((n) => n.id === 'p5')?.opgaveCount;
    expect(await exported(h.call)).toBe(all);
    expect(await exported(callers.lezer)).toBe(1);
    expect(await exported(callers.regisseur)).toBe(1);
  });

  it('never lets a regisseur put themselves on a team by editing their own person', async () => {
    const other = fixture('other');
    const org = createOrganisation(h.db, { name: `Deelnemer ${other.code}`, domain: 'zorg', type: 'ggz' }).id;
    createParticipant(h.db, other.casus, { actorId: org, role: 'partner' });
    const regisseur = callers.regisseur as SignedIn;
    const own = await regisseur('PATCH', '/api/people/p1', {
      memberships: [{ organisationId: 'gem-oov' }, { organisationId: org }],
    });
    expect(own.status).toBe(200);
    // nor by naming their person as a participant of the casus: it does not exist for them
    const join = await regisseur('POST', `/api/opgaven/${other.casus}/participants`, { actorId: 'p1' });
    expect(join.status).toBe(404);
    for (const path of ['', '/participants', '/network', '/team', '/export?format=json']) {
      const reply = await regisseur('GET', `/api/opgaven/${other.casus}${path}`);
      expect(reply.status, path).toBe(404);
      expect(reply.text).not.toContain(other.code);
    }
    expect((await regisseur('GET', '/api/opgaven?kind=casus&limit=1000')).text).not.toContain(other.code);
  });

  it('refuses deletes that cascade into a hidden casus, and allows them inside the own team', async () => {
    const own = fixture('own');
    const other = fixture('other');
    const regisseur = callers.regisseur as SignedIn;
    const inOther = createPerson(h.db, { name: `In ${other.code}`, memberships: [] }).id;
    createParticipant(h.db, other.casus, { actorId: inOther, role: 'adviseur' });
    const orgInOther = createOrganisation(h.db, {
      name: `Org in ${other.code}`,
      domain: 'zorg',
      type: 'ggz',
    }).id;
    createParticipant(h.db, other.casus, { actorId: orgInOther, role: 'partner' });
    for (const path of [
      `/api/people/${inOther}?cascade=true`,
      `/api/organisations/${orgInOther}?cascade=true`,
    ]) {
      const reply = await regisseur('DELETE', path);
      expect(reply.status, path).toBe(403);
      expect(reply.text).not.toContain(other.code);
      expect(reply.text).not.toContain(other.casus);
    }
    const lezer = await callers.lezer('DELETE', `/api/people/${inOther}`);
    expect(lezer.status).toBe(403);
    const inOwn = createPerson(h.db, { name: `In ${own.code}`, memberships: [] }).id;
    createParticipant(h.db, own.casus, { actorId: inOwn, role: 'adviseur' });
    expect((await regisseur('DELETE', `/api/people/${inOwn}`)).status).toBe(204);
    expect((await h.call('DELETE', `/api/people/${inOther}?cascade=true`)).status).toBe(204);
  });

  it('puts a regisseur on the team of the casus they make, and refuses to turn an opgave into a casus', async () => {
    const regisseur = callers.regisseur as SignedIn;
    const made = await regisseur('POST', '/api/opgaven', {
      name: 'Casus MX-NIEUW',
      level: 'individueel',
      kind: 'casus',
      code: 'MX-NIEUW',
    });
    expect(made.status).toBe(201);
    const participants = await regisseur('GET', `/api/opgaven/${made.body.id}/participants`);
    expect(participants.body.items).toEqual([expect.objectContaining({ actorId: 'p1', role: 'regisseur' })]);
    const changed = await regisseur('PATCH', '/api/opgaven/op1', { kind: 'casus', code: 'MX-STIEKEM' });
    expect(changed.status).toBe(403);
  });
});

describe('survey cells beyond the route table', () => {
  const asBeheerder = () =>
    new Access(h.db, { id: 'x', username: 'x', name: 'x', role: 'beheerder', personId: null });

  it('GET /api/surveys/:id/results and /compare with view=raad: counts for every role outside a casus, 404 for a casus survey', async () => {
    const open = createSurvey(h.db, asBeheerder(), {
      name: 'Uitvraag zonder casus',
      rosterIds: ['p1', 'p3'],
      respondentIds: ['p1', 'p3'],
    }).id;
    for (const team of TEAMS) {
      const f = fixture(team);
      for (const who of WHO) {
        const where = `${who} (${team} casus)`;
        const onCasus = await callers[who]('GET', `/api/surveys/${f.survey}/results?view=raad`);
        expect(onCasus.status, where).toBe(who === 'anonymous' ? 401 : 404);
        expect(onCasus.type, where).toContain('application/problem+json');
        expect(onCasus.text, where).not.toContain(f.code);
        for (const path of [`results?view=raad`, `compare?view=raad&with=${open}`]) {
          const plain = await callers[who]('GET', `/api/surveys/${open}/${path}`);
          expect(plain.status, `${path} ${where}`).toBe(who === 'anonymous' ? 401 : 200);
          if (who !== 'anonymous') expect(plain.body.view, where).toBe('raad');
        }
        const compared = await callers[who]('GET', `/api/surveys/${f.survey}/compare?view=raad&with=${open}`);
        expect(compared.status, where).toBe(who === 'anonymous' ? 401 : 404);
        expect(compared.text, where).not.toContain(f.code);
      }
    }
  });

  it('GET and DELETE /api/imports/:id of a survey applied on a casus: the team and the beheerder, 404 outside it', async () => {
    const applied = (team: Team) => {
      const f = fixture(team);
      closeSurvey(h.db, asBeheerder(), f.survey);
      return { f, importId: applySurvey(h.db, asBeheerder(), f.survey, 'max').importId };
    };
    const expectedFor = (method: 'GET' | 'DELETE', who: Who, team: Team) => {
      if (who === 'anonymous') return 401;
      if (who === 'lezer') return method === 'DELETE' ? 403 : 404;
      if (who === 'regisseur' && team === 'other') return 404;
      return 200;
    };
    for (const team of TEAMS) {
      for (const who of WHO) {
        for (const method of ['GET', 'DELETE'] as const) {
          const { f, importId } = applied(team);
          const reply = await callers[who](method, `/api/imports/${importId}`);
          const where = `${method} as ${who} (${team} casus): ${reply.text.slice(0, 200)}`;
          expect(reply.status, where).toBe(expectedFor(method, who, team));
          expect(reply.text, where).not.toContain(f.code);
        }
      }
    }
  });
});
