/** Strings of the presentation screens and the raadsversie; part of the `nl` catalogue. */
export const presentationStrings = {
  presentations: {
    title: 'Presentaties',
  },
};
