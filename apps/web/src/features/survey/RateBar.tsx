import { RESPONSE_RATE_THRESHOLD } from '@regiekaart/model';
import type { CSSProperties } from 'react';

/** A response rate as a bar, with a line at the 65% threshold; the number beside it says it in words. */
export function RateBar({ rate }: { rate: number }) {
  return (
    <span
      className={rate < RESPONSE_RATE_THRESHOLD ? 'rate-bar low' : 'rate-bar'}
      aria-hidden="true"
      style={{ '--rate': `${Math.round(rate * 100)}%` } as CSSProperties}
    />
  );
}
