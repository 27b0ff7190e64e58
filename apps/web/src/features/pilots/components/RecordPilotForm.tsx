import { PILOT_LIMITS as P, PILOT_STATES, PILOT_STATE_LABELS, isPilotDate, pilotPeriodValid, type PilotState } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors } from '../../../app/errors';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { useUiLanguage } from '../../instrument/components/types';
import { RecordPilotMutation } from '../graphql/pilots.documents';

type Errors = Partial<Record<'community' | 'startsOn' | 'endsOn', string>>;

/** Curators record a pilot: the learning community, the period and its state. */
export function RecordPilotForm({ instrumentId, onDone, onCancel }: { instrumentId: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('pilots');
  const { lang } = useUiLanguage();
  const [community, setCommunity] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [state, setState] = useState<PilotState>('PLANNED');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const [record, { loading }] = useMutation(RecordPilotMutation, { refetchQueries: ['InstrumentPilots'], awaitRefetchQueries: true });
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const found: Errors = {};
    const name = community.trim();
    if (name.length < P.community.min || name.length > P.community.max) found.community = t('errors.community', { min: P.community.min, max: P.community.max });
    if (!isPilotDate(startsOn)) found.startsOn = t('errors.startsOn');
    if (endsOn && (!isPilotDate(endsOn) || !pilotPeriodValid(startsOn, endsOn))) found.endsOn = t('errors.endsOn');
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await record({ variables: { input: { instrumentId, community: name, startsOn, endsOn: endsOn || null, state, note: note.trim() || null } } });
      onDone();
    } catch (error) {
      const { byField, general } = fieldErrors(error, ['community', 'startsOn', 'endsOn']);
      setErrors(Object.fromEntries(Object.keys(byField).map((field) => [field, t(`errors.${field}`, { min: P.community.min, max: P.community.max })])));
      setAlert(general ? t(general, { ns: 'app' }) : null);
    }
  };

  return (
    <form className="form pilot-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('record.title')}>
      <h3>{t('record.title')}</h3>
      <FormAlert message={alert} />
      <Field label={t('record.community')} hint={t('record.communityHint')} error={errors.community} required>
        {(props) => <input {...props} ref={first} maxLength={P.community.max} value={community} onChange={(event) => setCommunity(event.target.value)} />}
      </Field>
      <div className="pilot-form__dates">
        <Field label={t('record.startsOn')} error={errors.startsOn} required>
          {(props) => <input {...props} type="date" value={startsOn} onChange={(event) => setStartsOn(event.target.value)} />}
        </Field>
        <Field label={t('record.endsOn')} hint={t('record.endsOnHint')} error={errors.endsOn}>
          {(props) => <input {...props} type="date" value={endsOn} onChange={(event) => setEndsOn(event.target.value)} />}
        </Field>
      </div>
      <ChoiceGroup
        type="radio"
        legend={t('record.state')}
        choices={PILOT_STATES.map((value) => ({ value, label: PILOT_STATE_LABELS[value][lang] }))}
        selected={[state]}
        onChange={([value]) => setState(value as PilotState)}
      />
      <Field label={t('record.note')} hint={t('record.noteHint')}>
        {(props) => <textarea {...props} rows={3} maxLength={P.note.max} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      <div className="pilot-form__actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('record.busy') : t('record.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('record.cancel')}
        </button>
      </div>
    </form>
  );
}
