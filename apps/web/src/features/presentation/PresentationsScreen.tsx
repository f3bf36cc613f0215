import { PresentationCreateSchema, PresentationSchema } from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { sendJson } from '../../api/client.ts';
import { presentationsQuery } from '../../api/presentations.ts';
import { useCanEdit } from '../../api/session.ts';
import { t } from '../../i18n/catalogue.ts';
import { formatRoute } from '../../routing/route.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormShell } from '../../ui/FormShell.tsx';
import { CheckboxField, TextField } from '../../ui/fields.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useFormSubmit, validate } from '../../ui/use-form-submit.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import './presentation.css';

const t_ = t.presentations;

/** The address a colleague with read access opens to see the presentation. */
export function shareUrl(presentationId: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${formatRoute({ screen: 'presentation', presentationId, step: 1, raad: null })}`;
}

/** All presentations: present, edit, share, or make a new one. */
export function PresentationsScreen() {
  const headingRef = useHeadingFocus<HTMLHeadingElement>('presentations');
  useDocumentTitle(t_.documentTitle);
  const list = useQuery(presentationsQuery());
  const canEdit = useCanEdit();
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async (id: string) => {
    try {
      await navigator.clipboard.writeText(shareUrl(id));
      setCopied(t_.linkCopied);
    } catch {
      setCopied(shareUrl(id));
    }
  };

  return (
    <main id="main" tabIndex={-1}>
      <h1 ref={headingRef} tabIndex={-1}>
        {t_.title}
      </h1>
      <p className="intro">{t_.intro}</p>
      <LiveStatus message={copied} />
      <h2>{t_.listHeading}</h2>
      {list.error ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <LiveStatus message={t_.loading} />
      ) : list.data.items.length === 0 ? (
        <p>{t_.empty}</p>
      ) : (
        <ul className="presentation-list" data-testid="presentation-list">
          {list.data.items.map((p) => (
            <li key={p.id} className="presentation-card" data-presentation-id={p.id}>
              <h3>{p.name}</h3>
              <p className="hint">
                {t_.steps(p.steps.length)}
                {p.raad ? ` · ${t_.raadBadge}` : ''}
                {p.purpose ? ` · ${p.purpose}` : ''}
              </p>
              <div className="actions">
                <a
                  href={formatRoute({ screen: 'presentation', presentationId: p.id, step: 1, raad: null })}
                  aria-label={t_.presentNamed(p.name)}
                >
                  {t_.present}
                </a>
                {canEdit && (
                  <a
                    href={formatRoute({ screen: 'presentation-edit', presentationId: p.id })}
                    aria-label={t_.editNamed(p.name)}
                  >
                    {t_.edit}
                  </a>
                )}
                <button type="button" className="link-button" onClick={() => void copy(p.id)}>
                  {t_.copyLink}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {canEdit ? <NewPresentation /> : <p className="hint">{t_.readOnly}</p>}
    </main>
  );
}

function NewPresentation() {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, general, busy, submit } = useFormSubmit(formRef);
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [raad, setRaad] = useState(true);

  const onSubmit = () =>
    void submit(async () => {
      const body = validate(PresentationCreateSchema, {
        name,
        purpose: purpose.trim() || null,
        raad,
        steps: [],
      });
      const created = await sendJson('POST', '/api/presentations', {
        body,
        schema: PresentationSchema.strip(),
      });
      await queryClient.invalidateQueries({ queryKey: ['presentations'] });
      window.location.hash = formatRoute({ screen: 'presentation-edit', presentationId: created.id });
    });

  return (
    <section aria-labelledby="new-presentation">
      <h2 id="new-presentation">{t_.newHeading}</h2>
      <div className="presentation-form">
        <FormShell
          form={{ formRef, busy, general, errors }}
          testId="new-presentation-form"
          onSubmit={onSubmit}
          onCancel={() => {
            setName('');
            setPurpose('');
            setRaad(true);
          }}
          submitLabel={t_.create}
          labels={{ name: t_.name, purpose: t_.purpose, raad: t_.raad }}
        >
          <TextField
            name="name"
            label={t_.name}
            value={name}
            onChange={setName}
            error={errors.name}
            required
          />
          <TextField
            name="purpose"
            label={t_.purpose}
            hint={t_.purposeHint}
            value={purpose}
            onChange={setPurpose}
            error={errors.purpose}
          />
          <CheckboxField name="raad" label={t_.raad} checked={raad} onChange={setRaad} error={errors.raad} />
          <p className="hint">{t_.raadHint}</p>
        </FormShell>
      </div>
    </section>
  );
}
