const TRUE_WORDS = new Set(['ja', 'j', 'true', 'waar', '1', 'yes', 'y', 'gericht', 'directed']);
const FALSE_WORDS = new Set(['nee', 'n', 'false', 'onwaar', '0', 'no', 'ongericht', 'undirected', 'mutual']);

/** Reads a yes/no cell (ja/nee, true/false, 1/0, j/n, gericht/ongericht); `undefined` when it is neither. */
export function booleanFromText(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** Reads a number written with a decimal point or a Dutch decimal comma; `undefined` when it is none. */
export function numberFromText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Types a free-form value for a generic graph: plain numbers (a decimal point or a Dutch decimal comma:
 * `0,5`) and true/false, everything else stays text.
 */
export function typedFromText(text: string): string | number | boolean {
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (/^-?(0|[1-9]\d*),\d+$/.test(text)) return Number(text.replace(',', '.'));
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return text;
}

const normalised = new Map<string, string>();

/** Lowercases a column or attribute name and drops spaces, `_`, `-`, `.` and accents: `Korte naam` -> `kortenaam`. */
export function normaliseName(name: string): string {
  const known = normalised.get(name);
  if (known !== undefined) return known;
  const result = name
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_.-]+/g, '');
  // Names repeat on every element of a file; remember a bounded number of them.
  if (normalised.size < 2000) normalised.set(name, result);
  return result;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= (days[month - 1] ?? 0);
}

/**
 * Reads a calendar date as Dutch files write it: `15-03-2025`, `5-3-2025`, `15/03/2025`, `15.03.2025`
 * (day first) or `2025-03-15`, also with a time after it (`2025-03-15 00:00:00`, `2025-03-15T00:00`).
 * Returns `YYYY-MM-DD`, or `undefined` when the text is no existing date. Never goes through `Date`, so
 * no time zone can shift the day.
 */
export function dateFromText(text: string): string | undefined {
  const trimmed = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(trimmed);
  let year: number;
  let month: number;
  let day: number;
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(trimmed);
    if (!match) return undefined;
    [day, month, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  }
  return isCalendarDate(year, month, day) ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : undefined;
}
