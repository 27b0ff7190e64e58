import { useFragment } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InstrumentPilotsSummaryFragment } from '../graphql/pilots.documents';
import { offerPilotRecording } from '../pendingRecord';
import { PilotsSummaryView } from './PilotsSummaryView';
import '../pilots.css';

/**
 * The status dialog's part about pilots: moving to PILOTING offers to record a pilot right after
 * (the pilots section opens its form), and moving to AVAILABLE shows what the pilots yielded.
 */
export function PilotStatusStep({ instrumentId, target }: { instrumentId: string; target: string | null }) {
  const { t } = useTranslation('pilots');
  const [recordAfter, setRecordAfter] = useState(true);
  const id = useId();
  const { data, complete } = useFragment({ fragment: InstrumentPilotsSummaryFragment, fragmentName: 'InstrumentPilotsSummary', from: { __typename: 'Instrument', id: instrumentId } });
  useEffect(() => offerPilotRecording(instrumentId, target === 'PILOTING' && recordAfter), [instrumentId, target, recordAfter]);

  if (target === 'PILOTING') {
    return (
      <div className="pilot-status-step">
        <p>{t('status.piloting')}</p>
        <p className="pilot-status-step__offer">
          <input id={id} type="checkbox" checked={recordAfter} onChange={(event) => setRecordAfter(event.target.checked)} />
          <label htmlFor={id}>{t('status.recordAfter')}</label>
        </p>
      </div>
    );
  }
  if (target === 'AVAILABLE' && complete) {
    return (
      <section className="pilot-status-step" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{t('status.available')}</h3>
        {data.pilotsSummary.pilots > 0 ? <PilotsSummaryView summary={data.pilotsSummary} /> : <p>{t('status.noPilots')}</p>}
      </section>
    );
  }
  return null;
}
