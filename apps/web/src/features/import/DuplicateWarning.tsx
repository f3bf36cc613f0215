import { type ImportCandidate, ImportCandidateSchema } from '@regiekaart/model';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiWriteError } from '../../api/write.ts';
import { importStrings as s } from '../../i18n/nl-import.ts';
import './import.css';

const Candidates = ImportCandidateSchema.array();

/** The existing records a 409 "Bestaat deze al?" names, or null for any other failure. */
export function duplicateCandidates(error: unknown): ImportCandidate[] | null {
  if (!(error instanceof ApiWriteError) || error.problem.status !== 409) return null;
  const body = error.body as { candidates?: unknown } | null;
  const parsed = Candidates.safeParse(body?.candidates);
  return parsed.success && parsed.data.length ? parsed.data : null;
}

/**
 * A create that a 409 "Bestaat deze al?" may stop. `created(run)` is true when `run` went through;
 * false when it stopped at existing records, which `duplicates` then holds for the warning.
 */
export function useDuplicateCheck() {
  const [duplicates, setDuplicates] = useState<ImportCandidate[] | null>(null);
  const created = useCallback(async (run: () => Promise<unknown>): Promise<boolean> => {
    try {
      await run();
    } catch (error) {
      const candidates = duplicateCandidates(error);
      if (!candidates) throw error;
      setDuplicates(candidates);
      return false;
    }
    setDuplicates(null);
    return true;
  }, []);
  return { duplicates, created };
}

/** Asks "Bestaat deze al?" with the candidates: use one of them, or create a new record anyway. */
export function DuplicateWarning({
  kind,
  candidates,
  onUse,
  onCreateAnyway,
}: {
  kind: 'person' | 'organisation';
  candidates: ImportCandidate[];
  onUse: (candidate: ImportCandidate) => void;
  onCreateAnyway: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="duplicate-warning" role="alert" data-testid="duplicate-warning">
      <h3 ref={heading} tabIndex={-1}>
        {s.duplicateHeading}
      </h3>
      <p>{s.duplicateIntro(kind)}</p>
      <div className="button-stack">
        {candidates.map((c) => (
          <button key={c.id} type="button" onClick={() => onUse(c)}>
            {s.takeExisting(s.candidate(c.name, c.organisation))}
          </button>
        ))}
        <button type="button" className="secondary" onClick={onCreateAnyway}>
          {s.createAnyway}
        </button>
      </div>
    </section>
  );
}
