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

/** A map with nobody on it: why, and what shows something. */
export const emptyMapStrings = {
  ended: (what: string, until: string, day: string) =>
    `Deze ${what} liep tot ${until}. Zoals op ${day} staat er niemand meer op de kaart.`,
  notStarted: (what: string, since: string, day: string) =>
    `Deze ${what} begint op ${since}. Zoals op ${day} staat er nog niemand op de kaart.`,
  showOn: (day: string) => `Toon de kaart zoals op ${day}`,
  filtered: 'Geen actoren die bij de gekozen filters passen.',
  clearFilters: 'Alle filters wissen',
  nobody: (day: string) => `Zoals op ${day} staat er niemand op deze kaart.`,
  /** to someone who may edit */
  addParticipants: 'Voeg deelnemers toe met ‘Deelnemers’ in de werkbalk, of kies een andere datum.',
  otherDay: 'Kies een andere datum met de tijdlijn.',
  what: { opgave: 'opgave', casus: 'casus' },
};
