/** Strings of signing in with the organisation account and of the accessibility statement; part of `nl`. */
export const itStrings = {
  signIn: {
    organisation: 'Inloggen met je organisatieaccount',
    organisationHint: 'Met het account waarmee je ook bij je andere werkprogramma’s inlogt.',
    or: 'of',
    passwordOff: 'Aanmelden met een wachtwoord staat uit.',
    recovery: 'Herstel: aanmelden als beheerder met wachtwoord',
  },
  accessibility: {
    documentTitle: 'Toegankelijkheid – Regiekaart',
    link: 'Toegankelijkheid',
    title: 'Toegankelijkheidsverklaring',
    intro:
      'Regiekaart wil voor iedereen bruikbaar zijn, ook voor wie een schermlezer gebruikt, alleen het toetsenbord bedient of de tekst vergroot. Deze verklaring zegt hoe ver we daarin zijn.',
    statusTitle: 'Status',
    status:
      'Regiekaart voldoet naar eigen onderzoek aan de succescriteria van WCAG 2.1 op niveau A en AA, met de uitzonderingen hieronder. Dit is een verklaring van de makers; de gemeente die Regiekaart gebruikt, publiceert haar eigen verklaring in het Register van toegankelijkheidsverklaringen.',
    methodTitle: 'Hoe we dat onderzoeken',
    method: [
      'Bij elke wijziging draaien geautomatiseerde tests in een echte browser (Chromium) met axe-core over de schermen: aanmelden, de kaart, de tabel, verandering, kerncijfers en presentaties.',
      'Die tests bedienen de schermen ook met alleen het toetsenbord: tabbladen, menu’s, dialogen en de presentatie.',
      'Bij elke wijziging van een scherm bekijken we het op 1440 bij 900 en op 390 bij 844 pixels (een telefoon).',
      'Wat een test niet kan beoordelen, zoals begrijpelijke teksten en een logische volgorde, controleren we met de hand.',
    ],
    limitsTitle: 'Wat nog niet goed werkt',
    limits: [
      'De netwerkkaart is een tekening. Wie de kaart niet kan zien, vindt dezelfde gegevens in de tabel naast de kaart en in de lijst met inzichten.',
      'Een PDF-verslag van een presentatie heeft nog geen volledige toegankelijkheidsstructuur (tags).',
    ],
    contactTitle: 'Iets niet bruikbaar?',
    contact:
      'Laat het de beheerder van Regiekaart in je organisatie weten: wat je probeerde, op welk scherm en met welk hulpmiddel.',
    dateTitle: 'Datum',
    date: 'Deze verklaring is opgesteld op 4 december 2026.',
    back: 'Terug naar Regiekaart',
  },
};
