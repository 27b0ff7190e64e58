import {
  INSTRUMENT_LIMITS as L,
  PROTOTYPE_STATUS_LABELS,
  allowedNextStatuses,
  classifyTransition,
  transitionNeedsNote,
  type PrototypeStatus,
} from '#domain';
import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { StatusBadge } from '../../../app/components/StatusBadge';
import { fieldErrors } from '../../../app/errors';
import { StatusTimeline } from '../../../app/components/StatusTimeline';
import type { CuratedInstrumentFieldsFragment as Instrument } from '../graphql/curation.generated';
import { forgetCatalogueLists, rememberSuccessor } from '../cache';
import { ChangeInstrumentStatusMutation, RetireInstrumentMutation } from '../graphql/curation.documents';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { Dialog } from '../../../app/components/Dialog';
import { DialogActions } from '../../../app/components/DialogActions';
import { SuccessorPicker, type Successor } from './SuccessorPicker';
import { PilotStatusStep } from '../../pilots';

export type StatusSubject = Pick<Instrument, 'id' | 'status' | 'statusHistory'>;

/** The allowed next statuses (libs/domain), a note where the step needs one, and the history so far. */
export function StatusDialog({
  open,
  instrument,
  preselect,
  onClose,
  onChanged,
  returnFocus,
}: {
  open: boolean;
  instrument: StatusSubject;
  preselect: PrototypeStatus | null;
  onClose: () => void;
  onChanged: (status: PrototypeStatus) => void;
  returnFocus: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation('curation');
  return (
    <Dialog open={open} title={preselect === 'RETIRED' ? t('actions.retire') : t('status.title')} onClose={onClose} returnFocus={returnFocus}>
      <StatusForm instrument={instrument} preselect={preselect} onCancel={onClose} onChanged={onChanged} />
    </Dialog>
  );
}

function StatusForm({
  instrument,
  preselect,
  onCancel,
  onChanged,
}: {
  instrument: StatusSubject;
  preselect: PrototypeStatus | null;
  onCancel: () => void;
  onChanged: (status: PrototypeStatus) => void;
}) {
  const { t, i18n } = useTranslation('curation');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const allowed = allowedNextStatuses(instrument.status);
  const [target, setTarget] = useState<PrototypeStatus | null>(preselect && allowed.includes(preselect) ? preselect : null);
  const [note, setNote] = useState('');
  const noteField = useRef<HTMLTextAreaElement>(null);
  const [successor, setSuccessor] = useState<Successor | null>(null);
  const [errors, setErrors] = useState<{ status?: string; note?: string; replacedById?: string }>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [change, changing] = useMutation(ChangeInstrumentStatusMutation);
  const [retire, retiring] = useMutation(RetireInstrumentMutation);
  const busy = changing.loading || retiring.loading;
  const kind = target ? classifyTransition(instrument.status, target) : null;
  const needsNote = kind ? transitionNeedsNote(kind) : false;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const found: typeof errors = {};
    if (!target) found.status = t('status.choose');
    if (kind && needsNote && !note.trim()) found.note = t(`status.noteRequired.${kind}`);
    if (note.length > L.statusNote.max) found.note = t('status.noteLength');
    setErrors(found);
    if (found.note) noteField.current?.focus();
    if (!target || Object.keys(found).length) return;
    try {
      const update = {
        update: (cache: Parameters<typeof forgetCatalogueLists>[0]) => {
          forgetCatalogueLists(cache);
          // The successor is not in the mutation's answer: the page shows it from the cache at once.
          if (successor) rememberSuccessor(cache, instrument.id, successor);
        },
        // Nor is the curators' edit history.
        refetchQueries: ['InstrumentRevisions'],
      };
      if (target === 'RETIRED') {
        await retire({ variables: { input: { id: instrument.id, note: note.trim(), replacedById: successor?.id ?? null } }, ...update });
      } else await change({ variables: { input: { id: instrument.id, status: target, note: note.trim() || null } }, ...update });
      onChanged(target);
    } catch (error) {
      const { byField, general } = fieldErrors(error, ['status', 'note', 'replacedById']);
      setErrors(byField);
      setAlert(general ? t(general, { ns: 'app' }) : null);
    }
  };

  return (
    <>
      <p className="status-dialog__current">
        {t('status.current')} <StatusBadge status={instrument.status} />
      </p>
      {allowed.length === 0 ? (
        <p>{t('status.final')}</p>
      ) : (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <FormAlert message={alert} />
          <ChoiceGroup
            type="radio"
            legend={t('status.next')}
            required
            error={errors.status}
            choices={allowed.map((status) => {
              const stepKind = classifyTransition(instrument.status, status);
              return {
                value: status,
                label: `${PROTOTYPE_STATUS_LABELS[status][lang]} (${t(`status.kinds.${stepKind}`)})`,
              };
            })}
            selected={target ? [target] : []}
            onChange={([status]) => {
              setTarget(status as PrototypeStatus);
              setErrors({});
            }}
          />
          <Field label={t('status.note')} hint={t(`status.noteHint.${kind ?? 'none'}`)} error={errors.note} required={needsNote}>
            {(props) => (
              <textarea {...props} ref={noteField} rows={3} maxLength={L.statusNote.max} value={note} onChange={(event) => setNote(event.target.value)} />
            )}
          </Field>
          <PilotStatusStep instrumentId={instrument.id} target={target} />
          {target === 'RETIRED' && (
            <SuccessorPicker instrumentId={instrument.id} value={successor} onChange={setSuccessor} error={errors.replacedById} />
          )}
          <DialogActions busy={busy} submitLabel={t('status.submit')} busyLabel={t('status.busy')} cancelLabel={t('status.cancel')} onCancel={onCancel} />
        </form>
      )}
      <h3 className="status-dialog__history">{t('status.history')}</h3>
      <StatusTimeline history={instrument.statusHistory} />
    </>
  );
}
