import { ENTRY_STATUSES, INSTRUMENT_LIMITS as L, toSlug, type PrototypeStatus } from '#domain';
import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../app/components/StatusBadge';
import { Field } from '../../../app/components/Field';
import { serverProblem } from '../../../app/errors';
import type { ProposalFieldsFragment } from '../../proposals';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { Dialog } from '../../../app/components/Dialog';
import { AcceptProposalMutation } from '../graphql/review.documents';
import { afterReview, REFETCH_AFTER_REVIEW } from '../reviewCache';

/** Accept: choose the status the new instrument starts in (IDEA or AVAILABLE) and, if wanted, its slug. */
export function AcceptDialog({
  open,
  proposal,
  onClose,
  onFinished,
}: {
  open: boolean;
  proposal: ProposalFieldsFragment;
  onClose: () => void;
  onFinished: (error?: unknown) => void;
}) {
  const { t } = useTranslation('review');
  return (
    <Dialog open={open} title={t('accept.title')} onClose={onClose}>
      <AcceptForm proposal={proposal} onClose={onClose} onFinished={onFinished} />
    </Dialog>
  );
}

function AcceptForm({ proposal, onClose, onFinished }: { proposal: ProposalFieldsFragment; onClose: () => void; onFinished: (error?: unknown) => void }) {
  const { t } = useTranslation('review');
  // An instrument found during the inventory usually exists already; one designed in the network starts as an idea.
  const [status, setStatus] = useState<PrototypeStatus>(proposal.origin === 'NETWORK' ? 'IDEA' : 'AVAILABLE');
  const [slug, setSlug] = useState('');
  const [slugError, setSlugError] = useState<string | null>(null);
  const slugInput = useRef<HTMLInputElement>(null);
  const [accept, { loading }] = useMutation(AcceptProposalMutation, {
    refetchQueries: REFETCH_AFTER_REVIEW,
    update: (cache) => afterReview(cache, 'accept'),
  });

  const slugProblem = (value: string) => {
    const s = value.trim();
    if (!s) return null;
    return s.length < L.slug.min || s.length > L.slug.max || !L.slug.pattern.test(s) ? t('accept.slugInvalid') : null;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = slugProblem(slug);
    setSlugError(problem);
    if (problem) {
      slugInput.current?.focus();
      return;
    }
    try {
      await accept({ variables: { input: { id: proposal.id, status, slug: slug.trim() || null } } });
      onFinished();
    } catch (error) {
      const found = serverProblem(error);
      if (found?.fields.includes('slug')) {
        setSlugError(found.code === 'CONFLICT' ? t('accept.slugTaken') : t('accept.slugInvalid'));
        slugInput.current?.focus();
        return;
      }
      onFinished(error);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('accept.lead')}</p>
      <ChoiceGroup legend={t('accept.status')} required>
        {ENTRY_STATUSES.map((s) => (
          <label key={s} className="proposals-choice accept-status">
            <input type="radio" name="accept-status" value={s} checked={status === s} onChange={() => setStatus(s)} />
            <span>
              <StatusBadge status={s} /> {t(`accept.${s as 'IDEA' | 'AVAILABLE'}`)}
            </span>
          </label>
        ))}
      </ChoiceGroup>
      <Field label={t('accept.slug')} hint={t('accept.slugHint', { slug: toSlug(proposal.title) })} error={slugError}>
        {(props) => (
          <input
            {...props}
            ref={slugInput}
            autoComplete="off"
            spellCheck={false}
            value={slug}
            onChange={(e) => {
              setSlug(e.target.value);
              setSlugError(null);
            }}
            onBlur={() => setSlugError(slugProblem(slug))}
          />
        )}
      </Field>
      <div className="proposals-actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('proposal.busy') : t('accept.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('accept.cancel')}
        </button>
      </div>
    </form>
  );
}
