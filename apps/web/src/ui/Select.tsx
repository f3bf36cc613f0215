type Props<V extends string> = {
  id: string;
  value: V | '';
  options: readonly V[];
  labels: Record<V, string>;
  onChange: (value: V | '') => void;
  /** label of the empty choice; omit to require a value */
  anyLabel?: string;
};

/** A select over a closed set of codes; the empty choice means "all". */
export function Select<V extends string>({ id, value, options, labels, onChange, anyLabel }: Props<V>) {
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => onChange(options.find((option) => option === event.target.value) ?? '')}
    >
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {options.map((option) => (
        <option key={option} value={option}>
          {labels[option]}
        </option>
      ))}
    </select>
  );
}
