/** Strings of the change-over-time and key-figures screens; part of the `nl` catalogue. */
export const changeStrings = {
  change: {
    title: 'Verandering door de tijd',
  },
  keyFigures: {
    title: 'Kerncijfers',
  },
};
