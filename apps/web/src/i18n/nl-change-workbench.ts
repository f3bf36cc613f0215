/** Strings of the change-over-time screen as a workbench (title row, fold-outs, side panel). */
export const changeWorkbenchStrings = {
  period: (from: string, to: string) => `${from} – ${to}`,
  presets: 'Snelkeuze',
  settings: 'Periode en opgave',
  panel: 'Cijfers, rondes en lijsten',
  summaryHeading: 'In het kort',
};
