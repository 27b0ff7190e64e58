import { useQuery } from '@apollo/client/react';
import { instrumentPath, type PrototypeStatus } from '#domain';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../app/components/StatusBadge';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useTermLabel } from '../../../app/labels';
import { Link } from '../../../app/router';
import type { TimeAvailable } from '../../../generated/graphql';
import { RecommendInstrumentsQuery } from '../graphql/finder.documents';
import { QUESTIONS, TIME_ANSWERS, type Answers } from '../finderUrl';

/** The ranked recommendations for the answers in the URL, each with what it matched. */
export function FinderResults({ answers, onChange, onBack }: { answers: Answers; onChange: () => void; onBack: () => void }) {
  const { t } = useTranslation('finder');
  const term = useTermLabel();
  const time = answers.time[0] as TimeAvailable | undefined;
  const input = {
    phase: answers.phase[0] ?? null,
    goals: answers.goals,
    sector: answers.sector[0] ?? null,
    audiences: answers.audiences,
    timeAvailable: time && TIME_ANSWERS.includes(time) ? time : null,
  };
  const { data, error, loading, refetch } = useQuery(RecommendInstrumentsQuery, { variables: { input } });
  const answered = QUESTIONS.some((q) => answers[q.key].length > 0);
  const results = data?.recommendInstruments;

  return (
    <section className="finder-results" aria-labelledby="finder-results-heading">
      <h2 id="finder-results-heading">{t('results.title')}</h2>
      <p className="lead">{answered ? t('results.lead') : t('results.noAnswers')}</p>
      <div className="finder-question__actions">
        <button type="button" className="button button--secondary" onClick={onChange}>
          {t('results.change')}
        </button>
        <button type="button" className="button button--link" onClick={onBack}>
          {t('previous')}
        </button>
      </div>
      {error ? (
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : loading && !results ? (
        <p role="status">{t('results.loading')}</p>
      ) : results && results.length === 0 ? (
        <p role="status">{t('results.none')}</p>
      ) : (
        <ol className="finder-results__list">
          {results?.map(({ instrument, reasons }) => {
            const fits = reasons
              .filter((reason) => reason.kind !== 'USABLE')
              .map((reason) => (reason.kind === 'PHASE' ? t('results.phase', { label: term(reason) }) : term(reason)));
            return (
              <li key={instrument.id} className="finder-card">
                <h3 className="finder-card__title">
                  <Link to={instrumentPath(instrument.slug)}>{instrument.title}</Link>
                </h3>
                <StatusBadge status={instrument.status as PrototypeStatus} />
                <p className="finder-card__summary">{instrument.summary}</p>
                {fits.length > 0 && <p className="finder-card__fits">{t('results.fits', { reasons: fits.join(', ') })}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
