/** Strings of the raadsversie switch on maps and its footer; part of the `nl` catalogue. */
export const raadStrings = {
  raad: {
    switchLabel: 'Raadsversie',
    switchHint: 'Voor de gemeenteraad: alleen organisaties, zonder namen van personen.',
    banner: 'Raadsversie: zonder namen van personen',
    bannerDetail: (minPeople: number) =>
      `Alleen organisaties. Organisaties met minder dan ${minPeople} personen zijn samengevoegd tot "Overig". Bewerken, notities en opgeslagen weergaven staan uit.`,
    levelLocked: 'De raadsversie toont alleen organisaties.',
    personOnlyOff: 'Niet in de raadsversie: die toont geen personen.',
    minPeople: 'Minimum aantal personen',
    minPeopleHint: 'Kleinere organisaties worden samengevoegd tot "Overig", zodat niemand herkenbaar is.',
    minPeopleOption: (n: number) => (n === 1 ? '1 persoon' : `${n} personen`),
    defaultSuffix: '(standaard)',
    purposeLabel: 'Doel (in de voettekst)',
    casusTitle: 'Casus',
    casusUnavailable: 'Een casus is in de raadsversie alleen als aantal te zien',
    casusUnavailableHint: 'Zet de raadsversie uit om deze casus te bekijken, of kies een opgave.',
    casusSwitchOff: 'Raadsversie uitzetten',
    exportHint: 'Raadsversie: de bestanden bevatten geen namen of ids van personen.',
    madeOn: 'Gemaakt op',
    dataOf: 'Gegevens van',
    purpose: 'Doel',
    defaultPurpose: 'Verantwoording aan de gemeenteraad',
    version: 'Raadsversie',
  },
};
