import { fillsRole } from '@regiekaart/analysis';
import {
  AnnotationCreateSchema,
  type Network,
  type Organisation,
  ParticipantCreateSchema,
} from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { templatesQuery } from '../../api/entities.ts';
import { opgaveQuery } from '../../api/opgaven.ts';
import { clientId } from '../../api/write.ts';
import { t } from '../../i18n/catalogue.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { MoreList } from '../../ui/MoreList.tsx';
import { createCommand, createParticipantCommand } from './edit/commands.ts';
import { editHistory } from './edit/edit-history.ts';
import { rankCandidates } from './role-candidates.ts';

const a = () => t.insightActions;

/**
 * The organisations in the store that could fill a missing role of the opgave's template (same kind
 * of organisation and domain as the role asks), each with one click to add it as a participant. Those
 * in the opgave's region, and those already working with its participants, come first and say so. The
 * addition goes through the edit history, so Ctrl+Z takes it back.
 */
export function RoleCandidates({
  opgaveId,
  role,
  organisations,
  participating,
  network,
}: {
  opgaveId: string;
  /** the opgave's map, for the ties candidates have with its participants */
  network: Network;
  role: { roleId: string | null; label: string };
  organisations: readonly Organisation[] | undefined;
  /** actor ids that already take part in the opgave */
  participating: ReadonlySet<string>;
}) {
  const queryClient = useQueryClient();
  const opgave = useQuery(opgaveQuery(opgaveId)).data;
  const templateId = opgave?.templateId ?? null;
  const templates = useQuery({ ...templatesQuery({ limit: 1000 }), enabled: templateId !== null });
  const templateRole = templates.data?.items
    .find((tpl) => tpl.id === templateId)
    ?.roles.find((r) => (role.roleId ? r.id === role.roleId : r.label === role.label));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);

  if (!templateRole || !organisations) return null;
  const candidates = rankCandidates(
    organisations.filter(
      (o) =>
        !participating.has(o.id) && fillsRole({ id: o.id, type: o.type, domain: o.domain }, templateRole),
    ),
    { region: opgave?.region ?? null, network },
  );

  const add = async (organisation: Organisation) => {
    setBusy(organisation.id);
    setError(null);
    try {
      const id = clientId('dln');
      const body = ParticipantCreateSchema.parse({ id, actorId: organisation.id, role: 'partner' });
      await editHistory.run(
        createParticipantCommand(
          opgaveId,
          { ...body, id },
          t.edit.history.created(t.edit.entity.participant, organisation.name),
        ),
        queryClient,
      );
      setAdded(organisation.name);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="insight-actions" data-testid="role-candidates" data-role={role.label}>
      {added ? (
        <p className="hint" role="status">
          {a().added(added)}
        </p>
      ) : candidates.length === 0 ? (
        <p className="hint">{a().noCandidates}</p>
      ) : (
        <>
          <p className="hint">{a().candidates(candidates.length, role.label)}</p>
          <MoreList
            className="candidate-list"
            label={a().candidatesLabel(role.label)}
            items={candidates}
            keyOf={({ organisation: o }) => o.id}
            render={({ organisation: o, sameRegion, tiedParticipants }) => (
              <span className="candidate">
                <span>
                  {o.shortName ?? o.name}
                  {(sameRegion || tiedParticipants > 0) && (
                    <span className="candidate-why">
                      {a().candidateWhy(sameRegion ? o.region : null, tiedParticipants)}
                    </span>
                  )}
                </span>
                <button
                  type="button"
                  className="secondary small"
                  disabled={busy !== null}
                  aria-label={a().addAsParticipantFor(o.name)}
                  onClick={() => void add(o)}
                >
                  {a().addAsParticipant}
                </button>
              </span>
            )}
          />
        </>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}

/** Two participants who never talk: one click records "get acquainted" as an open action on the opgave. */
export function MeetingAction({ opgaveId, labels }: { opgaveId: string; labels: readonly [string, string] }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<unknown>(null);
  const record = async () => {
    setState('busy');
    setError(null);
    try {
      const id = clientId('ann');
      const body = AnnotationCreateSchema.parse({
        id,
        targetType: 'opgave',
        targetId: opgaveId,
        opgaveId,
        text: a().meetingText(labels[0], labels[1]),
        tags: [a().meetingTag],
        isAction: true,
        actionStatus: 'open',
      });
      await editHistory.run(
        createCommand(
          'annotations',
          { ...body, id },
          t.edit.history.created(t.edit.entity.annotation, body.text),
        ),
        queryClient,
      );
      setState('done');
    } catch (caught) {
      setError(caught);
      setState('idle');
    }
  };
  return (
    <div className="insight-actions">
      {state === 'done' ? (
        <p className="hint" role="status">
          {a().meetingRecorded}
        </p>
      ) : (
        <button
          type="button"
          className="secondary small"
          disabled={state === 'busy'}
          aria-label={a().meetingFor(labels[0], labels[1])}
          onClick={() => void record()}
        >
          {a().meeting}
        </button>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
