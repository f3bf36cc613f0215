import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { organisationsQuery, peopleQuery } from '../api/entities.ts';
import { t } from '../i18n/catalogue.ts';
import { Combobox, type Option } from './Combobox.tsx';
import { FormField } from './fields.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';

const SEARCH_DELAY_MS = 200;
const PICK_LIMIT = 12;

export type PickerProps = {
  name: string;
  label: string;
  value: Option | null;
  onChange: (value: Option | null) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
};

/** What a picker asks the API for: the typed text once typing pauses, and how many answers. */
export function usePickerSearch(): { q: string; limit: number; setQuery: (query: string) => void } {
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query, SEARCH_DELAY_MS);
  return { q, limit: PICK_LIMIT, setQuery };
}

/** A labelled, searchable pick-list over `options`, which its caller fetches for the typed text. */
export function PickerField({
  value,
  onChange,
  options,
  loading,
  onQueryChange,
  placeholder,
  ...field
}: PickerProps & {
  options: Option[];
  loading: boolean;
  onQueryChange: (query: string) => void;
  placeholder: string;
}) {
  return (
    <FormField {...field}>
      {(control) => (
        <Combobox
          control={control}
          value={value}
          onChange={onChange}
          options={options}
          loading={loading}
          onQueryChange={onQueryChange}
          placeholder={placeholder}
        />
      )}
    </FormField>
  );
}

/** Organisations, searchable by name. */
export function OrganisationPicker(props: PickerProps) {
  const search = usePickerSearch();
  const result = useQuery(organisationsQuery({ q: search.q, limit: search.limit }));
  const options: Option[] = (result.data?.items ?? []).map((o) => ({
    id: o.id,
    label: o.name,
    hint: o.type,
  }));
  return (
    <PickerField
      {...props}
      options={options}
      loading={result.isFetching}
      onQueryChange={search.setQuery}
      placeholder={t.edit.picker.searchOrganisation}
    />
  );
}

/** People and organisations (the ends of a tie, the participants of an opgave), searchable by name. */
export function ActorPicker(props: PickerProps) {
  const search = usePickerSearch();
  const organisations = useQuery(organisationsQuery({ q: search.q, limit: search.limit }));
  const people = useQuery(peopleQuery({ q: search.q, limit: search.limit }));
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
    <PickerField
      {...props}
      options={options}
      loading={organisations.isFetching || people.isFetching}
      onQueryChange={search.setQuery}
      placeholder={t.edit.picker.searchActor}
    />
  );
}
