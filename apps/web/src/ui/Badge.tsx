import type { ReactNode } from 'react';

export type BadgeTone = 'opgave' | 'casus' | 'level' | 'status' | 'code';

/** A small label; the text carries the meaning, the tone only helps scanning. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
