import { RespondentViewSchema, SurveyAnswersInputSchema } from '@regiekaart/model';
import { type Context, Hono } from 'hono';
import type { Db } from '../db/database.ts';
import { clientAddress } from '../http/client-address.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { ApiError } from '../http/problem.ts';
import { readJson } from '../http/validate.ts';
import { appendAccessLog } from '../services/access-log.service.ts';
import {
  type Respondent,
  respondentByToken,
  respondentView,
  saveAnswers,
} from '../services/surveys.service.ts';

/** Requests per client address per minute on the token routes, and unknown tokens per 15 minutes. */
export type TokenLimits = { perMinute: number; unknownPer15Minutes: number };
export const DEFAULT_TOKEN_LIMITS: TokenLimits = { perMinute: 120, unknownPer15Minutes: 20 };

/** Sliding windows in memory, per client address: a guess at a token costs the guesser, not the database. */
class TokenLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly limits: TokenLimits) {}

  private count(key: string, windowMs: number, at: number): number[] {
    const list = (this.hits.get(key) ?? []).filter((t) => t > at - windowMs);
    this.hits.set(key, list);
    return list;
  }

  /** Seconds to wait, or 0. */
  check(address: string, at = Date.now()): number {
    if (this.hits.size > 10_000) this.hits.clear();
    const minute = this.count(`all:${address}`, 60_000, at);
    const unknown = this.count(`unknown:${address}`, 15 * 60_000, at);
    if (unknown.length >= this.limits.unknownPer15Minutes)
      return Math.ceil(((unknown[0] ?? at) + 15 * 60_000 - at) / 1000);
    if (minute.length >= this.limits.perMinute) return Math.ceil(((minute[0] ?? at) + 60_000 - at) / 1000);
    minute.push(at);
    return 0;
  }

  unknownToken(address: string, at = Date.now()): void {
    this.count(`unknown:${address}`, 15 * 60_000, at).push(at);
  }
}

/**
 * The respondent's side: `GET` and `PUT /api/uitvraag/:token`. No session: the token is the only
 * authority (security.ts neither reads the cookie nor asks CSRF here). Every access, allowed or
 * refused, is written to the access log in the respondent's name.
 */
export function uitvraagRoutes(
  db: Db,
  docs: ApiDocs,
  limits: TokenLimits = DEFAULT_TOKEN_LIMITS,
  trustProxy: readonly string[] = [],
) {
  const tag = 'netwerkuitvraag';
  docs.add({
    method: 'get',
    path: '/uitvraag/:token',
    tag,
    summary:
      'Voor de respondent, zonder account: de partners op de lijst, de vragen en de eigen eerdere antwoorden; 410 als de uitvraag gesloten is',
    response: RespondentViewSchema,
  });
  docs.add({
    method: 'put',
    path: '/uitvraag/:token',
    tag,
    summary:
      'Voor de respondent: alle eigen antwoorden opslaan (vervangt de vorige); 410 als de uitvraag gesloten is',
    body: SurveyAnswersInputSchema,
    status: 200,
  });
  const limiter = new TokenLimiter(limits);

  const log = (c: Context, action: 'view' | 'update', who: Respondent | undefined, status: number) => {
    const casus = who
      ? (db
          .prepare(
            "SELECT o.code FROM surveys s JOIN opgaven o ON o.id = s.opgave_id WHERE s.id = ? AND o.kind = 'casus'",
          )
          .pluck()
          .get(who.surveyId) as string | undefined)
      : undefined;
    appendAccessLog(db, {
      userId: null,
      username: who ? `respondent:${who.personId}` : 'respondent:onbekend',
      action,
      objectType: 'survey-response',
      objectId: who?.surveyId ?? null,
      casusCode: casus ?? null,
      purpose: 'netwerkuitvraag',
      result: status < 400 ? 'success' : status === 404 || status === 429 ? 'denied' : 'failure',
      status,
      requestId: c.get('requestId'),
    });
  };

  /** Runs a token request under the rate limit and logs it, whatever the outcome. */
  const guarded = async (
    c: Context,
    action: 'view' | 'update',
    run: () => Promise<{ who: Respondent; body: unknown }>,
  ) => {
    c.header('Referrer-Policy', 'no-referrer');
    const address = clientAddress(c, trustProxy);
    const wait = limiter.check(address);
    if (wait > 0) {
      log(c, action, undefined, 429);
      const problem = new ApiError(429, 'Te veel verzoeken', `Probeer het over ${wait} seconden opnieuw.`);
      return c.body(JSON.stringify(problem.toProblem(c.req.path)), 429, {
        'Content-Type': 'application/problem+json; charset=utf-8',
        'Retry-After': String(wait),
      });
    }
    let who: Respondent | undefined;
    try {
      who = respondentByToken(db, c.req.param('token') ?? '').respondent;
      const out = await run();
      log(c, action, out.who, 200);
      return c.json(out.body as object);
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 500;
      if (status === 404 && !who) limiter.unknownToken(address);
      log(c, action, who, status);
      throw error;
    }
  };

  return new Hono()
    .get('/uitvraag/:token', (c) =>
      guarded(c, 'view', async () => {
        const { view, respondent } = respondentView(db, c.req.param('token'));
        return { who: respondent, body: view };
      }),
    )
    .put('/uitvraag/:token', (c) =>
      guarded(c, 'update', async () => {
        const input = await readJson(c, SurveyAnswersInputSchema);
        const respondent = saveAnswers(db, c.req.param('token'), input);
        const { view } = respondentView(db, c.req.param('token'));
        return {
          who: respondent,
          body: { saved: input.answers.length, answeredAt: view.answeredAt, answers: view.answers },
        };
      }),
    );
}
