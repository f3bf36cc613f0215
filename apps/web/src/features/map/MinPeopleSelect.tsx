import { t } from '../../i18n/catalogue.ts';

/** the server's default for `minPeople` */
export const DEFAULT_MIN_PEOPLE = 3;
const MIN_PEOPLE_OPTIONS = [1, 2, 3, 4, 5, 6, 8, 10, 15, 20];

type Props = {
  id: string;
  describedBy?: string | undefined;
  /** null: the server's default */
  value: number | null;
  onChange: (minPeople: number | null) => void;
};

/** The raadsversie's smallest organisation shown by name; smaller ones fold into "Overig". */
export function MinPeopleSelect({ id, describedBy, value, onChange }: Props) {
  return (
    <select
      id={id}
      aria-describedby={describedBy}
      value={value ?? DEFAULT_MIN_PEOPLE}
      onChange={(event) => {
        const minPeople = Number(event.target.value);
        onChange(minPeople === DEFAULT_MIN_PEOPLE ? null : minPeople);
      }}
    >
      {MIN_PEOPLE_OPTIONS.map((n) => (
        <option key={n} value={n}>
          {t.raad.minPeopleOption(n)}
          {n === DEFAULT_MIN_PEOPLE ? ` ${t.raad.defaultSuffix}` : ''}
        </option>
      ))}
    </select>
  );
}
