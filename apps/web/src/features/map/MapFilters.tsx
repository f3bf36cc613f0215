import { DEFAULT_DOMAINS, DEFAULT_LINK_KINDS } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { organisationsQuery } from '../../api/actors.ts';
import { domainsQuery, linkKindsQuery } from '../../api/vocabulary.ts';
import { t } from '../../i18n/catalogue.ts';
import { type MapView, SIZE_METRICS, type SizeMetric } from '../../routing/route.ts';
import { CheckList } from '../../ui/CheckList.tsx';
import { Field } from '../../ui/Field.tsx';
import { compareDomains } from './domain-appearance.ts';
import { compareKinds } from './edge-appearance.ts';
import { isFiltered, withoutFilters } from './view-filters.ts';

type Props = {
  view: MapView;
  onChange: (view: MapView) => void;
};

const STRENGTHS = [1, 2, 3, 4, 5] as const;

/** Which actors and ties the map shows. */
export function MapFilters({ view, onChange }: Props) {
  const domains = useQuery(domainsQuery()).data?.items ?? DEFAULT_DOMAINS;
  const kinds = useQuery(linkKindsQuery()).data?.items ?? DEFAULT_LINK_KINDS;
  const organisations = useQuery(organisationsQuery()).data?.items ?? [];
  const domainOptions = [...domains]
    .sort((a, b) => compareDomains(a.code, b.code))
    .map((d) => ({ value: d.code, label: d.label }));
  const kindOptions = [...kinds]
    .sort((a, b) => compareKinds(a.code, b.code))
    .map((k) => ({ value: k.code, label: k.label }));
  const organisationOptions = organisations
    .map((o) => ({ value: o.id, label: o.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const filtered = isFiltered(view);

  return (
    <form className="map-filters" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend className="visually-hidden">{t.workbench.filters.legend}</legend>
        <CheckList
          label={t.workbench.filters.domains}
          options={domainOptions}
          value={view.domains}
          onChange={(domains) => onChange({ ...view, domains })}
        />
        <CheckList
          label={t.workbench.filters.organisations}
          options={organisationOptions}
          value={view.organisations}
          onChange={(list) => onChange({ ...view, organisations: list })}
          searchable
        />
        <CheckList
          label={t.workbench.filters.linkKinds}
          options={kindOptions}
          value={view.linkKinds}
          onChange={(linkKinds) => onChange({ ...view, linkKinds })}
        />
        <Field label={t.workbench.filters.minStrength}>
          {({ id }) => (
            <select
              id={id}
              value={view.minStrength ?? ''}
              onChange={(event) =>
                onChange({ ...view, minStrength: event.target.value ? Number(event.target.value) : null })
              }
            >
              <option value="">{t.workbench.filters.anyStrength}</option>
              {STRENGTHS.slice(1).map((n) => (
                <option key={n} value={n}>
                  {t.workbench.filters.strengthOption(n)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="button"
          className="secondary"
          disabled={!filtered}
          onClick={() => onChange(withoutFilters(view))}
        >
          {t.workbench.filters.reset}
        </button>
      </fieldset>
    </form>
  );
}

/** How the map draws its nodes: sized by a metric, people grouped by organisation. */
export function MapDisplayOptions({ view, onChange }: Props) {
  return (
    <form className="map-display" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend className="visually-hidden">{t.workbench.filters.display}</legend>
        <Field label={t.workbench.filters.sizeBy}>
          {({ id }) => (
            <select
              id={id}
              value={view.sizeBy ?? ''}
              onChange={(event) =>
                onChange({
                  ...view,
                  sizeBy: SIZE_METRICS.find((m): m is SizeMetric => m === event.target.value) ?? null,
                })
              }
            >
              <option value="">{t.workbench.filters.sizeByNone}</option>
              {SIZE_METRICS.map((metric) => (
                <option key={metric} value={metric}>
                  {t.workbench.metrics[metric].name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="check-field">
          <input
            type="checkbox"
            checked={view.groupByOrganisation && !view.raad}
            disabled={view.level === 'organisation' || view.raad}
            title={view.raad ? t.raad.personOnlyOff : undefined}
            onChange={(event) => onChange({ ...view, groupByOrganisation: event.target.checked })}
          />
          <span>{t.workbench.filters.groupByOrganisation}</span>
        </label>
      </fieldset>
    </form>
  );
}
