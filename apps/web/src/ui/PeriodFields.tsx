import { TextField } from './fields.tsx';

type Props = {
  /** the fields' names (and error keys): `since` and `until`, or e.g. `memberships.0.since` */
  names?: { since: string; until: string };
  labels: { since: string; until: string };
  since: string;
  until: string;
  onChange: (change: { since?: string; until?: string }) => void;
  errors: Record<string, string | undefined>;
};

/** The one pair of calendar-date fields for "from … to …" (`YYYY-MM-DD`, as typed: no time zone). */
export function PeriodFields({
  names = { since: 'since', until: 'until' },
  labels,
  since,
  until,
  onChange,
  errors,
}: Props) {
  return (
    <div className="field-row">
      <TextField
        type="date"
        name={names.since}
        label={labels.since}
        value={since}
        onChange={(value) => onChange({ since: value })}
        error={errors[names.since]}
      />
      <TextField
        type="date"
        name={names.until}
        label={labels.until}
        value={until}
        onChange={(value) => onChange({ until: value })}
        error={errors[names.until]}
      />
    </div>
  );
}
