import { DateSchema, FIGURES_SLIDE } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { keyFiguresCsvUrl, keyFiguresQuery } from '../../api/key-figures.ts';
import { useCanEdit } from '../../api/session.ts';
import { DomainBars } from '../change/DomainBars.tsx';
import { formatDifference, formatNumber } from '../change/format.ts';
import '../change/change.css';
import { formatDate, t } from '../../i18n/catalogue.ts';
import { formatRoute } from '../../routing/route.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Field } from '../../ui/Field.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import { ViewForm } from '../map/forms/ViewForm.tsx';

type Props = {
  asOf: string | null;
  compareWith: string | null;
  onChange: (dates: { asOf: string | null; compareWith: string | null }) => void;
};

/** Key figures a council understands: partners per domain, cross-domain ties, coverage, weak spots, casussen as counts. */
export function KeyFiguresScreen({ asOf, compareWith, onChange }: Props) {
  useDocumentTitle(t.keyFigures.documentTitle);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('key-figures');
  const query = useQuery(keyFiguresQuery({ asOf: asOf ?? undefined, compareWith: compareWith ?? undefined }));
  const figures = query.data;
  // without chosen dates the server's defaults hold: today, and a year before
  const nowDate = figures?.now.date ?? asOf ?? '';
  const beforeDate = figures?.before.date ?? compareWith ?? '';
  const canSave = useCanEdit();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const setDate = (field: 'asOf' | 'compareWith', value: string) => {
    if (DateSchema.safeParse(value).success) onChange({ asOf, compareWith, [field]: value });
  };

  return (
    <main id="main" tabIndex={-1} className="key-figures">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.keyFigures.title}
      </h1>
      <p className="intro">{t.keyFigures.intro}</p>
      <form className="key-figures-controls" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend className="visually-hidden">{t.keyFigures.dates}</legend>
          <div className="change-controls-row">
            <Field label={t.keyFigures.asOf}>
              {({ id }) => (
                <input
                  id={id}
                  type="date"
                  value={nowDate}
                  onChange={(e) => setDate('asOf', e.target.value)}
                />
              )}
            </Field>
            <Field label={t.keyFigures.compareWith}>
              {({ id }) => (
                <input
                  id={id}
                  type="date"
                  value={beforeDate}
                  onChange={(e) => setDate('compareWith', e.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>
        {figures && (
          <div className="download-row">
            {canSave && (
              <button type="button" className="secondary" onClick={() => setSaving(true)}>
                {t.keyFigures.saveView}
              </button>
            )}
            <a
              className="download-link"
              href={keyFiguresCsvUrl({ asOf: figures.now.date, compareWith: figures.before.date })}
              download={`kerncijfers-${figures.now.date}.csv`}
              aria-describedby="key-figures-download-hint"
            >
              {t.keyFigures.download}
            </a>
            <span className="hint" id="key-figures-download-hint">
              {t.keyFigures.downloadHint}
            </span>
          </div>
        )}
      </form>

      <LiveStatus message={query.isFetching ? t.keyFigures.loading : null} />
      {saved && (
        <p role="status">
          {t.keyFigures.savedView}{' '}
          <a href={formatRoute({ screen: 'presentations' })}>{t.change.toPresentations}</a>
        </p>
      )}
      {saving && (
        <Dialog
          title={t.keyFigures.saveView}
          onClose={() => setSaving(false)}
          testId="key-figures-view-dialog"
        >
          <ViewForm
            view={null}
            snapshot={() => ({
              opgaveId: null,
              positions: {},
              filters: asOf ? { asOf } : {},
              styling: { slide: FIGURES_SLIDE, ...(compareWith ? { compareFrom: compareWith } : {}) },
            })}
            onDone={() => {
              setSaving(false);
              setSaved(true);
            }}
            onCancel={() => setSaving(false)}
          />
        </Dialog>
      )}
      {query.error ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}

      {figures && (
        <div className="key-figures-grid" aria-busy={query.isFetching}>
          <section className="card tall" aria-labelledby="kf-domains">
            <h2 id="kf-domains">{t.keyFigures.perDomain}</h2>
            <p className="headline">
              <span className="big" data-figure="partners-now">
                {formatNumber(figures.now.partners)}
              </span>{' '}
              {t.keyFigures.partnersNow}
            </p>
            <p>
              {t.keyFigures.partnersBefore(formatDate(figures.before.date))}{' '}
              <strong data-figure="partners-before">{formatNumber(figures.before.partners)}</strong> (
              {t.keyFigures.differenceInText}{' '}
              {formatDifference(figures.now.partners - figures.before.partners)}).
            </p>
            <DomainBars before={figures.before} now={figures.now} />
          </section>

          <section className="card" aria-labelledby="kf-cross">
            <h2 id="kf-cross">{t.keyFigures.crossDomain}</h2>
            <p className="headline">
              <span className="big" data-figure="cross-now">
                {formatNumber(figures.now.crossDomainTies)}
              </span>{' '}
              ({formatDifference(figures.now.crossDomainTies - figures.before.crossDomainTies)})
            </p>
            <p>
              {t.keyFigures.crossDomainText(
                figures.now.crossDomainTies,
                figures.before.crossDomainTies,
                formatDate(figures.before.date),
              )}
            </p>
            <p data-figure="ties">{t.keyFigures.tiesText(figures.now.ties, figures.before.ties)}</p>
            <dl>
              <dt>{formatDate(figures.before.date)}</dt>
              <dd data-figure="cross-before">{formatNumber(figures.before.crossDomainTies)}</dd>
              <dt>{formatDate(figures.now.date)}</dt>
              <dd>{formatNumber(figures.now.crossDomainTies)}</dd>
            </dl>
          </section>

          <section className="card" aria-labelledby="kf-weak">
            <h2 id="kf-weak">{t.keyFigures.weakSpots}</h2>
            <p>{t.keyFigures.weakSpotsText}</p>
            <dl>
              <dt>{t.keyFigures.weakSpotsNow}</dt>
              <dd data-figure="spof-now">{formatNumber(figures.now.singlePointsOfFailure.length)}</dd>
              <dt>{t.keyFigures.resolved(formatDate(figures.before.date))}</dt>
              <dd data-figure="spof-resolved">{formatNumber(figures.singlePointsOfFailureResolved)}</dd>
              <dt>{t.keyFigures.added(formatDate(figures.before.date))}</dt>
              <dd data-figure="spof-new">{formatNumber(figures.singlePointsOfFailureNew)}</dd>
            </dl>
          </section>

          <section className="card" aria-labelledby="kf-casussen">
            <h2 id="kf-casussen">{t.keyFigures.casussen}</h2>
            <p>{t.keyFigures.casussenText}</p>
            <dl>
              <dt>{t.keyFigures.casussenTotal}</dt>
              <dd data-figure="casussen-total">{formatNumber(figures.casussen.total)}</dd>
              <dt>{t.keyFigures.casussenActive}</dt>
              <dd data-figure="casussen-active">{formatNumber(figures.casussen.active)}</dd>
            </dl>
          </section>

          <section className="card wide" aria-labelledby="kf-required">
            <h2 id="kf-required">{t.keyFigures.required}</h2>
            <div className="table-wrap">
              <table data-testid="required-table">
                <caption>{t.keyFigures.requiredCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.keyFigures.opgave}</th>
                    <th scope="col">{t.keyFigures.present}</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.opgaven.map((o) => (
                    <tr key={o.id} data-opgave-id={o.id}>
                      <th scope="row">{o.name}</th>
                      <td data-present={o.presentRoles} data-required={o.requiredRoles}>
                        {o.share === null ? (
                          <span className="hint">{t.keyFigures.noTemplate}</span>
                        ) : (
                          <>
                            <span className="share-meter" aria-hidden="true">
                              <span style={{ width: `${Math.round(o.share * 100)}%` }} />
                            </span>
                            {t.keyFigures.presentText(o.presentRoles, o.requiredRoles)}
                            {o.missingRoles && o.missingRoles.length > 0 && (
                              <span className="missing-roles" data-testid="missing-roles">
                                {t.attention.missingNamed(o.missingRoles)}
                              </span>
                            )}
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      )}
    </main>
  );
}
