import type { ImportFormat } from '@regiekaart/model';

/** Every format the readers and writers know: the model's import formats plus Excel workbooks. */
export type IoFormat = ImportFormat | 'xlsx';

/** What nodes that do not say what they are become on import (`--nodes`, `nodes=` on the API). */
export type NodeKind = 'organisation' | 'person';

export type ReadImportOptions = {
  /** Nodes without a kind (GraphML/GEXF/JSON graph, CSV edge list, Kumu elements): default organisation. */
  nodes?: NodeKind;
};

/** Domain and organisation type given to records whose file names none; the user re-assigns them later. */
export const UNKNOWN_DOMAIN = 'onbekend';
export const UNKNOWN_TYPE = 'onbekend';
/** Tie kind given to ties whose file names none. */
export const DEFAULT_LINK_KIND = 'overleg';

/** The content type of an .xlsx workbook (for the HTTP import and export routes). */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
