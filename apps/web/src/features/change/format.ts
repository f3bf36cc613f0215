/** Numbers as a Dutch council reads them. */
const whole = new Intl.NumberFormat('nl-NL');
const fraction = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const signedWhole = new Intl.NumberFormat('nl-NL', { signDisplay: 'exceptZero' });
const signedFraction = new Intl.NumberFormat('nl-NL', {
  signDisplay: 'exceptZero',
  minimumFractionDigits: 3,
  maximumFractionDigits: 3,
});

export function formatNumber(value: number, decimals = false): string {
  return decimals ? fraction.format(value) : whole.format(value);
}

/** A difference with its sign: `+3`, `−0,012`, `0`. */
export function formatDifference(value: number, decimals = false): string {
  // round first, so a tiny float difference does not show as "-0,000"
  const rounded = decimals ? Math.round(value * 1000) / 1000 : value;
  return decimals ? signedFraction.format(rounded) : signedWhole.format(rounded);
}
