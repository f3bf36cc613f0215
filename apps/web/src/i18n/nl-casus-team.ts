/** Strings of the casus-team panel. */

const numberFormat = new Intl.NumberFormat('nl-NL');

export const casusTeamStrings = {
  heading: 'Team van deze casus',
  intro:
    'Alleen wie in het team staat, ziet deze casus: de casus zelf, de deelnemers, notities en weergaven. Deelnemer zijn geeft geen toegang.',
  count: (n: number) => `${numberFormat.format(n)} ${n === 1 ? 'teamlid' : 'teamleden'}`,
  none: 'Nog niemand in het team. Alleen beheerders zien deze casus.',
  account: 'account',
  person: 'persoon',
  period: (since: string | null, until: string | null) =>
    since && until
      ? `van ${since} tot en met ${until}`
      : since
        ? `vanaf ${since}`
        : until
          ? `tot en met ${until}`
          : '',
  addHeading: 'Iemand aan het team toevoegen',
  personLabel: 'Persoon',
  personHint: 'Iedereen met een account van deze persoon ziet de casus.',
  searchPerson: 'Zoek een persoon op naam…',
  untilLabel: 'Tot en met (niet verplicht)',
  add: 'Toevoegen aan team',
  adding: 'Bezig met toevoegen…',
  choosePerson: 'Kies eerst een persoon.',
  remove: (name: string) => `Uit team: ${name}`,
  removeShort: 'Uit team',
  added: (name: string) => `${name} staat nu in het team.`,
  removed: (name: string) => `${name} is uit het team gehaald.`,
};
