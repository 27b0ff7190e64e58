import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../../../app/router';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useNotFoundStatus } from '../../../app/serverResponse';
import { PageMeta } from '../../../app/components/PageMeta';
import { RatingSection } from '../../rating';
import { CuratorActions } from '../../curation';
import { InstrumentEvidence } from '../../evidence';
import { PilotSection } from '../../pilots';
import { InstrumentPageQuery } from '../graphql/instrument.documents';
import { BackToCatalogue } from './BackToCatalogue';
import { EvidenceExplanation } from './EvidenceExplanation';
import { InstrumentFacts } from './InstrumentFacts';
import { InstrumentLinks } from './InstrumentLinks';
import { InstrumentMeta } from './InstrumentMeta';
import { InstrumentSkeleton } from './InstrumentSkeleton';
import { GetInstrument } from './GetInstrument';
import { InstrumentNotice } from './InstrumentNotice';
import { RetiredNotice } from './RetiredNotice';
import { RevisionHistory } from './RevisionHistory';
import { useViewer } from '../../../app/viewer';
import { MarkdownDescription } from '../../../app/components/MarkdownDescription';
import { StatusTimeline } from '../../../app/components/StatusTimeline';
import type { Instrument } from './types';
import { PracticeReportsSection } from '../../practice-reports/components/PracticeReportsSection';
import { PartOfCollections } from '../../collections/components/PartOfCollections';
import { InstrumentFiles } from '../../files';
import { InstrumentFollowButton } from '../../following/components/FollowButton';
import './instrument.css';

/** One instrument: every field, its description, its status history and its evidence explained. */
export function InstrumentPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation('instrument');
  const { data, loading, error, refetch } = useQuery(InstrumentPageQuery, { variables: { slug } });
  const instrument = data?.instrument;
  // The API answers null, not an error, for a slug it does not know.
  const notFound = !loading && !error && data !== undefined && !instrument;
  useNotFoundStatus(notFound);

  if (instrument) return <InstrumentDetails instrument={instrument} />;
  if (error) {
    return (
      <div className="page instrument">
        <BackToCatalogue />
        {/* The failure stays visible through `error`; the rejected promise needs no second report. */}
        <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
      </div>
    );
  }
  if (notFound) {
    return (
      <div className="page instrument">
        <PageMeta title={t('notFound.title')} />
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <p>
          <Link to="/">{t('notFound.back')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page instrument">
      <BackToCatalogue />
      <InstrumentSkeleton />
    </div>
  );
}

function InstrumentDetails({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instrument');
  const { can } = useViewer();
  return (
    <div className="page instrument">
      <InstrumentMeta instrument={instrument} />
      <BackToCatalogue />
      <InstrumentNotice slug={instrument.slug} />
      <h1>{instrument.title}</h1>
      <p className="lead">{instrument.summary}</p>
      <InstrumentFollowButton slug={instrument.slug} title={instrument.title} />
      <PartOfCollections slug={instrument.slug} />
      {instrument.status === 'RETIRED' && <RetiredNotice instrument={instrument} />}
      <InstrumentFiles slug={instrument.slug} />
      <GetInstrument instrument={instrument} />
      <CuratorActions instrument={instrument} />

      {/* Reading order is the visual order: the main column first, then the side column. */}
      <div className="instrument__layout">
        <div className="instrument__main">
          <Section title={t('description.title')}>
            {instrument.description.trim() ? (
              <MarkdownDescription source={instrument.description} />
            ) : (
              <p className="instrument__muted">{t('description.empty')}</p>
            )}
          </Section>
          <Section title={t('evidence.title')}>
            <EvidenceExplanation level={instrument.evidenceLevel} />
          </Section>
          <InstrumentEvidence slug={instrument.slug} />
          <RatingSection slug={instrument.slug} />
          <PilotSection instrument={instrument} />
          <PracticeReportsSection slug={instrument.slug} />
          <Section title={t('history.title')}>
            <StatusTimeline history={instrument.statusHistory} />
          </Section>
          {can('CURATOR') && (
            <Section title={t('revisions.title')}>
              <RevisionHistory slug={instrument.slug} />
            </Section>
          )}
        </div>
        <div className="instrument__side">
          <Section title={t('facts.title')}>
            <InstrumentFacts instrument={instrument} />
          </Section>
          <Section title={t('links.title')} id="links">
            <InstrumentLinks links={instrument.links} />
          </Section>
        </div>
      </div>
    </div>
  );
}

/**
 * A card with an h2. Deliberately not labelled by its heading: a named section becomes a region
 * landmark, and the landmarks come from the app shell.
 */
function Section({ title, id, children }: { title: string; id?: string; children: ReactNode }) {
  return (
    <section className="card instrument__section" id={id}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
