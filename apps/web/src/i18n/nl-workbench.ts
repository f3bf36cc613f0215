const numberFormat = new Intl.NumberFormat('nl-NL');

/** Strings of the map workbench's frame (top bar, side panel) and of the shared ui kit; part of `nl`. */
export const workbenchStrings = {
  frame: {
    panel: 'Paneel',
    backShort: 'Opgaven',
    showPanel: 'Paneel tonen',
    hidePanel: 'Paneel verbergen',
    filters: 'Weergave en filters',
    description: 'Over deze kaart',
    tabsHint: 'Kies met de pijltjestoetsen',
    actorList: 'Actoren op de kaart',
    actorListHint: (n: number) =>
      `${numberFormat.format(n)} ${n === 1 ? 'actor' : 'actoren'}; Enter selecteert en zoomt in`,
  },
};
