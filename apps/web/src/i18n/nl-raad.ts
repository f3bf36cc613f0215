/** Strings of the raadsversie switch on maps and its footer; part of the `nl` catalogue. */
export const raadStrings = {
  raad: {
    switchLabel: 'Raadsversie',
    madeOn: 'Gemaakt op',
    dataOf: 'Gegevens van',
    purpose: 'Doel',
    defaultPurpose: 'Verantwoording aan de gemeenteraad',
    version: 'Raadsversie',
  },
};
