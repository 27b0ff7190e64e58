import { PILOT_LIMITS as P } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors } from '../../../app/errors';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { AddPilotFeedbackMutation } from '../graphql/pilots.documents';

type Errors = Partial<Record<'memberId' | 'worked' | 'recommend' | 'usefulness', string>>;

/**
 * A pilot site's feedback: what worked, what to change, would they recommend it, usefulness 1–5.
 * With `members` (curators), it is entered on the behalf of one of the pilot's invited members.
 */
export function PilotFeedbackForm({ pilotId, members }: { pilotId: string; members?: { accountId: string; displayName: string }[] }) {
  const { t } = useTranslation('pilots');
  const [memberId, setMemberId] = useState('');
  const [worked, setWorked] = useState('');
  const [change, setChange] = useState('');
  const [recommend, setRecommend] = useState<string | null>(null);
  const [usefulness, setUsefulness] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [add, { loading }] = useMutation(AddPilotFeedbackMutation, { refetchQueries: ['InstrumentPilots'], awaitRefetchQueries: true });
  const limits = { min: P.worked.min, max: P.worked.max };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    const found: Errors = {};
    if (members && !memberId) found.memberId = t('errors.memberId');
    if (worked.trim().length < P.worked.min) found.worked = t('errors.worked', limits);
    if (recommend === null) found.recommend = t('errors.recommend');
    if (usefulness === null) found.usefulness = t('errors.usefulness');
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await add({
        variables: {
          input: { pilotId, memberId: memberId || null, worked: worked.trim(), change: change.trim() || null, recommend: recommend === 'yes', usefulness: Number(usefulness) },
        },
      });
      setSaved(true);
      setWorked('');
      setChange('');
      setRecommend(null);
      setUsefulness(null);
      setMemberId('');
    } catch (error) {
      const { byField, general } = fieldErrors(error, ['memberId', 'worked', 'recommend', 'usefulness']);
      setErrors(Object.fromEntries(Object.keys(byField).map((field) => [field, t(`errors.${field}`, limits)])));
      setAlert(general === 'errors.CONFLICT' ? t('errors.CONFLICT') : general ? t(general, { ns: 'app' }) : null);
    }
  };

  const title = members ? t('feedback.titleOnBehalf') : t('feedback.title');
  return (
    <form className="form pilot-form" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h4>{title}</h4>
      <p role="status" className="pilot-form__done">
        {saved ? t('feedback.saved') : null}
      </p>
      <FormAlert message={alert} />
      {members && (
        <Field label={t('feedback.member')} error={errors.memberId} required>
          {(props) => (
            <select {...props} value={memberId} onChange={(event) => setMemberId(event.target.value)}>
              <option value="" />
              {members.map((member) => (
                <option key={member.accountId} value={member.accountId}>
                  {member.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('feedback.worked')} error={errors.worked} required>
        {(props) => <textarea {...props} rows={3} maxLength={P.worked.max} value={worked} onChange={(event) => setWorked(event.target.value)} />}
      </Field>
      <Field label={t('feedback.change')} hint={t('feedback.changeHint')}>
        {(props) => <textarea {...props} rows={3} maxLength={P.change.max} value={change} onChange={(event) => setChange(event.target.value)} />}
      </Field>
      <ChoiceGroup
        type="radio"
        legend={t('feedback.recommend')}
        required
        error={errors.recommend}
        choices={[
          { value: 'yes', label: t('feedback.yes') },
          { value: 'no', label: t('feedback.no') },
        ]}
        selected={recommend ? [recommend] : []}
        onChange={([value]) => setRecommend(value)}
      />
      <ChoiceGroup
        type="radio"
        legend={t('feedback.usefulness')}
        required
        error={errors.usefulness}
        wide
        choices={[1, 2, 3, 4, 5].map((score) => ({ value: String(score), label: t('feedback.usefulnessChoice', { score }) }))}
        selected={usefulness ? [usefulness] : []}
        onChange={([value]) => setUsefulness(value)}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('feedback.busy') : t('feedback.submit')}
      </button>
    </form>
  );
}
