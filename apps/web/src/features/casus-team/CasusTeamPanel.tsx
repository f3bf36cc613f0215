import type { CasusTeamMember } from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { peopleQuery } from '../../api/entities.ts';
import { opgaveQuery } from '../../api/opgaven.ts';
import { formatDate } from '../../i18n/catalogue.ts';
import { casusTeamStrings as t_ } from '../../i18n/nl-casus-team.ts';
import type { Option } from '../../ui/Combobox.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { TextField } from '../../ui/fields.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { PickerField, usePickerSearch } from '../../ui/pickers.tsx';
import { addTeamMember, casusTeamQuery, removeTeamMember } from './casus-team-api.ts';

function PersonPicker({
  value,
  onChange,
}: {
  value: Option | null;
  onChange: (value: Option | null) => void;
}) {
  const search = usePickerSearch();
  const result = useQuery(peopleQuery({ q: search.q, limit: search.limit }));
  const options: Option[] = (result.data?.items ?? []).map((p) => ({
    id: p.id,
    label: p.name,
    hint: p.memberships[0]?.organisationName ?? undefined,
  }));
  return (
    <PickerField
      name="team-person"
      label={t_.personLabel}
      hint={t_.personHint}
      value={value}
      onChange={onChange}
      options={options}
      loading={result.isFetching}
      onQueryChange={search.setQuery}
      placeholder={t_.searchPerson}
    />
  );
}

/**
 * The team of a casus: who may see it, with their period. A beheerder or a team member adds people
 * and removes them; for an opgave that is no casus the panel shows nothing.
 */
export function CasusTeamPanel({ opgaveId }: { opgaveId: string }) {
  const queryClient = useQueryClient();
  const opgave = useQuery(opgaveQuery(opgaveId));
  const isCasus = opgave.data?.kind === 'casus';
  const team = useQuery({ ...casusTeamQuery(opgaveId), enabled: isCasus });
  const [person, setPerson] = useState<Option | null>(null);
  const [until, setUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');

  if (!isCasus) return null;
  const members = team.data?.items ?? [];
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['opgaven', opgaveId, 'team'] });

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!person) {
      setStatus(t_.choosePerson);
      return;
    }
    setBusy(true);
    try {
      await addTeamMember(opgaveId, { personId: person.id, ...(until ? { until } : {}) });
      setStatus(t_.added(person.label));
      setPerson(null);
      setUntil('');
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (member: CasusTeamMember) => {
    setError(null);
    try {
      await removeTeamMember(opgaveId, member.id);
      setStatus(t_.removed(member.label));
      await refresh();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="casus-team" aria-labelledby="casus-team-heading" data-testid="casus-team">
      <h3 id="casus-team-heading">{t_.heading}</h3>
      <p className="hint">{t_.intro}</p>
      {team.error ? <ErrorMessage error={team.error} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      <LiveStatus message={status} />
      {members.length === 0 && !team.isPending ? <p>{t_.none}</p> : <p>{t_.count(members.length)}</p>}
      <ul className="edit-list">
        {members.map((m) => (
          <li key={m.id} data-team-member-id={m.id}>
            <span>
              <strong>{m.label}</strong> · {m.userId ? t_.account : t_.person}
              {m.since || m.until
                ? ` · ${t_.period(m.since && formatDate(m.since), m.until && formatDate(m.until))}`
                : ''}
            </span>
            <span className="edit-list-actions">
              <button
                type="button"
                className="danger"
                onClick={() => void remove(m)}
                aria-label={t_.remove(m.label)}
              >
                {t_.removeShort}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)} aria-label={t_.addHeading}>
        <h4>{t_.addHeading}</h4>
        <PersonPicker value={person} onChange={setPerson} />
        <TextField name="team-until" label={t_.untilLabel} type="date" value={until} onChange={setUntil} />
        <button type="submit" disabled={busy}>
          {busy ? t_.adding : t_.add}
        </button>
      </form>
    </section>
  );
}
