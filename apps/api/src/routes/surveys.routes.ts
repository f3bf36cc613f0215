import {
  ApplyInputSchema,
  ApplyResultSchema,
  InvitationLinksSchema,
  InvitationsInputSchema,
  SurveyCompareQuerySchema,
  SurveyComparisonSchema,
  SurveyCreateSchema,
  SurveyDetailSchema,
  SurveyListSchema,
  SurveyRaadResultsSchema,
  SurveyResultsQuerySchema,
  SurveyResultsSchema,
  UndoApplicationSchema,
} from '@regiekaart/model';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { ApiError } from '../http/problem.ts';
import { readJson, readQuery } from '../http/validate.ts';
import { type Delivery, invitationMail, invitationsCsv, type Mailer } from '../services/survey-delivery.ts';
import {
  applySurvey,
  closeSurvey,
  compareRounds,
  createSurvey,
  getSurvey,
  type IssuedLink,
  issueLinks,
  listSurveys,
  markEmailed,
  requireVisibleSurvey,
  surveyName,
  surveyRaadResults,
  surveyResults,
  undoApplication,
} from '../services/surveys.service.ts';

export type SurveyDelivery = {
  /** Sends e-mail when REGIEKAART_SMTP_URL is set. */
  mailer?: Mailer | undefined;
  /** Origin the personal links start with (REGIEKAART_PUBLIC_URL); default: the request's origin. */
  publicUrl?: string | undefined;
};

const InvitationsQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') });

/** An optional JSON body: absent is `{}`, anything else is read as JSON under the 415 rule. */
async function optionalJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const empty = !c.req.header('content-type') && !Number(c.req.header('content-length') ?? 0);
  return empty ? schema.parse({}) : readJson(c, schema);
}

/**
 * The raadsversie of a survey is its result in counts (`GET /surveys/:id/results?view=raad`). Every
 * other survey route names people, so a council request (`view=raad`) there is refused rather than
 * answered in the working version.
 */
const onlyResultsForRaad: MiddlewareHandler = async (c, next) => {
  if (
    c.req.query('view') === 'raad' &&
    !(c.req.method === 'GET' && /\/surveys\/[^/]+\/results$/.test(c.req.path))
  ) {
    throw new ApiError(
      400,
      'Ongeldige invoer',
      'De raadsversie van een netwerkuitvraag is alleen de uitkomst in aantallen: GET /api/surveys/{id}/results?view=raad.',
      [{ field: 'view', message: 'de raadsversie is er alleen voor de uitkomst (…/results?view=raad)' }],
    );
  }
  await next();
};

/** The answer to issuing links (invitations or reminders): each respondent's new link and whether it was e-mailed. */
function issuedAnswer(
  issued: ReturnType<typeof issueLinks>,
  links: readonly Delivery[],
  emailed: ReadonlySet<string>,
) {
  return issued.map((r, i) => ({
    respondentId: r.respondentId,
    name: r.name,
    email: r.email,
    link: (links[i] as Delivery).link,
    emailed: emailed.has(r.respondentId),
  }));
}

