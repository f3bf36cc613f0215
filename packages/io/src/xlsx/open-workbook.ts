import { type Unzipped, unzipSync } from 'fflate';
import { FormatError } from '../format-error.ts';
import { MAX_XLSX_BYTES, MAX_XLSX_UNPACKED_BYTES } from './xlsx-limits.ts';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The parts of a workbook we read: the workbook, its relations, shared strings, styles and sheets. */
const WANTED =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/;
const MACROS = /(^|\/)vbaProject\.bin$/i;

/**
 * Opens an .xlsx file (a zip of XML parts) and returns the parts we read, decoded as text. Refuses, with
 * a Dutch FormatError: a file over MAX_XLSX_BYTES, an old binary .xls (or any OLE compound file such as
 * an encrypted workbook), anything that is not a zip, a workbook with macros (vbaProject.bin or the
 * macro-enabled content type) and parts that unpack beyond MAX_XLSX_UNPACKED_BYTES.
 */
export function openWorkbook(bytes: Uint8Array): Map<string, string> {
  if (bytes.byteLength === 0) throw new FormatError('xlsx', 'het bestand is leeg.');
  if (bytes.byteLength > MAX_XLSX_BYTES) {
    throw new FormatError(
      'xlsx',
      `het bestand is ${megabytes(bytes.byteLength)}; een werkmap mag hoogstens ${megabytes(MAX_XLSX_BYTES)} zijn. Splits de werkmap of sla hem op als CSV.`,
    );
  }
  if (startsWith(bytes, CFB_SIGNATURE)) {
    throw new FormatError(
      'xlsx',
      'dit is een oud Excel-bestand (.xls) of een beveiligde werkmap; die worden niet gelezen. Open het in Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx) zonder wachtwoord.',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new FormatError('xlsx', 'dit is geen Excel-werkmap (.xlsx): het bestand is geen zip-archief.');
  }
  let unpacked = 0;
  let macros = false;
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (MACROS.test(file.name)) macros = true;
        if (!WANTED.test(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_XLSX_UNPACKED_BYTES) {
          throw new FormatError(
            'xlsx',
            `de werkmap is uitgepakt groter dan ${megabytes(MAX_XLSX_UNPACKED_BYTES)}; splits hem of sla hem op als CSV.`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError('xlsx', 'de werkmap is beschadigd: het zip-archief kan niet worden uitgepakt.');
  }
  const decoder = new TextDecoder('utf-8');
  const parts = new Map<string, string>();
  let total = 0;
  for (const [name, content] of Object.entries(files)) {
    total += content.byteLength;
    if (total > MAX_XLSX_UNPACKED_BYTES) {
      throw new FormatError(
        'xlsx',
        `de werkmap is uitgepakt groter dan ${megabytes(MAX_XLSX_UNPACKED_BYTES)}; splits hem of sla hem op als CSV.`,
      );
    }
    parts.set(name, decoder.decode(content));
  }
  const contentTypes = parts.get('[Content_Types].xml') ?? '';
  if (macros || /macroEnabled/i.test(contentTypes)) {
    throw new FormatError(
      'xlsx',
      'de werkmap bevat macro’s (.xlsm); die worden om veiligheidsredenen niet gelezen. Sla hem op als gewone Excel-werkmap (.xlsx).',
    );
  }
  if (!parts.has('xl/workbook.xml')) {
    throw new FormatError('xlsx', 'dit is geen Excel-werkmap: xl/workbook.xml ontbreekt in het archief.');
  }
  return parts;
}
