import { isApiError } from '../api/api-error.ts';
import { t } from '../i18n/catalogue.ts';

type Props = { error: unknown; onRetry?: () => void };

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
export function ErrorMessage({ error, onRetry }: Props) {
  const { text, fields } = describe(error);
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
