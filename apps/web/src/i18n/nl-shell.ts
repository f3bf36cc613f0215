/** Strings of the app's header: the compact main menu on a phone. */
export const shellStrings = {
  /** the disclosure button that opens the main menu on a narrow screen */
  menu: 'Menu',
} as const;
