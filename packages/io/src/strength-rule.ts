import { numberFromText } from './scalar-text.ts';

/**
 * The rule that turns a file's edge weights into Regiekaart's tie strength 1-5 (documented in
 * packages/io/README.md; its Dutch description travels in `ImportRecords.notes`):
 *
 * - a `strength`/`sterkte` value is taken as it stands (the model accepts whole numbers 1-5 and rejects
 *   anything else by row: no silent clamping);
 * - otherwise `weight`/`gewicht`: when every numeric weight in the file is a whole number from 1 to 5,
 *   strength = weight; else strength is proportional to the largest weight in the file:
 *   max(1, round(5 x weight / largest weight)), so the largest weight gives 5, half of it 3 (2,5
 *   rounded up) and a weight of 0 or less 1; when no weight is above 0, every tie gets 3;
 * - a weight that is not a number gives no strength (the model's default 3) and stays in `weight`;
 * - the original weight is always kept as `weight`.
 */
export type WeightScale = {
  strengthOf(weight: unknown): number | undefined;
  /** Dutch sentence for the import report, or undefined when the file has no numeric weights. */
  note: string | undefined;
};

export function weightAsNumber(weight: unknown): number | undefined {
  if (typeof weight === 'number') return Number.isFinite(weight) ? weight : undefined;
  if (typeof weight === 'string') return numberFromText(weight);
  return undefined;
}

const dutchNumber = (value: number) => String(Number(value.toPrecision(6))).replace('.', ',');

export function weightScale(weights: readonly unknown[]): WeightScale {
  const numbers = weights.map(weightAsNumber).filter((value): value is number => value !== undefined);
  if (numbers.length === 0) return { strengthOf: () => undefined, note: undefined };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of numbers) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (numbers.every((value) => Number.isInteger(value) && value >= 1 && value <= 5)) {
    return {
      strengthOf: weightAsNumber,
      note: 'De gewichten in het bestand zijn hele getallen van 1 tot 5 en zijn overgenomen als sterkte; het oorspronkelijke gewicht blijft bewaard.',
    };
  }
  if (max <= 0) {
    return {
      strengthOf: (weight) => (weightAsNumber(weight) === undefined ? undefined : 3),
      note: 'Geen gewicht in het bestand is groter dan 0; elke verbinding met een gewicht kreeg sterkte 3. Het oorspronkelijke gewicht blijft bewaard.',
    };
  }
  return {
    strengthOf: (weight) => {
      const value = weightAsNumber(weight);
      return value === undefined ? undefined : Math.max(1, Math.round((5 * value) / max));
    },
    note:
      `De gewichten in het bestand (${dutchNumber(min)} tot ${dutchNumber(max)}) zijn omgerekend naar sterkte 1 tot 5 ` +
      `naar verhouding van het grootste gewicht: sterkte = 5 × gewicht / ${dutchNumber(max)}, afgerond, minstens 1. ` +
      'Het oorspronkelijke gewicht blijft bewaard.',
  };
}
