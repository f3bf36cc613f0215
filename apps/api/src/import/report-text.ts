import type { ImportReport } from '@regiekaart/model';

const ENTITY: Record<string, [string, string]> = {
  domains: ['domein', 'domeinen'],
  linkKinds: ['soort verbinding', 'soorten verbindingen'],
  organisations: ['organisatie', 'organisaties'],
  people: ['persoon', 'personen'],
  links: ['verbinding', 'verbindingen'],
  templates: ['partnersjabloon', 'partnersjablonen'],
  opgaven: ['opgave', 'opgaven'],
  annotations: ['notitie', 'notities'],
  views: ['opgeslagen weergave', 'opgeslagen weergaven'],
  presentations: ['presentatie', 'presentaties'],
};

const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/** The import report as a Dutch text for the command line: names, never internal ids. */
export function reportText(report: ImportReport): string {
  const lines: string[] = [];
  lines.push(
    report.dryRun
      ? 'Proefimport: er is niets opgeslagen.'
      : report.applied
        ? 'De import is opgeslagen.'
        : 'De import is geweigerd: er is niets opgeslagen.',
  );
  for (const [entity, t] of Object.entries(report.summary)) {
    const words = ENTITY[entity] ?? [entity, entity];
    const parts = [
      t.create ? `${t.create} nieuw` : '',
      t.update ? `${t.update} bijgewerkt` : '',
      t.unchanged ? `${t.unchanged} ongewijzigd` : '',
      t.reject ? `${t.reject} afgekeurd` : '',
    ].filter(Boolean);
    const total = t.create + t.update + t.unchanged + t.reject;
    if (total) lines.push(`  ${count(total, words)}: ${parts.join(', ')}`);
  }
  for (const note of report.notes ?? []) lines.push(`Let op: ${note}`);
  for (const name of report.names ?? []) {
    lines.push(
      name.status === 'ambiguous'
        ? `  "${name.name}" kan meerdere zijn: ${name.candidates.map((c) => (c.organisation ? `${c.name} (${c.organisation})` : c.name)).join(', ')}`
        : `  "${name.name}" is onbekend en wordt ${name.choice && name.choice !== 'new' ? 'gekoppeld aan een bestaande' : `aangemaakt als nieuwe ${name.kind === 'person' ? 'persoon' : 'organisatie'}`}`,
    );
  }
  for (const row of report.rows.filter((r) => r.action === 'reject')) {
    const what = ENTITY[row.entity]?.[0] ?? row.entity;
    lines.push(
      `  Afgekeurd: ${what} in rij ${row.row}${row.label ? ` (${row.label})` : ''}: ${(row.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    );
  }
  if (report.omittedRows) lines.push(`  (${report.omittedRows} rijen niet afzonderlijk genoemd)`);
  if (report.importId) lines.push(`Ongedaan maken: DELETE /api/imports/${report.importId}`);
  return lines.join('\n');
}
