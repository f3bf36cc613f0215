/** Strings of the map screen's frame: the opening level of a large map, the compact tool row. */
export const mapuiStrings = {
  largeMap: {
    note: (people: number) =>
      people === 1
        ? 'Deze kaart telt 1 persoon; daarom begint hij bij de organisaties.'
        : `Deze kaart telt ${people} mensen; daarom begint hij bij de organisaties.`,
    showPeople: 'Toon de mensen',
  },
};

/** The tool row's overflow menu and the view controls' fold-out on narrow screens. */
export const toolRowStrings = {
  more: 'Meer',
  moreLabel: 'Meer bewerkingen',
  view: 'Weergave',
  viewLabel: 'Weergave: raadsversie, niveau en stappen',
  /** the verbs of "Paneel tonen" and "Paneel verbergen", which a phone leaves to screen readers */
  /** "Stappen buiten de opgave", whose tail a laptop screen leaves to screen readers */
  hops: 'Stappen',
  hopsTail: 'buiten de opgave',
  panelShow: 'tonen',
  panelHide: 'verbergen',
};