/** The coordinator's side of the netwerkuitvraag: create, follow, deliver links, close, results, apply. */
export function surveyRoutes(db: Db, docs: ApiDocs, delivery: SurveyDelivery = {}) {
  const tag = 'netwerkuitvraag';
  docs.add({
    method: 'get',
    path: '/surveys',
    tag,
    summary: 'Netwerkuitvragen (zonder die van casussen buiten het eigen team)',
    response: SurveyListSchema,
  });
  docs.add({
    method: 'post',
    path: '/surveys',
    tag,
    summary:
      'Nieuwe netwerkuitvraag: rooster (actoren), respondenten (personen), vragen, sluitdatum; previousSurveyId maakt er een nieuwe ronde van',
    body: SurveyCreateSchema,
    response: SurveyDetailSchema,
    status: 201,
  });
  docs.add({
    method: 'get',
    path: '/surveys/:id',
    tag,
    summary:
      'Eén uitvraag met respons (responseRate) en de status van elke uitnodiging: not sent, sent, opened, answered',
    response: SurveyDetailSchema,
  });
  docs.add({
    method: 'post',
    path: '/surveys/:id/invitations',
    tag,
    summary:
      'Persoonlijke links maken (een nieuwe link vervangt de vorige); send=true verstuurt ze per e-mail; format=csv geeft naam;e-mail;link voor samenvoegen',
    query: InvitationsQuerySchema,
    body: InvitationsInputSchema,
    response: InvitationLinksSchema,
    status: 201,
  });
  docs.add({
    method: 'post',
    path: '/surveys/:id/reminders',
    tag,
    summary:
      'Herinnering per e-mail met een nieuwe link aan wie nog niet antwoordde (vraagt REGIEKAART_SMTP_URL)',
    response: InvitationLinksSchema,
    status: 201,
  });
  docs.add({
    method: 'post',
    path: '/surveys/:id/close',
    tag,
    summary: 'De uitvraag sluiten',
    response: SurveyDetailSchema,
  });
  docs.add({
    method: 'get',
    path: '/surveys/:id/results',
    tag,
    summary:
      'Uitkomst: max houdt een verbinding die één kant noemde, min alleen wat beide kanten noemden, none elke melding als gerichte verbinding; view=raad geeft alleen aantallen (een lezer mag die lezen)',
    query: SurveyResultsQuerySchema,
    response: z.union([SurveyResultsSchema, SurveyRaadResultsSchema]),
  });
  docs.add({
    method: 'get',
    path: '/surveys/:id/compare',
    tag,
    summary:
      'Twee rondes naast elkaar (standaard de vorige ronde): kerncijfers en verbindingen erbij en eraf',
    query: SurveyCompareQuerySchema,
    response: SurveyComparisonSchema,
  });
  docs.add({
    method: 'post',
    path: '/surveys/:id/apply',
    tag,
    summary:
      'Uitkomst in het netwerk zetten als verbindingen (self-reported, hoog = bevestigd, middel = eenzijdig), als wijzigingenset (importId); een nieuwe ronde beëindigt de verbindingen van de vorige de dag ervoor; nogmaals toepassen verandert niets',
    body: ApplyInputSchema,
    response: ApplyResultSchema,
    status: 201,
  });
  docs.add({
    method: 'delete',
    path: '/surveys/:id/apply',
    tag,
    summary:
      'De toepassing ongedaan maken (als DELETE /api/imports/{importId}): haalt de verbindingen van de uitvraag weg; die van de vorige ronde lopen weer door',
    response: UndoApplicationSchema,
  });

  const linkOf = (c: Context, token: string) =>
    `${(delivery.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '')}/#/uitvraag/${token}`;

  /** E-mails the links that have an address; answers which were sent. */
  const mail = async (surveyId: string, issued: IssuedLink[], links: Delivery[], reminder: boolean) => {
    const mailer = delivery.mailer;
    if (!mailer) return new Set<string>();
    const survey = surveyName(db, surveyId);
    const sent = new Set<string>();
    for (const [i, r] of issued.entries()) {
      const to = links[i] as Delivery;
      if (!r.email) continue;
      try {
        await mailer.send({ to: r.email, ...invitationMail(survey, to, reminder) });
        sent.add(r.respondentId);
      } catch (error) {
        console.error(`[regiekaart] e-mail aan ${r.respondentId} mislukt:`, error);
      }
    }
    markEmailed(db, surveyId, [...sent]);
    return sent;
  };

  const noMailer = () =>
    new ApiError(
      409,
      'E-mail niet ingesteld',
      'Versturen per e-mail kan pas als REGIEKAART_SMTP_URL is ingesteld. Download de links als CSV (format=csv) voor een samenvoegbrief.',
    );

  return new Hono()
    .use('/surveys', onlyResultsForRaad)
    .use('/surveys/*', onlyResultsForRaad)
    .get('/surveys', (c) => c.json(listSurveys(db, c.get('access'))))
    .post('/surveys', async (c) => {
      const survey = createSurvey(db, c.get('access'), await readJson(c, SurveyCreateSchema));
      c.header('Location', `/api/surveys/${survey.id}`);
      return c.json(survey, 201);
    })
    .get('/surveys/:id', (c) => c.json(getSurvey(db, c.get('access'), c.req.param('id'))))
    .post('/surveys/:id/invitations', async (c) => {
      const id = c.req.param('id');
      const { format } = readQuery(c, InvitationsQuerySchema);
      const input = await optionalJson(c, InvitationsInputSchema);
      requireVisibleSurvey(db, c.get('access'), id);
      if (input.send && !delivery.mailer) throw noMailer();
      const issued = issueLinks(db, c.get('access'), id, input.respondentIds);
      const links = issued.map((r) => ({ name: r.name, email: r.email, link: linkOf(c, r.token) }));
      const emailed = input.send ? await mail(id, issued, links, false) : new Set<string>();
      c.get('access').audit.action = 'export';
      if (format === 'csv') {
        return c.body(invitationsCsv(links), 201, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="uitnodigingen-${id}.csv"`,
        });
      }
      return c.json(issuedAnswer(issued, links, emailed), 201);
    })
    .post('/surveys/:id/reminders', async (c) => {
      const id = c.req.param('id');
      const access = c.get('access');
      const { invitations } = getSurvey(db, access, id);
      if (!delivery.mailer) throw noMailer();
      const due = invitations.filter((i) => i.status !== 'answered' && i.email).map((i) => i.respondentId);
      const issued = due.length
        ? issueLinks(db, access, id, due, { onlyNonRespondents: true, reminder: true })
        : [];
      const links = issued.map((r) => ({ name: r.name, email: r.email, link: linkOf(c, r.token) }));
      const emailed = await mail(id, issued, links, true);
      return c.json(issuedAnswer(issued, links, emailed), 201);
    })
    .post('/surveys/:id/close', (c) => c.json(closeSurvey(db, c.get('access'), c.req.param('id'))))
    .get('/surveys/:id/results', (c) => {
      const { symmetrize, view, minPeople } = readQuery(c, SurveyResultsQuerySchema);
      const id = c.req.param('id');
      const access = c.get('access');
      return c.json(
        view === 'raad'
          ? surveyRaadResults(db, access, id, symmetrize, minPeople)
          : surveyResults(db, access, id, symmetrize),
      );
    })
    .get('/surveys/:id/compare', (c) => {
      const query = readQuery(c, SurveyCompareQuerySchema);
      return c.json(compareRounds(db, c.get('access'), c.req.param('id'), query.with, query.symmetrize));
    })
    .post('/surveys/:id/apply', async (c) => {
      const { symmetrize } = await optionalJson(c, ApplyInputSchema);
      const result = applySurvey(db, c.get('access'), c.req.param('id'), symmetrize);
      return c.json(result, result.created > 0 ? 201 : 200);
    })
    .delete('/surveys/:id/apply', (c) => c.json(undoApplication(db, c.get('access'), c.req.param('id'))));
}
