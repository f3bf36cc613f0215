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

/** Types a free-form value for a generic graph: plain numbers and true/false, everything else stays text. */
export function typedFromText(text: string): string | number | boolean {
  if (/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
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
