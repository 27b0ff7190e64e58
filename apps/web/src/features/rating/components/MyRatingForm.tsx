import { RATING_LIMITS } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors } from '../../../app/errors';
import { useDateFormat } from '../../../app/formats';
import { useTermLabel } from '../../../app/labels';
import { RatingContextChoicesQuery } from '../graphql/rating.documents';
import { useRatingMutations, type Review, type Term } from '../hooks/useRatingMutations';
import type { Summary } from '../summary';
import { ConfirmDialog } from '../../../app/components/Dialog';
import { StarInput } from './StarInput';

type FieldName = 'score' | 'review' | 'context.sector' | 'context.phase';
const FIELDS: FieldName[] = ['score', 'review', 'context.sector', 'context.phase'];

/**
 * The member's own rating: stars, an optional review and the context in which they used the
 * instrument. Shows the saved rating, saves changes optimistically and removes it after a question.
 */
export function MyRatingForm({
  instrumentId,
  summary,
  mine,
  retired,
  onRemoved,
}: {
  instrumentId: string;
  summary: Summary;
  mine: Review | null;
  retired: boolean;
  /** Called once the removed rating has left the page, to put the focus somewhere sensible. */
  onRemoved: () => void;
}) {
  const { t } = useTranslation('rating');
  const formatDate = useDateFormat();
  const { rate, remove, saving, removing } = useRatingMutations(instrumentId, summary, mine);
  const [score, setScore] = useState<number | null>(mine?.score ?? null);
  const [review, setReview] = useState(mine?.review ?? '');
  const [sector, setSector] = useState(mine?.context.sector?.code ?? '');
  const [phase, setPhase] = useState(mine?.context.phase?.code ?? '');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState(false);

  // A change after saving makes "saved" untrue until the next save.
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setStatus(null);
      set(value);
    };

  const choices = useQuery(RatingContextChoicesQuery).data?.vocabularies;
  const sectors = offered(choices?.sectors, mine?.context.sector ?? null);
  const phases = offered(choices?.phases, mine?.context.phase ?? null);

  useEffect(() => {
    if (removed && !mine) {
      setRemoved(false);
      onRemoved();
    }
  }, [removed, mine, onRemoved]);

  const validate = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {};
    if (score === null) found.score = t('mine.starsRequired');
    if (review.trim().length > RATING_LIMITS.review.max) found.review = t('mine.reviewTooLong', { max: RATING_LIMITS.review.max });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Not disabled while saving: a disabled button would drop the keyboard focus.
    if (saving) return;
    setAlert(null);
    setStatus(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length || score === null) return;
    try {
      await rate({
        score,
        review,
        sector: sectors.find((term) => term.code === sector) ?? null,
        phase: phases.find((term) => term.code === phase) ?? null,
      });
      setReview((current) => current.trim());
      setStatus(t('mine.saved'));
    } catch (error) {
      const { byField, general } = fieldErrors(error, FIELDS);
      setErrors(byField);
      setAlert(general ? t(general, { ns: 'app' }) : null);
    }
  };

  const confirmRemove = async () => {
    setConfirming(false);
    setAlert(null);
    setStatus(null);
    setRemoved(true);
    try {
      await remove();
      setScore(null);
      setReview('');
      setSector('');
      setPhase('');
      setErrors({});
      setStatus(t('mine.removed'));
    } catch (error) {
      setRemoved(false);
      setAlert(t(fieldErrors(error, []).general ?? 'errors.INTERNAL_SERVER_ERROR', { ns: 'app' }));
    }
  };

  return (
    <form className="rating-form form" onSubmit={(event) => void submit(event)} noValidate>
      {mine && <p className="rating-form__saved">{t('mine.ratedOn', { date: formatDate(mine.updatedAt) })}</p>}
      {mine?.hidden && (
        <div className="notice notice--error">
          <p>{t('mine.hidden')}</p>
          {mine.hiddenReason && <p>{t('mine.hiddenReason', { reason: mine.hiddenReason })}</p>}
        </div>
      )}
      {retired && (
        <p className="notice">
          {t('mine.retired')}
        </p>
      )}
      <FormAlert message={alert} />

      {!retired && (
        <>
          <StarInput value={score} onChange={edited(setScore)} error={errors.score ?? null} />
          <Field label={t('mine.review')} hint={t('mine.reviewHint', { max: RATING_LIMITS.review.max })} error={errors.review ?? null}>
            {(props) => (
              <textarea
                {...props}
                rows={4}
                maxLength={RATING_LIMITS.review.max}
                value={review}
                onChange={(event) => edited(setReview)(event.target.value)}
              />
            )}
          </Field>
          <p className="rating-form__length" aria-hidden="true">
            {t('mine.reviewLength', { count: review.length, max: RATING_LIMITS.review.max })}
          </p>
          <fieldset className="rating-form__context">
            <legend className="field__label">{t('mine.context')}</legend>
            <p className="field__hint">{t('mine.contextHint')}</p>
            <div className="rating-form__context-fields">
              <TermSelect label={t('mine.sector')} terms={sectors} value={sector} onChange={edited(setSector)} error={errors['context.sector']} />
              <TermSelect label={t('mine.phase')} terms={phases} value={phase} onChange={edited(setPhase)} error={errors['context.phase']} />
            </div>
          </fieldset>
        </>
      )}

      <div className="rating-form__actions">
        {!retired && (
          <button type="submit" className="button" aria-disabled={saving || undefined}>
            {saving ? t('mine.saving') : mine ? t('mine.saveChange') : t('mine.save')}
          </button>
        )}
        {mine && (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)} aria-disabled={removing || undefined}>
            {removing ? t('mine.removing') : t('mine.remove')}
          </button>
        )}
      </div>
      <p className="rating-form__status" role="status">
        {status}
      </p>

      <ConfirmDialog
        open={confirming}
        title={t('mine.confirmTitle')}
        body={t('mine.confirmBody')}
        confirmLabel={t('mine.confirm')}
        cancelLabel={t('mine.cancel')}
        busy={removing}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}

/** The terms a member may choose: the visible ones, plus the one already chosen if it was hidden since. */
function offered(terms: readonly (Term & { hidden: boolean })[] | undefined, chosen: Term | null): Term[] {
  const visible: Term[] = (terms ?? []).filter((term) => !term.hidden);
  return chosen && !visible.some((term) => term.code === chosen.code) ? [...visible, chosen] : visible;
}

function TermSelect({
  label,
  terms,
  value,
  onChange,
  error,
}: {
  label: string;
  terms: Term[];
  value: string;
  onChange: (code: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('rating');
  const termLabel = useTermLabel();
  return (
    <Field label={label} error={error ?? null}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('mine.notGiven')}</option>
          {terms.map((term) => (
            <option key={term.code} value={term.code}>
              {termLabel(term)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
