import { INSTRUMENT_LIMITS as L, LANGUAGES, ORIGINS, ORIGIN_LABELS, PROPOSAL_LIMITS as P, type Language, type Origin } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { ErrorSummary, type SummaryError } from '../../../app/components/ErrorSummary';
import { FormAlert } from '../../../app/components/FormAlert';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { fieldErrors } from '../../../app/errors';
import { linkRow } from '../../../app/fields/instrumentFields';
import { problemText, type FieldProblem, type FieldProblems } from '../../../app/fields/fieldProblem';
import { useTouchedFields } from '../../../app/fields/useTouchedFields';
import { useTermLabel } from '../../../app/labels';
import type { SubmitProposalInput } from '../../../generated/graphql';
import { MarkdownDescription } from '../../../app/components/MarkdownDescription';
import { ProposalVocabulariesQuery } from '../graphql/proposals.documents';
import {
  PROPOSAL_FIELDS,
  formPathOf,
  knownServerFields,
  proposalInput,
  validateProposal,
  type ProposalFormValues,
} from '../proposalForm';
import { CharacterCounter } from './CharacterCounter';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { TermCheckboxes } from './TermCheckboxes';
import { SimilarHint } from './SimilarHint';

/** Fields the API may refuse for a vocabulary value removed meanwhile. */
const TERM_FIELDS = ['type', 'phases', 'audiences', 'sectors', 'tags'] as const;

/** The API's messages are English; where the field says enough, a Dutch message of our own replaces it. */
const SERVER_MESSAGES: [RegExp, string][] = [
  [/^(type|phases|audiences|sectors|tags)$/, 'validation.unknownTerm'],
  [/^contactEmail$/, 'validation.email'],
  [/^links\.\d+\.url$/, 'validation.url'],
];

/** A server problem as the form says it: a Dutch message of our own, or the API's words inside ours. */
function inOurWords(path: string, problem: FieldProblem): FieldProblem {
  const known = SERVER_MESSAGES.find(([pattern]) => pattern.test(path));
  return known ? { key: known[1] } : { key: 'validation.server', values: { message: String(problem.values?.message ?? '') } };
}

/** The id of a field's control (or group), for the error summary's links. */
const fieldId = (path: string) => `proposal-${path.replace(/\./g, '-')}`;

function withoutMotivation(problems: FieldProblems, withMotivation: boolean): FieldProblems {
  if (withMotivation) return problems;
  return Object.fromEntries(Object.entries(problems).filter(([path]) => path !== 'motivation'));
}

export interface FormAction {
  intent: string;
  label: string;
  secondary?: boolean;
}

/**
 * Every field a proposer can know, checked against the limits of libs/domain on blur and on submit;
 * the API's own refusals appear at the field it names. Used to propose and to edit.
 */
