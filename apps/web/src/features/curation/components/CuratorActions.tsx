import { EVIDENCE_LEVEL_LABELS, PROTOTYPE_STATUS_LABELS, type EvidenceLevel, type PrototypeStatus } from '#domain';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { useViewer } from '../../../app/viewer';
import type { CuratedInstrumentFieldsFragment as Instrument } from '../graphql/curation.generated';
import { EvidenceDialog } from './EvidenceDialog';
import { StatusDialog } from './StatusDialog';
import '../curation.css';

type Subject = Pick<Instrument, 'id' | 'slug' | 'status' | 'evidenceLevel' | 'statusHistory'>;

/** The curators' "Beheer" bar on an instrument page: edit, change status or evidence, retire. */
export function CuratorActions({ instrument }: { instrument: Subject }) {
  const { can } = useViewer();
  return can('CURATOR') ? <CuratorActionBar instrument={instrument} /> : null;
}

function CuratorActionBar({ instrument }: { instrument: Subject }) {
  const { t, i18n } = useTranslation('curation');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const labelId = useId();
  const bar = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<{ kind: 'status'; preselect: PrototypeStatus | null } | { kind: 'evidence' } | null>(null);
  const [message, setMessage] = useState('');
  const retired = instrument.status === 'RETIRED';

  const close = () => setDialog(null);
  const statusChanged = (status: PrototypeStatus) => {
    setDialog(null);
    setMessage(t('actions.statusChanged', { status: PROTOTYPE_STATUS_LABELS[status][lang] }));
  };
  const evidenceChanged = (level: EvidenceLevel) => {
    setDialog(null);
    setMessage(t('actions.evidenceChanged', { level: EVIDENCE_LEVEL_LABELS[level][lang] }));
  };

  return (
    <div ref={bar} className="curator-actions" role="group" aria-labelledby={labelId} tabIndex={-1}>
      <p id={labelId} className="curator-actions__label">
        {t('actions.label')}
      </p>
      <div className="curator-actions__buttons">
        <Link className="button button--secondary button--small" to={`/beheer/instrumenten/${instrument.slug}/bewerken`}>
          {t('actions.edit')}
        </Link>
        {!retired && (
          <button type="button" className="button button--secondary button--small" onClick={() => setDialog({ kind: 'status', preselect: null })}>
            {t('actions.status')}
          </button>
        )}
        <button type="button" className="button button--secondary button--small" onClick={() => setDialog({ kind: 'evidence' })}>
          {t('actions.evidence')}
        </button>
        {!retired && (
          <button type="button" className="button button--secondary button--small" onClick={() => setDialog({ kind: 'status', preselect: 'RETIRED' })}>
            {t('actions.retire')}
          </button>
        )}
      </div>
      {retired && <p className="curator-actions__note">{t('actions.retired')}</p>}
      <p className="curator-actions__message" role="status">
        {message}
      </p>
      <StatusDialog
        open={dialog?.kind === 'status'}
        instrument={instrument}
        preselect={dialog?.kind === 'status' ? dialog.preselect : null}
        onClose={close}
        onChanged={statusChanged}
        returnFocus={bar}
      />
      <EvidenceDialog open={dialog?.kind === 'evidence'} instrument={instrument} onClose={close} onChanged={evidenceChanged} returnFocus={bar} />
    </div>
  );
}
