import { ENTRY_STATUSES, INSTRUMENT_LIMITS as L, toSlug, type PrototypeStatus } from '#domain';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { StatusBadge } from '../../../app/components/StatusBadge';
import { serverProblem } from '../../../app/errors';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { afterPointerRelease } from '../../../app/fields/pointerRelease';
import type { ProposalFieldsFragment } from '../../proposals';
import { SuccessorPicker, type Successor } from '../../curation';

/**
 * What a curator chooses when accepting, in the dialog and on the page that edits the fields
 * first: the status the new instrument starts in (IDEA or AVAILABLE) and, if wanted, its slug and
 * the instrument it is adapted from ("afgeleid van").
 * `title` is the instrument's title as it will be (the slug hint follows it).
 */
export function useAcceptChoices(proposal: ProposalFieldsFragment, title = proposal.title) {
  const { t } = useTranslation('review');
  // An instrument found during the inventory usually exists already; one designed in the network starts as an idea.
  const [status, setStatus] = useState<PrototypeStatus>(proposal.origin === 'NETWORK' ? 'IDEA' : 'AVAILABLE');
  const [slug, setSlug] = useState('');
  const [slugError, setSlugError] = useState<string | null>(null);
  const slugInput = useRef<HTMLInputElement>(null);
  const [derivedFrom, setDerivedFrom] = useState<Successor | null>(null);
  const [derivedFromError, setDerivedFromError] = useState<string | null>(null);

  const slugProblem = (value: string) => {
    const s = value.trim();
    if (!s) return null;
    return s.length < L.slug.min || s.length > L.slug.max || !L.slug.pattern.test(s) ? t('accept.slugInvalid') : null;
  };

  /** Checks the slug before sending; false (and the focus on it) when it is not one. */
  const check = (): boolean => {
    const problem = slugProblem(slug);
    setSlugError(problem);
    if (problem) slugInput.current?.focus();
    return !problem;
  };

  /** Shows the API's refusal of the slug at its field; false for any other error. */
  const refused = (error: unknown): boolean => {
    const found = serverProblem(error);
    if (found?.fields.includes('derivedFromId')) {
      setDerivedFromError(found.message);
      return true;
    }
    if (!found?.fields.includes('slug')) return false;
    setSlugError(found.code === 'CONFLICT' ? t('accept.slugTaken') : t('accept.slugInvalid'));
    slugInput.current?.focus();
    return true;
  };

  const fields: ReactNode = (
    <>
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
      <Field label={t('accept.slug')} hint={t('accept.slugHint', { slug: toSlug(title) })} error={slugError}>
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
            // Shown once the press that blurred it is over, so a click on "Accepteren" still lands.
            onBlur={() => afterPointerRelease(() => setSlugError(slugProblem(slug)))}
          />
        )}
      </Field>
      <SuccessorPicker
        texts="editor.derivedFrom"
        instrumentId={null}
        value={derivedFrom}
        onChange={(chosen) => {
          setDerivedFrom(chosen);
          setDerivedFromError(null);
        }}
        error={derivedFromError}
      />
    </>
  );

  return { status, slug: slug.trim() || null, derivedFromId: derivedFrom?.id ?? null, check, refused, fields };
}
