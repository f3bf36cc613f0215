const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const count = new Intl.NumberFormat('nl-NL');
const ties = (n: number) => (n === 1 ? '1 verbinding' : `${count.format(n)} verbindingen`);

/** Strings of the survey's results workbench, its raadsversie and the comparison of two rounds. */
export const surveyWorkbenchStrings = {
  backShort: 'Uitvragen',
  backLabel: 'Terug naar alle uitvragen',
  panel: 'Uitkomst en respons',
  mapCaption: 'Uitkomst van de uitvraag',
  legendNotAnswered: 'partner die niet antwoordde (open rondje)',
  rateOf: (answered: number, total: number, rate: number) => `${answered} van ${total} (${percent(rate)})`,
  belowThreshold: 'onder de drempel',
  remindNone: 'Iedereen heeft geantwoord.',
  nonRespondentsCount: (n: number) => (n === 1 ? '1 respondent' : `${n} respondenten`),
  actionsHeading: 'Sluiten en toepassen',
  roundsLink: 'Beide rondes vergelijken op het scherm Verandering',
  figuresChange: 'De cijfers veranderen met deze keuze.',
  raad: {
    heading: 'Uitkomst in aantallen',
    intro:
      'De raadsversie toont alleen aantallen per domein: geen namen van personen of organisaties en geen kaart van wie met wie.',
    respondents: 'Respondenten die antwoordden',
    nonRespondents: 'Respondenten die niet antwoordden',
    perDomainCaption: 'Respons per domein',
    invited: 'Uitgenodigd',
    answered: 'Geantwoord',
    pairsCaption: 'Verbindingen tussen domeinen',
    pairsIntro:
      'Per paar domeinen: hoeveel verbindingen beide kanten noemden (bevestigd) en hoeveel één kant noemde.',
    from: 'Domein',
    to: 'met domein',
    confirmed: 'Bevestigd',
    oneSided: 'Eén kant',
    total: 'Samen',
    noPairs: 'Nog geen verbindingen genoemd.',
    tiesTotal: (confirmed: number, oneSided: number) =>
      `${ties(confirmed + oneSided)}: ${count.format(confirmed)} bevestigd, ${count.format(oneSided)} door één kant genoemd.`,
    loading: 'De aantallen worden geladen…',
    other: 'Overig (kleine domeinen samen)',
  },
  rounds: {
    choose: 'Rondes van een uitvraag vergelijken',
    chooseHint:
      'Kies een uitvraag met een vorige ronde: de kaart toont dan wat veranderde na de eerste ronde, tot en met de tweede.',
    none: 'Geen: twee datums vergelijken',
    noRounds: 'Er is nog geen uitvraag met een vorige ronde.',
    heading: (before: string, after: string) => `Ronde ${before} naast ronde ${after}`,
    intro:
      'Wat de respondenten in beide rondes meldden, met dezelfde keuze voor verbindingen die één kant noemde (meenemen).',
    figure: 'Kenmerk',
    responseRate: 'Respons',
    ties: 'Verbindingen',
    confirmed: 'Door beide kanten genoemd',
    oneSided: 'Door één kant genoemd',
    actors: 'Partners',
    addedCount: (n: number) => (n === 1 ? '1 nieuwe verbinding' : `${count.format(n)} nieuwe verbindingen`),
    removedCount: (n: number) =>
      n === 1 ? '1 verbinding niet meer genoemd' : `${count.format(n)} verbindingen niet meer genoemd`,
    keptCount: (n: number) =>
      n === 1 ? '1 verbinding gebleven' : `${count.format(n)} verbindingen gebleven`,
    changedFigures: 'Verschil',
    points: (difference: string) => `${difference} procentpunt`,
    lowResponse: (threshold: number) =>
      `Let op: een ronde met een respons onder de ${percent(threshold)} geeft geen betrouwbaar beeld van wat veranderde; wie niet antwoordde, lijkt verbindingen kwijt te zijn.`,
    loading: 'De rondes worden geladen…',
    pairs: 'Welke verbindingen',
    more: (n: number) => `en nog ${n}`,
  },
};
