import {
  type ApplyResult,
  ApplyResultSchema,
  type InvitationLink,
  InvitationLinksSchema,
  type Problem,
  ProblemSchema,
  type RespondentView,
  RespondentViewSchema,
  type SurveyAnswer,
  SurveyComparisonSchema,
  type SurveyCreate,
  SurveyDetailSchema,
  SurveyListSchema,
  SurveyRaadComparisonSchema,
  SurveyRaadResultsSchema,
  SurveyResultsSchema,
  type Symmetrize,
  UndoApplicationSchema,
} from '@regiekaart/model';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error.ts';
import { csrfHeaders, getJson, sendJson } from '../../api/client.ts';

export const surveysQuery = () =>
  queryOptions({
    queryKey: ['surveys'] as const,
    queryFn: ({ signal }) => getJson('/api/surveys', { schema: SurveyListSchema, signal }),
  });

export const surveyQuery = (id: string) =>
  queryOptions({
    queryKey: ['surveys', id] as const,
    queryFn: ({ signal }) =>
      getJson(`/api/surveys/${encodeURIComponent(id)}`, { schema: SurveyDetailSchema, signal }),
  });

export const surveyResultsQuery = (id: string, symmetrize: Symmetrize) =>
  queryOptions({
    queryKey: ['surveys', id, 'results', symmetrize] as const,
    queryFn: ({ signal }) =>
      getJson(`/api/surveys/${encodeURIComponent(id)}/results`, {
        params: { symmetrize },
        schema: SurveyResultsSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** The raadsversie of the result: counts only (response per domain, ties per pair of domains). */
export const surveyRaadResultsQuery = (id: string, symmetrize: Symmetrize) =>
  queryOptions({
    queryKey: ['surveys', id, 'results', 'raad', symmetrize] as const,
    queryFn: ({ signal }) =>
      getJson(`/api/surveys/${encodeURIComponent(id)}/results`, {
        params: { view: 'raad', symmetrize },
        schema: SurveyRaadResultsSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const surveyCompareQuery = (id: string, symmetrize: Symmetrize) =>
  queryOptions({
    queryKey: ['surveys', id, 'compare', symmetrize] as const,
    queryFn: ({ signal }) =>
      getJson(`/api/surveys/${encodeURIComponent(id)}/compare`, {
        params: { symmetrize },
        schema: SurveyComparisonSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** The raadsversie of the round comparison: figures and counts only, never which partners. */
export const surveyRaadCompareQuery = (id: string, symmetrize: Symmetrize) =>
  queryOptions({
    queryKey: ['surveys', id, 'compare', 'raad', symmetrize] as const,
    queryFn: ({ signal }) =>
      getJson(`/api/surveys/${encodeURIComponent(id)}/compare`, {
        params: { view: 'raad', symmetrize },
        schema: SurveyRaadComparisonSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });

const path = (id: string, sub = '') => `/api/surveys/${encodeURIComponent(id)}${sub}`;

export const createSurvey = (input: SurveyCreate) =>
  sendJson('POST', '/api/surveys', { body: input, schema: SurveyDetailSchema });
export const closeSurvey = (id: string) =>
  sendJson('POST', path(id, '/close'), { schema: SurveyDetailSchema });
export const makeLinks = (id: string, send: boolean): Promise<InvitationLink[]> =>
  sendJson('POST', path(id, '/invitations'), { body: { send }, schema: InvitationLinksSchema });
export const remind = (id: string): Promise<InvitationLink[]> =>
  sendJson('POST', path(id, '/reminders'), { schema: InvitationLinksSchema });
export const applySurvey = (id: string, symmetrize: Symmetrize): Promise<ApplyResult> =>
  sendJson('POST', path(id, '/apply'), { body: { symmetrize }, schema: ApplyResultSchema });
export const undoApplication = (id: string) =>
  sendJson('DELETE', path(id, '/apply'), { schema: UndoApplicationSchema });

/** New links as a CSV file, saved through a temporary object URL (the links exist only in this answer). */
export async function downloadLinksCsv(id: string): Promise<void> {
  const response = await fetch(`${path(id, '/invitations')}?format=csv`, {
    method: 'POST',
    headers: { Accept: 'text/csv, application/problem+json', ...csrfHeaders() },
  });
  if (!response.ok) throw await problemOf(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `uitnodigingen-${id}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function problemOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ProblemSchema.safeParse(body);
  const problem: Problem = parsed.success
    ? parsed.data
    : { type: 'about:blank', title: response.statusText || 'Fout', status: response.status };
  return new ApiError('problem', problem);
}

// ---------------------------------------------------------------- the respondent: no session, no cookie

/** The respondent's requests carry no cookie and no referrer: the token in the path is the only key. */
const tokenInit = (init: RequestInit = {}): RequestInit => ({
  ...init,
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  headers: { Accept: 'application/json, application/problem+json', ...(init.headers ?? {}) },
});

export async function loadRespondent(token: string): Promise<RespondentView> {
  const response = await fetch(`/api/uitvraag/${encodeURIComponent(token)}`, tokenInit());
  if (!response.ok) throw await problemOf(response);
  return RespondentViewSchema.parse(await response.json());
}

export async function saveRespondent(token: string, answers: SurveyAnswer[]): Promise<void> {
  const response = await fetch(
    `/api/uitvraag/${encodeURIComponent(token)}`,
    tokenInit({
      method: 'PUT',
      body: JSON.stringify({ answers }),
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  if (!response.ok) throw await problemOf(response);
}
