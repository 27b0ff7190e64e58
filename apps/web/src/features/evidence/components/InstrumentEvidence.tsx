import { EVIDENCE_LEVEL_LABELS } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { useDateFormat } from '../../../app/formats';
import { InstrumentEvidenceQuery } from '../graphql/evidence.documents';
import type { EvidenceAssessmentFieldsFragment, LineageInstrumentFieldsFragment } from '../graphql/evidence.generated';
import '../evidence.css';

/**
 * On the instrument page: the current assessment of the evidence level with its reason, date, who
 * and sources, the earlier ones (as NJi and Loket Gezond Leven show them), and "afgeleid van" both ways.
 */
export function InstrumentEvidence({ slug }: { slug: string }) {
  const { t } = useTranslation('evidence');
  const { data } = useQuery(InstrumentEvidenceQuery, { variables: { slug } });
  const instrument = data?.instrument;
  if (!instrument) return null;
  const [current, ...earlier] = instrument.evidenceAssessments;
  return (
    <>
      <section className="card instrument__section evidence-assessments">
        <h2>{t('assessments.title')}</h2>
        {current ? (
          <>
            <h3>{t('assessments.current')}</h3>
            <Assessment assessment={current} />
            {earlier.length > 0 && (
              <>
                <h3>{t('assessments.history')}</h3>
                <ol className="evidence-assessments__history">
                  {earlier.map((assessment) => (
                    <li key={assessment.id}>
                      <Assessment assessment={assessment} />
                    </li>
                  ))}
                </ol>
              </>
            )}
          </>
        ) : (
          <p className="instrument__muted">{t('assessments.none')}</p>
        )}
      </section>
      {(instrument.derivedFrom || instrument.derivatives.length > 0) && (
        <section className="card instrument__section evidence-lineage">
          <h2>{t('lineage.title')}</h2>
          <dl>
            {instrument.derivedFrom && (
              <div>
                <dt>{t('lineage.derivedFrom')}</dt>
                <dd>
                  <InstrumentLink instrument={instrument.derivedFrom} />
                </dd>
              </div>
            )}
            {instrument.derivatives.length > 0 && (
              <div>
                <dt>{t('lineage.derivatives', { count: instrument.derivatives.length })}</dt>
                <dd>
                  <ul>
                    {instrument.derivatives.map((derivative) => (
                      <li key={derivative.id}>
                        <InstrumentLink instrument={derivative} />
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}
    </>
  );
}

function InstrumentLink({ instrument }: { instrument: LineageInstrumentFieldsFragment }) {
  return <Link to={`/instrumenten/${instrument.slug}`}>{instrument.title}</Link>;
}

function Assessment({ assessment }: { assessment: EvidenceAssessmentFieldsFragment }) {
  const { t, i18n } = useTranslation('evidence');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const formatDate = useDateFormat();
  return (
    <div className="evidence-assessment">
      <p className="evidence-assessment__level">
        <strong>{t('assessments.level', { level: EVIDENCE_LEVEL_LABELS[assessment.level][lang] })}</strong>
      </p>
      <p className="evidence-assessment__reason">
        <span className="visually-hidden">{t('assessments.reason')}: </span>
        {assessment.reason}
      </p>
      <p className="evidence-assessment__meta">
        <time dateTime={assessment.assessedAt}>{formatDate(assessment.assessedAt)}</time>
        {' · '}
        {assessment.assessedBy ? t('assessments.by', { name: assessment.assessedBy }) : t('assessments.byNobody')}
      </p>
      {assessment.sources.length > 0 && (
        <div className="evidence-assessment__sources">
          <p className="evidence-assessment__sources-title">{t('assessments.sources')}</p>
          <ul>
            {assessment.sources.map((source, index) => (
              <li key={index}>
                <Source source={source} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** A link as it was given; a practice report or pilot by its label, linked while it exists. */
function Source({ source }: { source: EvidenceAssessmentFieldsFragment['sources'][number] }) {
  const { t } = useTranslation('evidence');
  if (source.kind === 'LINK') {
    return source.url ? (
      <a href={source.url} rel="noopener noreferrer">
        {source.label}
      </a>
    ) : null;
  }
  const pilot = source.kind === 'PILOT';
  const fallback = t(pilot ? 'assessments.pilot' : 'assessments.practiceReport');
  const text = t(pilot ? 'assessments.citedPilot' : 'assessments.citedPracticeReport', { label: source.label ?? fallback });
  const target = pilot ? source.pilotId && `#pilot-${source.pilotId}` : source.practiceReportId && `/praktijkvoorbeelden/${source.practiceReportId}`;
  if (!target) return <>{t('assessments.deleted', { label: text })}</>;
  return pilot ? <a href={target}>{text}</a> : <Link to={target}>{text}</Link>;
}
