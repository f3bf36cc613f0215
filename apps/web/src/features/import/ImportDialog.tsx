import {
  type ImportName,
  type ImportReport,
  ImportReportSchema,
  type TransferFormat,
} from '@regiekaart/model';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ApiWriteError, send } from '../../api/write.ts';
import { t } from '../../i18n/catalogue.ts';
import { importStrings as s } from '../../i18n/nl-import.ts';
import type { Option } from '../../ui/Combobox.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { ActorPicker } from '../../ui/pickers.tsx';
import { editHistory } from '../map/edit/edit-history.ts';
import { type ImportedFrom, ImportedWhere } from './ImportedWhere.tsx';
import './import.css';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const FORMATS: Record<string, { format: TransferFormat; type: string }> = {
  xlsx: { format: 'xlsx', type: XLSX },
  csv: { format: 'csv', type: 'text/csv' },
  graphml: { format: 'graphml', type: 'application/xml' },
  xml: { format: 'graphml', type: 'application/xml' },
  gexf: { format: 'gexf', type: 'application/xml' },
  json: { format: 'json', type: 'application/json' },
};

/** The import format from a file name's extension. */
export function formatOfFile(name: string): { format: TransferFormat; type: string } | null {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  return name.includes('.') ? (FORMATS[extension] ?? null) : null;
}

type Chosen = { name: string; content: ArrayBuffer; format: TransferFormat; type: string };
type Phase = 'idle' | 'checking' | 'checked' | 'importing' | 'done' | 'undoing' | 'undone';
type Nodes = 'organisation' | 'person';
type Choice = { value: string; picked: Option | null };

