/** Largest workbook accepted, as uploaded (zip-compressed). */
export const MAX_XLSX_BYTES = 20 * 1024 * 1024;
/** Largest total size of the parts we read, unpacked: guards against zip bombs. */
export const MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Most rows read from one workbook, all sheets together. */
export const MAX_XLSX_ROWS = 200_000;
/** Most columns read per row. */
export const MAX_XLSX_COLUMNS = 200;
