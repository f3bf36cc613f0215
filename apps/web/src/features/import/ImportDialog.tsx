import { type ImportFormat, type ImportReport, ImportReportSchema } from '@regiekaart/model';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ApiWriteError, send } from '../../api/write.ts';
import { t } from '../../i18n/catalogue.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';

const t_ = t.transfer;

const FORMATS: Record<string, { format: ImportFormat; type: string }> = {
  csv: { format: 'csv', type: 'text/csv' },
  graphml: { format: 'graphml', type: 'application/xml' },
  xml: { format: 'graphml', type: 'application/xml' },
  gexf: { format: 'gexf', type: 'application/xml' },
  json: { format: 'json', type: 'application/json' },
};

/** The import format from a file name's extension. */
export function formatOfFile(name: string): { format: ImportFormat; type: string } | null {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  return name.includes('.') ? (FORMATS[extension] ?? null) : null;
}

type Chosen = { name: string; content: string; format: ImportFormat; type: string };
type Phase = 'idle' | 'checking' | 'checked' | 'importing' | 'done';

async function runImport(file: Chosen, dryRun: boolean): Promise<ImportReport> {
  try {
    const body = await send(
      { method: 'POST', path: '/api/import', params: { format: file.format, dryRun } },
      { text: { content: file.content, type: file.type } },
    );
    return ImportReportSchema.parse(body);
  } catch (error) {
    // a refused import answers 422 with the report inside the problem document
    if (
      error instanceof ApiWriteError &&
      typeof error.body === 'object' &&
      error.body &&
      'report' in error.body
    ) {
      const report = ImportReportSchema.safeParse(error.body.report);
      if (report.success) return report.data;
    }
    throw error;
  }
}

/** Import from a file: first a dry run whose report is shown, then the real import on request. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const fileId = useId();
  const hintId = useId();
  const [file, setFile] = useState<Chosen | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [formatError, setFormatError] = useState<string | null>(null);

  const choose = async (picked: File | undefined) => {
    setReport(null);
    setError(null);
    setFormatError(null);
    setFile(null);
    if (!picked) return setPhase('idle');
    const detected = formatOfFile(picked.name);
    if (!detected) {
      setFormatError(t_.unknownFormat(picked.name));
      return setPhase('idle');
    }
    const chosen = { name: picked.name, content: await picked.text(), ...detected };
    setFile(chosen);
    setPhase('checking');
    try {
      setReport(await runImport(chosen, true));
      setPhase('checked');
    } catch (e) {
      setError(e);
      setPhase('idle');
    }
  };

  const confirm = async () => {
    if (!file) return;
    setPhase('importing');
    setError(null);
    try {
      const result = await runImport(file, false);
      setReport(result);
      setPhase(result.applied ? 'done' : 'checked');
      // everything may have changed
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(e);
      setPhase('checked');
    }
  };

  const rejected = report?.rows.filter((r) => r.action === 'reject') ?? [];
  const status =
    phase === 'checking'
      ? t_.checking
      : phase === 'importing'
        ? t_.importing
        : phase === 'done' && report
          ? t_.done(report.rows.length)
          : null;

  return (
    <Dialog title={t_.importTitle} onClose={onClose} testId="import-dialog">
      <p className="intro">{t_.importIntro}</p>
      <div className="field" data-field="file">
        <label htmlFor={fileId}>{t_.file}</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.graphml,.gexf,.json,.xml"
          aria-describedby={hintId}
          aria-invalid={formatError ? true : undefined}
          disabled={phase === 'checking' || phase === 'importing'}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        {formatError && <span className="field-error">{formatError}</span>}
        <span className="hint" id={hintId}>
          {t_.fileHint}
        </span>
      </div>
      <LiveStatus message={status} />
      {error ? <ErrorMessage error={error} /> : null}
      {report && (
        <section
          className="import-report"
          data-testid="import-report"
          aria-label={report.applied ? t_.appliedHeading : t_.reportHeading}
        >
          <h3>{report.applied ? t_.appliedHeading : t_.reportHeading}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{t_.entity}</th>
                <th scope="col">{t_.create}</th>
                <th scope="col">{t_.update}</th>
                <th scope="col">{t_.reject}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(report.summary).map(([entity, counts]) => (
                <tr key={entity} data-entity={entity}>
                  <th scope="row">{t_.entities[entity] ?? entity}</th>
                  <td data-count="create">{counts.create}</td>
                  <td data-count="update">{counts.update}</td>
                  <td data-count="reject">{counts.reject}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rejected.length > 0 && (
            <>
              <h3>{t_.rejectedHeading}</h3>
              <table data-testid="rejected-rows">
                <thead>
                  <tr>
                    <th scope="col">{t_.row}</th>
                    <th scope="col">{t_.entity}</th>
                    <th scope="col">{t_.label}</th>
                    <th scope="col">{t_.field}</th>
                    <th scope="col">{t_.message}</th>
                  </tr>
                </thead>
                <tbody>
                  {rejected.flatMap((row) =>
                    (row.errors?.length ? row.errors : [{ field: '', message: '' }]).map((e) => (
                      <tr key={`${row.entity}-${row.row}-${e.field}`} data-row={row.row} data-field={e.field}>
                        <td>{row.row}</td>
                        <td>{t_.entities[row.entity] ?? row.entity}</td>
                        <td>{row.label ?? row.id ?? ''}</td>
                        <td>
                          <code>{e.field}</code>
                        </td>
                        <td>{e.message}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
              <p>{t_.rejectedNote}</p>
            </>
          )}
          {!report.applied && <p>{t_.nothingWritten}</p>}
        </section>
      )}
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" className="secondary" onClick={onClose}>
          {phase === 'done' ? t.edit.close : t.edit.cancel}
        </button>
        {phase !== 'done' && (
          <button
            type="button"
            onClick={() => void confirm()}
            disabled={phase !== 'checked' || rejected.length > 0}
          >
            {t_.confirm}
          </button>
        )}
      </div>
    </Dialog>
  );
}
