import { csvCell } from '@regiekaart/io';
import type { KeyFigures } from '@regiekaart/model';

type Cell = string | number | null;

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3, useGrouping: false });

function cell(value: Cell): string {
  if (value === null) return '';
  // numbers are written the way Dutch Excel reads them (decimal comma); only text can start a formula
  return typeof value === 'number' ? decimal.format(value) : csvCell(value);
}

/** The header of the key-figures CSV: what, which figure, and the two dates (compared, then now). */
export function keyFiguresCsvHeader(figures: KeyFigures): string[] {
  return ['onderdeel', 'kenmerk', figures.before.date, figures.now.date];
}

/**
 * The key figures as a spreadsheet for the council: UTF-8 with BOM, `;` between cells, Dutch headers,
 * one row per figure with its value on the compared date and on the chosen date. Organisations,
 * domains and opgaven only; casussen as counts.
 */
export function keyFiguresCsv(figures: KeyFigures): string {
  const { now, before } = figures;
  const rows: Cell[][] = [];
  rows.push(['Partners', 'Organisaties in het netwerk', before.partners, now.partners]);
  const domains = new Map<string, string>();
  for (const d of [...now.partnersPerDomain, ...before.partnersPerDomain])
    if (!domains.has(d.domain)) domains.set(d.domain, d.label);
  const countIn = (list: KeyFigures['now']['partnersPerDomain'], domain: string) =>
    list.find((d) => d.domain === domain)?.partners ?? 0;
  for (const [domain, label] of domains)
    rows.push([
      'Partners per domein',
      label,
      countIn(before.partnersPerDomain, domain),
      countIn(now.partnersPerDomain, domain),
    ]);
  rows.push(['Verbindingen', 'Verbindingen tussen organisaties', before.ties, now.ties]);
  rows.push(['Verbindingen', 'Verbindingen over domeinen heen', before.crossDomainTies, now.crossDomainTies]);
  rows.push(['Netwerk', 'Makelaars tussen domeinen', before.brokers, now.brokers]);
  rows.push(['Netwerk', 'Dichtheid', before.density, now.density]);
  rows.push(['Netwerk', 'Losse delen', before.components, now.components]);
  rows.push([
    'Kwetsbare plekken',
    'Organisaties die als enige twee delen verbinden',
    before.singlePointsOfFailure.length,
    now.singlePointsOfFailure.length,
  ]);
  rows.push([
    'Kwetsbare plekken',
    'Opgelost sinds de vergelijkingsdatum',
    null,
    figures.singlePointsOfFailureResolved,
  ]);
  rows.push([
    'Kwetsbare plekken',
    'Nieuw sinds de vergelijkingsdatum',
    null,
    figures.singlePointsOfFailureNew,
  ]);
  for (const o of figures.opgaven)
    rows.push([
      'Verplichte partners per opgave',
      o.name,
      null,
      o.share === null ? 'geen sjabloon' : `${o.presentRoles} van ${o.requiredRoles}`,
    ]);
  rows.push(['Casussen', 'Totaal', null, figures.casussen.total]);
  rows.push(['Casussen', 'Actief', null, figures.casussen.active]);
  const lines = [keyFiguresCsvHeader(figures), ...rows].map((cells) => cells.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
