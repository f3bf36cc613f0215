/** Strings of the map's layout: keeping positions, "Opnieuw schikken", labels. */
export const layoutStrings = {
  rearrange: 'Opnieuw schikken',
  rearrangeHint: 'Schikt de kaart opnieuw; met Ongedaan maken komt de vorige schikking terug.',
  rearranged: 'Kaart opnieuw geschikt',
  moved: (n: number, label: string) => (n === 1 ? `${label} verplaatst` : `${n} actoren verplaatst`),
  saveFailed: 'De posities op de kaart konden niet worden bewaard.',
};
