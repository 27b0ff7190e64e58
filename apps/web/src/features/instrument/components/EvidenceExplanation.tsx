import { EVIDENCE_LEVEL_LABELS, EVIDENCE_LEVELS, type EvidenceLevel } from '#domain';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from './types';

/** The instrument's evidence level in one sentence, where the ladder comes from, and the whole ladder on request. */
export function EvidenceExplanation({ level }: { level: EvidenceLevel }) {
  const { t } = useTranslation('instrument');
  const { lang } = useUiLanguage();
  return (
    <div className="evidence">
      <p className="evidence__level">
        <strong>{t('evidence.current', { level: EVIDENCE_LEVEL_LABELS[level][lang] })}</strong>
      </p>
      <p>{t(`evidence.levels.${level}`)}</p>
      <p className="instrument__muted">{t('evidence.source')}</p>
      <details className="evidence__ladder">
        <summary>{t('evidence.allLevels')}</summary>
        <ol>
          {EVIDENCE_LEVELS.map((each) => (
            <li key={each} aria-current={each === level ? 'true' : undefined} className={each === level ? 'evidence__current' : undefined}>
              <strong>{EVIDENCE_LEVEL_LABELS[each][lang]}</strong>
              {/* Said in words as well as shown in bold, so the mark does not rely on styling alone. */}
              {each === level && <> {t('evidence.thisInstrument')}</>}
              <span className="evidence__sentence">{t(`evidence.levels.${each}`)}</span>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