export function ProposalForm({
  initial,
  excludeId,
  actions,
  onSubmit,
  cancel,
  withMotivation = true,
  extraFields,
  onChange,
}: {
  initial: ProposalFormValues;
  /** The proposal being edited, left out of the similar-instrument hint. */
  excludeId?: string;
  actions: FormAction[];
  /** Rejects with the API's error to have it shown at the fields. */
  onSubmit: (input: SubmitProposalInput, intent: string) => Promise<void>;
  cancel?: ReactNode;
  /** False where the form edits the instrument-to-be (a curator accepting): no motivation then. */
  withMotivation?: boolean;
  /** Fields of the page's own, shown before the buttons (accepting: status and slug). */
  extraFields?: ReactNode;
  /** Told every change of the values (accepting: the slug hint follows the title). */
  onChange?: (values: ProposalFormValues) => void;
}) {
  const { t, i18n } = useTranslation('proposals');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const termLabel = useTermLabel();
  const vocabularies = useQuery(ProposalVocabulariesQuery);
  const [values, setValues] = useState(initial);
  const { isTouched, touch } = useTouchedFields();
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldProblems>({});
  /** 'check' while fields are marked; otherwise the API's general message (e.g. no connection). */
  const [alert, setAlert] = useState<'check' | string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [preview, setPreview] = useState(false);
  /** Raised on a failed submit: the error summary takes the focus. */
  const [focusRequest, setFocusRequest] = useState(0);
  const [focusLink, setFocusLink] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const addLinkRef = useRef<HTMLButtonElement>(null);
  const previewId = useId();
  const linksHintId = useId();

  const problems = withoutMotivation(validateProposal(values), withMotivation);

  useEffect(() => {
    onChange?.(values);
  }, [values, onChange]);

  useEffect(() => {
    if (focusLink === null) return;
    formRef.current?.querySelector<HTMLInputElement>(`[data-link-key="${focusLink}"]`)?.focus();
    setFocusLink(null);
  }, [focusLink]);

  const errorOf = (path: string): string | null => {
    if (serverErrors[path]) return problemText(t, serverErrors[path]);
    const problem = problems[path];
    if (!problem || !(submitted || isTouched(path))) return null;
    return problemText(t, problem);
  };

  const clearServer = (path: string) =>
    setServerErrors((current) => {
      if (!(path in current)) return current;
      const next = { ...current };
      delete next[path];
      return next;
    });

  const set = <K extends keyof ProposalFormValues>(field: K, value: ProposalFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    clearServer(field);
  };

  const setLink = (key: string, part: 'label' | 'url', value: string, index: number) => {
    setValues((current) => ({ ...current, links: current.links.map((row) => (row.key === key ? { ...row, [part]: value } : row)) }));
    clearServer(`links.${index}.${part}`);
    clearServer('links');
  };

  const addLink = () => {
    const row = linkRow();
    setValues((current) => ({ ...current, links: [...current.links, row] }));
    setFocusLink(row.key);
  };

  const removeLink = (key: string) => {
    setValues((current) => ({ ...current, links: current.links.filter((row) => row.key !== key) }));
    // Row-indexed errors would now point at the wrong rows.
    setServerErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith('links'))));
    addLinkRef.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter?.getAttribute('value') ?? actions[0]!.intent;
    setSubmitted(true);
    setAlert(null);
    setServerErrors({});
    if (Object.keys(problems).length) {
      setAlert('check');
      setFocusRequest((n) => n + 1);
      return;
    }
    setBusy(intent);
    try {
      await onSubmit(proposalInput(values), intent);
    } catch (error) {
      const { problems: fromServer, general } = fieldErrors(error, knownServerFields(values));
      // A removed value's message says the list is refreshed: it shows once it is.
      if (TERM_FIELDS.some((field) => fromServer[field])) {
        // A curator removed a value meanwhile: fetch the lists again and drop what no longer exists.
        const fresh = (await vocabularies.refetch().catch(() => null))?.data?.vocabularies;
        if (fresh) {
          const keep = (codes: string[], terms: { code: string }[]) => codes.filter((code) => terms.some((term) => term.code === code));
          setValues((current) => ({
            ...current,
            type: fresh.types.some((term) => term.code === current.type) ? current.type : '',
            phases: keep(current.phases, fresh.phases),
            audiences: keep(current.audiences, fresh.audiences),
            sectors: keep(current.sectors, fresh.sectors),
            tags: keep(current.tags, fresh.tags),
          }));
        }
      }
      setServerErrors(
        Object.fromEntries(
          Object.entries(fromServer).map(([serverPath, problem]) => {
            const path = formPathOf(values, serverPath);
            return [path, inOurWords(path, problem)];
          }),
        ),
      );
      setAlert(general ? t(general, { ns: 'app' }) : 'check');
      setFocusRequest((n) => n + 1);
    } finally {
      setBusy(null);
    }
  };

  if (vocabularies.error && !vocabularies.data) return <ErrorMessage onRetry={() => void vocabularies.refetch().catch(() => undefined)} />;
  const vocab = vocabularies.data?.vocabularies;
  if (!vocab) {
    return (
      <p className="page-loading" role="status">
        {t('loading', { ns: 'app' })}
      </p>
    );
  }

  const linkRows = values.links;
  const labelOf = (path: string): string => {
    const link = /^links\.(\d+)\.(label|url)$/.exec(path);
    if (link) return t(link[2] === 'label' ? 'form.linkLabel' : 'form.linkUrl', { n: Number(link[1]) + 1 });
    return path === 'links' ? t('form.sections.links') : t(`form.${path}`);
  };
  // Every marked field, in the form's order (a link's cells before the list's own problem).
  const paths = PROPOSAL_FIELDS.filter((field) => withMotivation || field !== 'motivation').flatMap((field) =>
    field === 'links' ? [...linkRows.flatMap((_, i) => [`links.${i}.label`, `links.${i}.url`]), 'links'] : [field],
  );
  const summary: SummaryError[] =
    alert === 'check'
      ? paths.flatMap((path) => {
          const text = errorOf(path);
          // The list's own problem has no control of its own: its link goes to the add-link button.
          return text ? [{ target: path === 'links' ? fieldId('links-add') : fieldId(path), message: `${labelOf(path)}: ${text}` }] : [];
        })
      : [];
  return (
    <form ref={formRef} className="form proposal-form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="proposal-form__required">{t('form.required')}</p>
      {/* The summary lists what is marked now; it goes away once nothing is. */}
      <ErrorSummary errors={summary} focusRequest={focusRequest} />
      <FormAlert message={alert === 'check' ? null : alert} />

      <fieldset className="proposals-section">
        <legend className="proposals-section__title">{t('form.sections.instrument')}</legend>
        <Field id={fieldId('title')} label={t('form.title')} hint={t('form.titleHint')} error={errorOf('title')} required>
          {(props) => (
            <>
              <input {...props} name="title" autoComplete="off" value={values.title} onChange={(e) => set('title', e.target.value)} onBlur={touch('title')} />
              <CharacterCounter value={values.title} max={L.title.max} />
            </>
          )}
        </Field>
        <SimilarHint title={values.title} summary={values.summary} excludeId={excludeId} />
        <Field id={fieldId('summary')} label={t('form.summary')} hint={t('form.summaryHint')} error={errorOf('summary')} required>
          {(props) => (
            <>
              <textarea {...props} name="summary" rows={3} className="textarea--short" value={values.summary} onChange={(e) => set('summary', e.target.value)} onBlur={touch('summary')} />
              <CharacterCounter value={values.summary} max={L.summary.max} />
            </>
          )}
        </Field>
        <Field id={fieldId('description')} label={t('form.description')} hint={t('form.descriptionHint')} error={errorOf('description')}>
          {(props) => (
            <>
              <textarea {...props} name="description" rows={10} value={values.description} onChange={(e) => set('description', e.target.value)} onBlur={touch('description')} />
              <div className="proposal-form__below">
                <CharacterCounter value={values.description} max={L.description.max} />
                <button type="button" className="button button--secondary proposals-small" aria-expanded={preview} aria-controls={previewId} onClick={() => setPreview((p) => !p)}>
                  {preview ? t('form.hidePreview') : t('form.showPreview')}
                </button>
              </div>
            </>
          )}
        </Field>
        <div id={previewId} className="markdown-preview" hidden={!preview}>
          {preview && (
            <section aria-label={t('form.preview')}>
              <p className="markdown-preview__label" aria-hidden="true">
                {t('form.preview')}
              </p>
              {values.description.trim() ? <MarkdownDescription source={values.description} /> : <p className="proposals-muted">{t('form.previewEmpty')}</p>}
            </section>
          )}
        </div>
      </fieldset>

      <fieldset className="proposals-section">
        <legend className="proposals-section__title">{t('form.sections.classification')}</legend>
        <Field id={fieldId('type')} label={t('form.type')} error={errorOf('type')} required>
          {(props) => (
            <select {...props} name="type" value={values.type} onChange={(e) => set('type', e.target.value)} onBlur={touch('type')}>
              <option value="">{t('form.typeChoose')}</option>
              {vocab.types
                .filter((term) => !term.hidden || term.code === values.type)
                .map((term) => (
                  <option key={term.code} value={term.code}>
                    {termLabel(term)}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <ChoiceGroup id={fieldId('phases')} legend={t('form.phases')} hint={t('form.phasesHint')} error={errorOf('phases')} required onBlur={touch('phases')}>
          <TermCheckboxes name="phases" terms={vocab.phases} selected={values.phases} onChange={(codes) => set('phases', codes)} />
        </ChoiceGroup>
        <ChoiceGroup id={fieldId('audiences')} legend={t('form.audiences')} hint={t('form.optionalChoices')} error={errorOf('audiences')}>
          <TermCheckboxes name="audiences" terms={vocab.audiences} selected={values.audiences} onChange={(codes) => set('audiences', codes)} />
        </ChoiceGroup>
        <ChoiceGroup id={fieldId('sectors')} legend={t('form.sectors')} error={errorOf('sectors')}>
          <TermCheckboxes name="sectors" terms={vocab.sectors} selected={values.sectors} onChange={(codes) => set('sectors', codes)} />
        </ChoiceGroup>
        {vocab.tags.length > 0 && (
          <ChoiceGroup id={fieldId('tags')} legend={t('form.tags')} error={errorOf('tags')}>
            <TermCheckboxes name="tags" terms={vocab.tags} selected={values.tags} onChange={(codes) => set('tags', codes)} />
          </ChoiceGroup>
        )}
      </fieldset>

      <fieldset className="proposals-section">
        <legend className="proposals-section__title">{t('form.sections.origin')}</legend>
        <ChoiceGroup id={fieldId('origin')} legend={t('form.origin')} error={errorOf('origin')}>
          {ORIGINS.map((origin) => (
            <label key={origin} className="proposals-choice">
              <input type="radio" name="origin" value={origin} checked={values.origin === origin} onChange={() => set('origin', origin as Origin)} />
              <span>{ORIGIN_LABELS[origin][lang]}</span>
            </label>
          ))}
        </ChoiceGroup>
        <div className="proposals-form-row">
          <Field id={fieldId('ownerOrganisation')} label={t('form.ownerOrganisation')} error={errorOf('ownerOrganisation')}>
            {(props) => (
              <input {...props} name="ownerOrganisation" autoComplete="organization" value={values.ownerOrganisation} onChange={(e) => set('ownerOrganisation', e.target.value)} onBlur={touch('ownerOrganisation')} />
            )}
          </Field>
          <Field id={fieldId('contactName')} label={t('form.contactName')} error={errorOf('contactName')}>
            {(props) => <input {...props} name="contactName" value={values.contactName} onChange={(e) => set('contactName', e.target.value)} onBlur={touch('contactName')} />}
          </Field>
        </div>
        <Field id={fieldId('contactEmail')} label={t('form.contactEmail')} error={errorOf('contactEmail')}>
          {(props) => (
            <input {...props} type="email" name="contactEmail" value={values.contactEmail} onChange={(e) => set('contactEmail', e.target.value)} onBlur={touch('contactEmail')} />
          )}
        </Field>
        <Field id={fieldId('language')} label={t('form.language')} error={errorOf('language')}>
          {(props) => (
            <select {...props} name="language" className="proposals-select--short" value={values.language} onChange={(e) => set('language', e.target.value as Language)}>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`form.languages.${code}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('licence')} label={t('form.licence')} hint={t('form.licenceHint')} error={errorOf('licence')}>
          {(props) => <input {...props} name="licence" value={values.licence} onChange={(e) => set('licence', e.target.value)} onBlur={touch('licence')} />}
        </Field>
        <Field id={fieldId('timeNeeded')} label={t('form.timeNeeded')} hint={t('form.timeNeededHint')} error={errorOf('timeNeeded')}>
          {(props) => <input {...props} name="timeNeeded" value={values.timeNeeded} onChange={(e) => set('timeNeeded', e.target.value)} onBlur={touch('timeNeeded')} />}
        </Field>
      </fieldset>

      <fieldset className="proposals-section" aria-describedby={linksHintId}>
        <legend className="proposals-section__title">{t('form.sections.links')}</legend>
        <p id={linksHintId} className="field__hint">
          {t('form.linksHint')}
        </p>
        {linkRows.length === 0 && <p className="proposals-muted">{t('form.noLinks')}</p>}
        <ol className="link-rows" hidden={linkRows.length === 0}>
          {linkRows.map((row, index) => {
            const n = index + 1;
            return (
              <li key={row.key} className="link-row">
                <Field id={fieldId(`links.${index}.label`)} label={t('form.linkLabel', { n })} error={errorOf(`links.${index}.label`)}>
                  {(props) => (
                    <input {...props} data-link-key={row.key} value={row.label} onChange={(e) => setLink(row.key, 'label', e.target.value, index)} onBlur={touch(`links.${index}.label`)} />
                  )}
                </Field>
                <Field id={fieldId(`links.${index}.url`)} label={t('form.linkUrl', { n })} error={errorOf(`links.${index}.url`)}>
                  {(props) => (
                    <input {...props} type="url" inputMode="url" placeholder="https://" value={row.url} onChange={(e) => setLink(row.key, 'url', e.target.value, index)} onBlur={touch(`links.${index}.url`)} />
                  )}
                </Field>
                <button type="button" className="button button--link link-row__remove" onClick={() => removeLink(row.key)}>
                  {t('form.removeLink', { n })}
                </button>
              </li>
            );
          })}
        </ol>
        {errorOf('links') && <p className="field__error">{errorOf('links')}</p>}
        <button ref={addLinkRef} id={fieldId('links-add')} type="button" className="button button--secondary link-rows__add" onClick={addLink} disabled={linkRows.length >= L.links.max}>
          + {t('form.addLink')}
        </button>
      </fieldset>

      {withMotivation && (
        <fieldset className="proposals-section">
          <legend className="proposals-section__title">{t('form.sections.motivation')}</legend>
          <Field id={fieldId('motivation')} label={t('form.motivation')} hint={t('form.motivationHint')} error={errorOf('motivation')} required>
            {(props) => (
              <>
                <textarea {...props} name="motivation" rows={5} value={values.motivation} onChange={(e) => set('motivation', e.target.value)} onBlur={touch('motivation')} />
                <CharacterCounter value={values.motivation} max={P.motivation.max} />
              </>
            )}
          </Field>
        </fieldset>
      )}
      {extraFields}

      <div className="proposals-actions">
        {actions.map((action) => (
          <button
            key={action.intent}
            type="submit"
            name="intent"
            value={action.intent}
            className={action.secondary ? 'button button--secondary' : 'button'}
            disabled={busy !== null}
          >
            {busy === action.intent ? t('form.busy') : action.label}
          </button>
        ))}
        {cancel}
      </div>
    </form>
  );
}
