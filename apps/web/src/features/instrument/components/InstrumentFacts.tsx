import { EVIDENCE_LEVEL_LABELS, ORIGIN_LABELS } from '#domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../app/components/StatusBadge';
import { TermChips } from '../../../app/components/TermChips';
import { useDateFormat } from '../../../app/formats';
import { useTermLabel } from '../../../app/labels';
import { RatingSummary } from '../../rating';
import { Link } from '../../../app/router';
import { SignInLink } from './SignInLink';
import { useUiLanguage, type Instrument } from './types';
import { useContactEmail } from './useContactEmail';

/** The instrument's characteristics as a description list; fields without a value are left out. */
export function InstrumentFacts({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instrument');
  const { lang } = useUiLanguage();
  const termLabel = useTermLabel();
  const formatDate = useDateFormat();
  const { phases, audiences, sectors, tags } = instrument;
  const { email, signInFirst } = useContactEmail(instrument.slug);

  return (
    <dl className="instrument-facts">
      <Fact label={t('facts.type')}>{termLabel(instrument.type)}</Fact>
      {phases.length > 0 && (
        <Fact label={t('facts.phases')}>
          <TermChips terms={phases} kind="phase" label={t('facts.phases')} />
        </Fact>
      )}
      {audiences.length > 0 && (
        <Fact label={t('facts.audiences')}>
          <TermChips terms={audiences} kind="plain" label={t('facts.audiences')} />
        </Fact>
      )}
      {sectors.length > 0 && (
        <Fact label={t('facts.sectors')}>
          <TermChips terms={sectors} kind="plain" label={t('facts.sectors')} />
        </Fact>
      )}
      {tags.length > 0 && (
        <Fact label={t('facts.tags')}>
          <TermChips terms={tags} kind="tag" label={t('facts.tags')} />
        </Fact>
      )}
      <Fact label={t('facts.status')}>
        <StatusBadge status={instrument.status} />
      </Fact>
      {instrument.replacedBy && (
        <Fact label={t('facts.replacedBy')}>
          <Link to={`/instrumenten/${instrument.replacedBy.slug}`}>{instrument.replacedBy.title}</Link>
        </Fact>
      )}
      {instrument.replaces.length > 0 && (
        <Fact label={t('facts.replaces')}>
          <ul className="instrument-facts__list">
            {instrument.replaces.map((old) => (
              <li key={old.id}>
                <Link to={`/instrumenten/${old.slug}`}>{old.title}</Link>
              </li>
            ))}
          </ul>
        </Fact>
      )}
      <Fact label={t('facts.evidence')}>{EVIDENCE_LEVEL_LABELS[instrument.evidenceLevel][lang]}</Fact>
      <Fact label={t('facts.origin')}>{ORIGIN_LABELS[instrument.origin][lang]}</Fact>
      {instrument.ownerOrganisation && <Fact label={t('facts.ownerOrganisation')}>{instrument.ownerOrganisation}</Fact>}
      {instrument.contactName && <Fact label={t('facts.contactName')}>{instrument.contactName}</Fact>}
      {email ? (
        <Fact label={t('facts.contactEmail')}>
          <a href={`mailto:${email}`}>{email}</a>
        </Fact>
      ) : (
        signInFirst &&
        instrument.contactName && (
          <Fact label={t('facts.contactEmail')}>
            <SignInLink>{t('contact.signIn')}</SignInLink>
          </Fact>
        )
      )}
      <Fact label={t('facts.language')}>
        {/* An ISO code without a label of ours is still shown, as the code. */}
        {t(`languages.${instrument.language}`, { defaultValue: instrument.language.toUpperCase() })}
      </Fact>
      {instrument.licence && <Fact label={t('facts.licence')}>{instrument.licence}</Fact>}
      {instrument.timeNeeded && <Fact label={t('facts.timeNeeded')}>{instrument.timeNeeded}</Fact>}
      <Fact label={t('facts.rating')}>
        <RatingSummary summary={instrument.ratingSummary} />
      </Fact>
      <Fact label={t('facts.createdAt')}>
        <time dateTime={instrument.createdAt}>{formatDate(instrument.createdAt)}</time>
      </Fact>
      <Fact label={t('facts.updatedAt')}>
        <time dateTime={instrument.updatedAt}>{formatDate(instrument.updatedAt)}</time>
      </Fact>
    </dl>
  );
}

/** One term and its value; the div wrapper (valid in a dl) keeps the pair together in the layout. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="instrument-facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
