/**
 * A polite live region. It stays in the DOM while empty, because screen readers only announce
 * changes to regions that already exist.
 */
export function LiveStatus({ message, className }: { message: string | null; className?: string }) {
  return (
    <p className={className ? `live-status ${className}` : 'live-status'} role="status" aria-live="polite">
      {message}
    </p>
  );
}
