import { isApiError } from '../api/api-error.ts';
import { t } from '../i18n/catalogue.ts';

/** `text`: what went wrong in words of the screen, instead of the error's own */
type Props = { error: unknown; text?: string; onRetry?: () => void };

function describe(error: unknown): { text: string; fields: { field: string; message: string }[] } {
  if (!isApiError(error)) return { text: t.errors.unexpected, fields: [] };
  if (error.kind === 'network') return { text: t.errors.network, fields: [] };
  const fields = error.problem.errors ?? [];
  if (error.kind === 'invalid-response') return { text: t.errors.invalidResponse, fields };
  if (error.status === 404) return { text: t.errors.notFound, fields };
  const { title, detail } = error.problem;
  return { text: detail ? `${title}: ${detail}` : title, fields };
}

/** Shows a failed request with the server's problem details (RFC 9457), announced at once. */
export function ErrorMessage({ error, text: own, onRetry }: Props) {
  const described = describe(error);
  const text = own ?? described.text;
  const fields = own ? [] : described.fields;
  return (
    <div className="error" role="alert">
      <h2>{t.errors.heading}</h2>
      <p>{text}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={`${f.field}:${f.message}`}>
              <code>{f.field}</code>: {f.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.errors.retry}
        </button>
      )}
    </div>
  );
}
