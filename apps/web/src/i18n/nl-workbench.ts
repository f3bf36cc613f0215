const numberFormat = new Intl.NumberFormat('nl-NL');

/** Strings of the map workbench's frame (top bar, side panel) and of the shared ui kit; part of `nl`. */
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n === 1 ? one : many}`;

export const workbenchStrings = {
  insightActions: {
    candidates: (n: number, role: string) =>
      `${count(n, 'organisatie', 'organisaties')} in het bestand ${n === 1 ? 'kan' : 'kunnen'} de rol ${role} vervullen (zelfde soort en domein):`,
    candidatesLabel: (role: string) => `Kandidaten voor ${role}`,
    /** why a candidate comes first: its region, and who on the map it works with already */
    candidateWhy: (region: string | null, tied: number) =>
      [
        region ? `regio ${region}` : null,
        tied > 0 ? `werkt al samen met ${count(tied, 'deelnemer', 'deelnemers')}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
    noCandidates:
      'Geen organisatie in het bestand past bij deze rol; voeg er een toe met “Nieuwe organisatie”.',
    addAsParticipant: 'Toevoegen als deelnemer',
    addAsParticipantFor: (name: string) => `${name} toevoegen als deelnemer`,
    added: (name: string) => `${name} is toegevoegd als deelnemer. Ongedaan maken kan met Ctrl+Z.`,
    meeting: 'Kennismaking als actie vastleggen',
    meetingFor: (a: string, b: string) => `Kennismaking tussen ${a} en ${b} als actie vastleggen`,
    meetingText: (a: string, b: string) => `Kennismaking tussen ${a} en ${b} organiseren`,
    meetingTag: 'kennismaking',
    meetingRecorded: 'Vastgelegd als open actie bij de opgave (zie Notities en acties).',
  },
  attention: {
    heading: 'Aandacht nodig',
    intro: 'Wat in het netwerk om een actie vraagt, op vandaag.',
    missingPartners: (n: number) => `Ontbrekende partners in ${count(n, 'opgave', 'opgaven')}`,
    missingRoles: (roles: readonly string[]) => ` · ontbreekt: ${roles.join(', ')}`,
    missingNamed: (roles: readonly string[]) => `Ontbreekt: ${roles.join(', ')}`,
    overloaded: (n: number) => `${count(n, 'persoon', 'personen')} mogelijk overbelast`,
    overloadedExplain:
      'Veel opgaven, veel contacten of veel verkeer via één persoon, vergeleken met de anderen in het hele netwerk.',
    overdue: (n: number) => `${count(n, 'actie', 'acties')} over de datum`,
    due: (date: string) => `gepland voor ${date}`,
    none: 'Niets dat nu aandacht vraagt.',
    loading: 'Aandachtspunten worden geladen…',
    more: (n: number) => `Nog ${numberFormat.format(n)} tonen`,
    less: 'Minder tonen',
  },
  lists: {
    opgaven: 'Opgaven',
    casussen: 'Casussen',
    closed: (n: number) => `Afgesloten (${numberFormat.format(n)})`,
    none: 'Geen lopende.',
  },
  frame: {
    panel: 'Paneel',
    backShort: 'Opgaven',
    filters: 'Weergave en filters',
    description: 'Over deze kaart',
    tabsHint: 'Kies met de pijltjestoetsen',
    actorList: 'Actoren op de kaart',
    actorListLink: 'Actoren als lijst, te kiezen met het toetsenbord',
    actorListHint: (n: number) =>
      `${numberFormat.format(n)} ${n === 1 ? 'actor' : 'actoren'}; Enter selecteert en zoomt in`,
  },
};
