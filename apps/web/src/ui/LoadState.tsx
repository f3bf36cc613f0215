import { ErrorMessage } from './ErrorMessage.tsx';
import { LiveStatus } from './LiveStatus.tsx';

/** The one stand-in while data is not there: the error (with "try again" where possible), else the loading message. */
export function LoadState({
  error,
  loading,
  onRetry,
}: {
  error: unknown;
  loading: string;
  onRetry?: (() => void) | undefined;
}) {
  if (error) return <ErrorMessage error={error} {...(onRetry ? { onRetry } : {})} />;
  return <LiveStatus message={loading} />;
}
