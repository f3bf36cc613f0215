/**
 * A polite live region. It stays in the DOM while empty, because screen readers only announce
 * changes to regions that already exist.
 */
export function LiveStatus({ message }: { message: string | null }) {
  return (
    <p className="live-status" role="status" aria-live="polite">
      {message}
    </p>
  );
}
