import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { organisationsQuery, peopleQuery } from '../api/entities.ts';
import { t } from '../i18n/catalogue.ts';
import { Combobox, type Option } from './Combobox.tsx';
import { FormField } from './fields.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';

const SEARCH_DELAY_MS = 200;
const PICK_LIMIT = 12;

type PickerProps = {
  name: string;
  label: string;
  value: Option | null;
  onChange: (value: Option | null) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
};

/** Organisations, searchable by name. */
export function OrganisationPicker({ value, onChange, ...field }: PickerProps) {
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query, SEARCH_DELAY_MS);
  const result = useQuery(organisationsQuery({ q, limit: PICK_LIMIT }));
  const options: Option[] = (result.data?.items ?? []).map((o) => ({
    id: o.id,
    label: o.name,
    hint: o.type,
  }));
  return (
    <FormField {...field}>
      {(control) => (
        <Combobox
          control={control}
          value={value}
          onChange={onChange}
          options={options}
          loading={result.isFetching}
          onQueryChange={setQuery}
          placeholder={t.edit.picker.searchOrganisation}
        />
      )}
    </FormField>
  );
}

/** People and organisations (the ends of a tie, the participants of an opgave), searchable by name. */
export function ActorPicker({ value, onChange, ...field }: PickerProps) {
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query, SEARCH_DELAY_MS);
  const organisations = useQuery(organisationsQuery({ q, limit: PICK_LIMIT }));
  const people = useQuery(peopleQuery({ q, limit: PICK_LIMIT }));
  const options: Option[] = [
    ...(people.data?.items ?? []).map((p) => ({
      id: p.id,
      kind: 'person' as const,
      label: p.name,
      hint: [t.vocabulary.actorKind.person, p.memberships[0]?.organisationName].filter(Boolean).join(', '),
    })),
    ...(organisations.data?.items ?? []).map((o) => ({
      id: o.id,
      kind: 'organisation' as const,
      label: o.name,
      hint: t.vocabulary.actorKind.organisation,
    })),
  ];
  return (
    <FormField {...field}>
      {(control) => (
        <Combobox
          control={control}
          value={value}
          onChange={onChange}
          options={options}
          loading={organisations.isFetching || people.isFetching}
          onQueryChange={setQuery}
          placeholder={t.edit.picker.searchActor}
        />
      )}
    </FormField>
  );
}
