/** Strings of the change-over-time screen as a workbench (title row, fold-outs, side panel). */
export const changeWorkbenchStrings = {
  period: (from: string, to: string) => `${from} – ${to}`,
  settings: 'Periode en opgave',
  panel: 'Cijfers, rondes en lijsten',
  summaryHeading: 'In het kort',
  /** the control row's overflow: the period's presets and saving as a view */
  more: 'Meer',
  moreLabel: (withSave: boolean) =>
    withSave ? 'Meer: snelkeuze van de periode en opslaan' : 'Meer: snelkeuze van de periode',
};
