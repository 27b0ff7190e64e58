import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { StatusBadge } from '../../../app/components/StatusBadge';
import { TermChips } from '../../../app/components/TermChips';
import { useTermLabel } from '../../../app/labels';
import type { CatalogueInstrumentsQuery } from '../graphql/catalogue.generated';
import { RatingBadge } from '../../rating/badge';
import { CardPreview } from '../../files/components/CardPreview';

type Instrument = CatalogueInstrumentsQuery['instruments']['edges'][number]['node'];

/** An idea (nothing to use yet) and a retired instrument say so in words and look different, not only by colour. */
const NOTICE = { IDEA: 'idea', RETIRED: 'retired' } as const;

export function InstrumentCard({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('catalogue');
  const label = useTermLabel();
  const notice = NOTICE[instrument.status as keyof typeof NOTICE];
  return (
    <article className={notice ? `instrument-card card instrument-card--${notice}` : 'instrument-card card'}>
      <CardPreview url={instrument.previewUrl} />
      <div className="instrument-card__meta">
        <StatusBadge status={instrument.status} />
        <span className="instrument-card__type">{label(instrument.type)}</span>
      </div>
      <h3 className="instrument-card__title">
        <Link to={`/instrumenten/${instrument.slug}`}>{instrument.title}</Link>
      </h3>
      {notice && <p className="instrument-card__notice">{t(`card.${notice}`)}</p>}
      <p className="instrument-card__summary">{instrument.summary}</p>
      <TermChips terms={instrument.phases} kind="phase" label={t('card.phases')} />
      <RatingBadge average={instrument.ratingSummary.average} count={instrument.ratingSummary.count} />
      {instrument.practiceReportCount > 0 && (
        <p className="instrument-card__practice">{t('card.practiceReports', { count: instrument.practiceReportCount })}</p>
      )}
    </article>
  );
}

export function InstrumentCardSkeleton() {
  return (
    <div className="instrument-card card" aria-hidden="true">
      <div className="skeleton" style={{ height: '1rem', width: '30%' }} />
      <div className="skeleton" style={{ height: '1.4rem', width: '80%', marginTop: '0.75rem' }} />
      <div className="skeleton" style={{ height: '3rem', marginTop: '0.75rem' }} />
    </div>
  );
}
