import { PILOTABLE_STATUSES, type PrototypeStatus } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useViewer } from '../../../app/viewer';
import { InstrumentPilotsQuery } from '../graphql/pilots.documents';
import { takePilotRecordingOffer } from '../pendingRecord';
import { PilotCard } from './PilotCard';
import { PilotsSummaryView } from './PilotsSummaryView';
import { RecordPilotForm } from './RecordPilotForm';
import '../pilots.css';

/**
 * The pilots of an instrument and a summary of their sites' feedback. Shown when it has pilots,
 * and to curators while it can be piloted (they record pilots here).
 */
export function PilotSection({ instrument }: { instrument: { id: string; slug: string; status: PrototypeStatus } }) {
  const { t } = useTranslation('pilots');
  const { can, loading: viewerLoading } = useViewer();
  const curator = can('CURATOR');
  const { data, error, refetch } = useQuery(InstrumentPilotsQuery, { variables: { slug: instrument.slug, curator }, skip: viewerLoading });
  const [recording, setRecording] = useState(false);
  const [saved, setSaved] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const pilotable = PILOTABLE_STATUSES.includes(instrument.status);

  // The status dialog offered "record a pilot right after" moving to PILOTING.
  useEffect(() => {
    if (curator && instrument.status === 'PILOTING' && takePilotRecordingOffer(instrument.id)) {
      setRecording(true);
      document.getElementById('pilots')?.scrollIntoView({ block: 'start' });
    }
  }, [curator, instrument.status, instrument.id]);

  const pilots = data?.instrument?.pilots ?? [];
  if (!error && !(curator && pilotable) && pilots.length === 0) return null;

  return (
    <section className="card instrument__section pilots" id="pilots">
      <h2>{t('title')}</h2>
      {error ? (
        <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data?.instrument ? (
        <p className="instrument__muted">{t('loading')}</p>
      ) : (
        <>
          {pilots.length > 0 ? <PilotsSummaryView summary={data.instrument.pilotsSummary} /> : <p className="instrument__muted">{t('none')}</p>}
          <p role="status" className="pilot-form__done">
            {saved ? t('record.saved') : null}
          </p>
          {curator && pilotable && !recording && (
            <button
              ref={openButton}
              type="button"
              className="button"
              onClick={() => {
                setSaved(false);
                setRecording(true);
              }}
            >
              {t('record.open')}
            </button>
          )}
          {recording && (
            <RecordPilotForm
              instrumentId={instrument.id}
              onDone={() => {
                setRecording(false);
                setSaved(true);
              }}
              onCancel={() => setRecording(false)}
            />
          )}
          {pilots.length > 0 && (
            <ul className="pilots__list">
              {pilots.map((pilot) => (
                <PilotCard key={pilot.id} pilot={pilot} curator={curator} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