async function runImport(
  file: Chosen,
  dryRun: boolean,
  nodes: Nodes,
  choices: Record<string, string>,
): Promise<ImportReport> {
  try {
    const body = await send(
      {
        method: 'POST',
        path: '/api/import',
        params: {
          format: file.format,
          dryRun,
          nodes,
          fileName: file.name,
          ...(Object.keys(choices).length ? { choices: JSON.stringify(choices) } : {}),
        },
      },
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

const ROWS_SHOWN = 200;

/** What the user chose per name, as the API's `choices`: "new" or an existing record's id. */
function choicesOf(choices: Record<string, Choice>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, c] of Object.entries(choices)) {
    if (c.value === 'pick') {
      if (c.picked) out[name] = c.picked.id;
    } else if (c.value) out[name] = c.value;
  }
  return out;
}

function NameChoice({
  name,
  choice,
  onChange,
}: {
  name: ImportName;
  choice: Choice | undefined;
  onChange: (choice: Choice) => void;
}) {
  const groupId = useId();
  const value = choice?.value ?? (name.status === 'unknown' ? 'new' : '');
  const option = (id: string, label: string) => (
    <label key={id} className="choice">
      <input
        type="radio"
        name={groupId}
        value={id}
        checked={value === id}
        onChange={() => onChange({ value: id, picked: choice?.picked ?? null })}
      />{' '}
      {label}
    </label>
  );
  return (
    <fieldset className="name-choice" data-name={name.name} data-status={name.status}>
      <legend>
        {name.status === 'unknown'
          ? s.unknownName(name.name, name.kind, name.rows.length)
          : s.ambiguousName(name.name, name.candidates.length)}
      </legend>
      {name.candidates.map((c) => option(c.id, s.candidate(c.name, c.organisation)))}
      {option('new', s.createNew(name.kind))}
      {option('pick', s.pickExisting)}
      {value === 'pick' && (
        <ActorPicker
          name={`choice-${name.name}`}
          label={s.existing}
          value={choice?.picked ?? null}
          onChange={(picked) => onChange({ value: 'pick', picked })}
        />
      )}
    </fieldset>
  );
}

/** Import from a file: first a dry run whose report is shown, then the real import, which can be undone. */
export function ImportDialog({ onClose, from }: { onClose: () => void; from: ImportedFrom }) {
  const queryClient = useQueryClient();
  const fileId = useId();
  const hintId = useId();
  const nodesHintId = useId();
  const [file, setFile] = useState<Chosen | null>(null);
  const [nodes, setNodes] = useState<Nodes>('organisation');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [phase, setPhase] = useState<Phase>('idle');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [formatError, setFormatError] = useState<string | null>(null);

  const check = async (chosen: Chosen, nodeKind: Nodes, picked: Record<string, Choice>) => {
    setPhase('checking');
    setError(null);
    try {
      setReport(await runImport(chosen, true, nodeKind, choicesOf(picked)));
      setPhase('checked');
    } catch (e) {
      setError(e);
      setPhase('idle');
    }
  };

  const choose = async (picked: File | undefined) => {
    setReport(null);
    setError(null);
    setFormatError(null);
    setFile(null);
    setChoices({});
    if (!picked) return setPhase('idle');
    if (/\.(xls|xlsm|xlsb)$/i.test(picked.name)) {
      setFormatError(s.oldExcel(picked.name));
      return setPhase('idle');
    }
    const detected = formatOfFile(picked.name);
    if (!detected) {
      setFormatError(s.unknownFormat(picked.name));
      return setPhase('idle');
    }
    const chosen = { name: picked.name, content: await picked.arrayBuffer(), ...detected };
    setFile(chosen);
    await check(chosen, nodes, {});
  };

  const changeNodes = (value: Nodes) => {
    setNodes(value);
    if (file) void check(file, value, choices);
  };

  const changeChoice = (name: string, choice: Choice) => {
    const next = { ...choices, [name]: choice };
    setChoices(next);
    if (file && (choice.value !== 'pick' || choice.picked)) void check(file, nodes, next);
  };

  const confirm = async () => {
    if (!file) return;
    setPhase('importing');
    setError(null);
    try {
      const result = await runImport(file, false, nodes, choicesOf(choices));
      setReport(result);
      if (result.applied && result.importId) {
        editHistory.record({
          label: s.historyLabel(file.name),
          forward: [],
          backward: [{ method: 'DELETE', path: `/api/imports/${encodeURIComponent(result.importId)}` }],
          scope: 'graph',
          redoable: false,
        });
      }
      setPhase(result.applied ? 'done' : 'checked');
      // everything may have changed
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(e);
      setPhase('checked');
    }
  };

  const undo = async () => {
    setPhase('undoing');
    setError(null);
    try {
      await editHistory.undo(queryClient);
      setPhase('undone');
    } catch (e) {
      setError(e);
      setPhase('done');
    }
  };

  const rejected = report?.rows.filter((r) => r.action === 'reject') ?? [];
  const totals = Object.values(report?.summary ?? {}).reduce(
    (sum, c) => ({ create: sum.create + c.create, update: sum.update + c.update }),
    { create: 0, update: 0 },
  );
  const status =
    phase === 'checking'
      ? s.checking
      : phase === 'importing'
        ? s.importing
        : phase === 'undoing'
          ? s.undoing
          : phase === 'done'
            ? s.done(totals.create, totals.update)
            : phase === 'undone'
              ? s.undone
              : null;
  const busy = phase === 'checking' || phase === 'importing' || phase === 'undoing';
  const rowCount = report ? report.rows.length + (report.omittedRows ?? 0) : 0;

  return (
    <Dialog title={s.title} onClose={onClose} testId="import-dialog">
      <p className="intro">{s.intro}</p>
      <p className="import-template">
        {s.templateHint}{' '}
        <a href="/api/import/invulbestand" download>
          {s.template}
        </a>
      </p>
      <div className="field" data-field="file">
        <label htmlFor={fileId}>{s.file}</label>
        <input
          id={fileId}
          type="file"
          accept=".xlsx,.csv,.graphml,.gexf,.json,.xml"
          aria-describedby={hintId}
          aria-invalid={formatError ? true : undefined}
          disabled={busy}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        {formatError && <span className="field-error">{formatError}</span>}
        <span className="hint" id={hintId}>
          {s.fileHint}
        </span>
      </div>
      <fieldset
        className="field nodes-choice"
        aria-describedby={nodesHintId}
        disabled={busy || phase === 'done'}
      >
        <legend>{s.nodes}</legend>
        {(['organisation', 'person'] as const).map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name="nodes"
              value={kind}
              checked={nodes === kind}
              onChange={() => changeNodes(kind)}
            />{' '}
            {s.nodeKinds[kind]}
          </label>
        ))}
        <span className="hint" id={nodesHintId}>
          {s.nodesHint}
        </span>
      </fieldset>
      <LiveStatus message={status} />
      {error ? <ErrorMessage error={error} /> : null}
      {report && phase !== 'undone' && (
        <section
          className="import-report"
          data-testid="import-report"
          aria-label={report.applied ? s.appliedHeading : s.reportHeading}
        >
          <h3>{report.applied ? s.appliedHeading : s.reportHeading}</h3>
          {report.applied && phase === 'done' && (
            <ImportedWhere report={report} from={from} onLeave={onClose} />
          )}
          {report.notes?.length ? (
            <div className="import-notes" data-testid="import-notes">
              <h4>{s.notesHeading}</h4>
              <ul>
                {report.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls by keyboard too */}
          <section className="table-scroll" aria-label={s.summaryLabel} tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{s.entity}</th>
                  {(['create', 'update', 'unchanged', 'reject'] as const).map((a) => (
                    <th scope="col" key={a}>
                      {s.actions[a]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Object.entries(report.summary).map(([entity, counts]) => (
                  <tr key={entity} data-entity={entity}>
                    <th scope="row">{s.entities[entity] ?? entity}</th>
                    <td data-count="create">{counts.create}</td>
                    <td data-count="update">{counts.update}</td>
                    <td data-count="unchanged">{counts.unchanged}</td>
                    <td data-count="reject">{counts.reject}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {!report.applied && report.names?.length ? (
            <div className="import-names" data-testid="import-names">
              <h4>{s.namesHeading}</h4>
              <p>{s.namesIntro}</p>
              {report.names.map((name) => (
                <NameChoice
                  key={name.name}
                  name={name}
                  choice={choices[name.name]}
                  onChange={(choice) => changeChoice(name.name, choice)}
                />
              ))}
            </div>
          ) : null}
          <h4>{s.rowsHeading}</h4>
          {report.omittedRows ? <p>{s.rowsOmitted(report.omittedRows)}</p> : null}
          {report.rows.length > ROWS_SHOWN ? <p>{s.rowsShown(ROWS_SHOWN, rowCount)}</p> : null}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls by keyboard too */}
          <section className="table-scroll" aria-label={s.rowsHeading} tabIndex={0}>
            <table data-testid="import-rows">
              <thead>
                <tr>
                  <th scope="col">{s.row}</th>
                  <th scope="col">{s.entity}</th>
                  <th scope="col">{s.name}</th>
                  <th scope="col">{s.what}</th>
                  <th scope="col">{s.why}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.slice(0, ROWS_SHOWN).map((row) => (
                  <tr
                    key={`${row.entity}-${row.row}-${row.label}`}
                    data-row={row.row}
                    data-action={row.action}
                    className={row.action === 'reject' ? 'rejected' : undefined}
                  >
                    <td>{row.row}</td>
                    <td>{s.entityOne[row.entity] ?? row.entity}</td>
                    <td>{row.label ?? ''}</td>
                    <td>{s.actions[row.action]}</td>
                    <td>{(row.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {rejected.length > 0 && <p>{s.rejectedNote}</p>}
          {!report.applied && <p>{s.nothingWritten}</p>}
        </section>
      )}
      <div className="form-actions">
        {phase === 'done' && report?.importId && (
          <button type="button" className="secondary" onClick={() => void undo()}>
            {s.undo}
          </button>
        )}
        <span className="spacer" />
        <button type="button" className="secondary" onClick={onClose}>
          {phase === 'done' || phase === 'undone' ? t.edit.close : t.edit.cancel}
        </button>
        {phase !== 'done' && phase !== 'undone' && (
          <button
            type="button"
            onClick={() => void confirm()}
            disabled={phase !== 'checked' || rejected.length > 0}
          >
            {s.confirm}
          </button>
        )}
      </div>
    </Dialog>
  );
}
