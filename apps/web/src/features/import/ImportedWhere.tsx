import type { ImportReport, NetworkLevel } from '@regiekaart/model';
import { importStrings as s } from '../../i18n/nl-import.ts';
import { DEFAULT_VIEW, formatRoute } from '../../routing/route.ts';

/** The map the import was started from: an opgave's (or null, the whole network) at a level. */
export type ImportedFrom = { opgaveId: string | null; level: NetworkLevel };

const written = (report: ImportReport, entity: string) =>
  (report.summary[entity]?.create ?? 0) + (report.summary[entity]?.update ?? 0);

/**
 * The map on which an import's actors and ties show: people at the person level; organisations and
 * the ties between them only at the organisation level. Null when no actor or tie was written.
 */
export function importedLevel(report: ImportReport): NetworkLevel | null {
  if (written(report, 'people') > 0) return 'person';
  if (written(report, 'organisations') > 0 || written(report, 'links') > 0) return 'organisation';
  return null;
}

/**
 * After an import: where its actors and ties show, and a way there when that is not the map the
 * import was started from (an opgave's map shows its participants; a person map no ties between
 * organisations), so a file that seems to have changed nothing is not imported twice.
 */
export function ImportedWhere({
  report,
  from,
  onLeave,
}: {
  report: ImportReport;
  from: ImportedFrom;
  /** before going to the other map: the dialog closes */
  onLeave: () => void;
}) {
  const level = importedLevel(report);
  if (!level) return null;
  if (from.opgaveId === null && from.level === level) {
    return (
      <p className="imported-where" data-testid="imported-where">
        {s.shownHere}
      </p>
    );
  }
  const href = formatRoute({ screen: 'network', view: { ...DEFAULT_VIEW, level, autoLevel: false } });
  return (
    <p className="imported-where" data-testid="imported-where">
      {s.shownOn[level]}{' '}
      <a
        className="button"
        href={href}
        onClick={(event) => {
          event.preventDefault();
          onLeave();
          window.location.hash = href;
        }}
      >
        {s.showOnMap}
      </a>
    </p>
  );
}
