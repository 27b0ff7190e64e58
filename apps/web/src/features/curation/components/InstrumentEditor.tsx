import {
  ENTRY_STATUSES,
  EVIDENCE_ASSESSMENT_LIMITS,
  EVIDENCE_LEVELS,
  EVIDENCE_LEVEL_LABELS,
  INSTRUMENT_LIMITS as L,
  LANGUAGES,
  ORIGINS,
  ORIGIN_LABELS,
  PROTOTYPE_STATUS_LABELS,
  toSlug,
  type EvidenceLevel,
  type Origin,
  type PrototypeStatus,
} from '#domain';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '../../../app/router';
import { Field } from '../../../app/components/Field';
import { ErrorSummary, type SummaryError } from '../../../app/components/ErrorSummary';
import { FormAlert } from '../../../app/components/FormAlert';
import { fieldErrors, serverProblem } from '../../../app/errors';
import { numberFormat } from '../../../app/formats';
import { useTermLabel } from '../../../app/labels';
import type { CuratedInstrumentFieldsFragment, CurationVocabulariesQuery } from '../graphql/curation.generated';
import { forgetCatalogueLists } from '../cache';
import { CreateInstrumentMutation, EditInstrumentQuery, UpdateInstrumentMutation } from '../graphql/curation.documents';
import { useUnsavedChangesWarning } from '../hooks/useUnsavedChangesWarning';
import {
  FORM_FIELDS,
  changedFields,
  createInput,
  derivedFromChanged,
  emptyValues,
  reapply,
  updateInput,
  validate,
  valuesFromInstrument,
  type EditableField,
  type InstrumentFormValues,
  type ValidationErrors,
} from '../instrumentForm';
import { BackLink } from '../../../app/components/BackLink';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { problemText, serverMessage, type FieldProblem } from '../../../app/fields/fieldProblem';
import { LinksEditor } from './LinksEditor';
import { MarkdownField } from './MarkdownField';
import { SuccessorPicker } from './SuccessorPicker';
import { instrumentNoticeState } from '../../instrument';

type Vocabularies = CurationVocabulariesQuery['vocabularies'];
type Term = Vocabularies['tags'][number];
type TextField = 'title' | 'slug' | 'summary' | 'ownerOrganisation' | 'contactName' | 'contactEmail' | 'licence' | 'timeNeeded';

/** The fields in the order the form shows them: the error summary lists problems in this order. */
const SHOWN_ORDER = [
  'title', 'slug', 'summary', 'description', 'type', 'phases', 'audiences', 'sectors', 'tags', 'origin', 'status', 'evidenceLevel',
  'evidenceReason', 'derivedFrom', 'language', 'timeNeeded', 'licence', 'ownerOrganisation', 'contactName', 'contactEmail', 'links',
] as const satisfies readonly (keyof ValidationErrors)[];

/** The id of a field's control (or group), for the error summary's links. */
const fieldId = (path: string) => `editor-${path.replace(/\./g, '-')}`;

/** Where the editor started: the values it read and their version (null for a new instrument). */
interface Start {
  values: InstrumentFormValues;
  version: number | null;
}

/** Every field of an instrument; sends only what changed, and survives someone else saving first. */
export function InstrumentEditor({ instrument, vocabularies }: { instrument: CuratedInstrumentFieldsFragment | null; vocabularies: Vocabularies }) {
  const { t, i18n } = useTranslation('curation');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const termLabel = useTermLabel();
  const navigate = useNavigate();
  const client = useApolloClient();
  const isNew = instrument === null;
  const [start, setStart] = useState<Start>(() => ({
    values: instrument ? valuesFromInstrument(instrument) : emptyValues(),
    version: instrument?.version ?? null,
  }));
  const [values, setValues] = useState<InstrumentFormValues>(start.values);
  const [errors, setErrors] = useState<ValidationErrors>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [conflict, setConflict] = useState<'shown' | 'loading' | 'failed' | null>(null);
  const [reapplied, setReapplied] = useState<{ theirs: EditableField[]; both: EditableField[] } | null>(null);
  const [slugEdited, setSlugEdited] = useState(false);
  /** Raised on a refused save: the error summary takes the focus. */
  const [focusInvalid, setFocusInvalid] = useState(0);
  const reloadButton = useRef<HTMLButtonElement>(null);
  const reappliedNotice = useRef<HTMLDivElement>(null);
  const [create, creating] = useMutation(CreateInstrumentMutation);
  const [update, updating] = useMutation(UpdateInstrumentMutation);
  const saving = creating.loading || updating.loading;

  const dirty =
    changedFields(start.values, values).length > 0 || derivedFromChanged(start.values, values) || (isNew && values.slug !== start.values.slug);
  const [saved, setSaved] = useState(false);
  useUnsavedChangesWarning(dirty && !saved, t('editor.unsaved'));

  useEffect(() => {
    if (conflict === 'shown') reloadButton.current?.focus();
  }, [conflict]);
  useEffect(() => {
    if (reapplied) reappliedNotice.current?.focus();
  }, [reapplied]);
  useEffect(() => {
    if (saved) {
      const slug = values.slug.trim();
      // Replace the form in the history: going back should not return to a form that was sent.
      void navigate(`/instrumenten/${slug}`, { replace: true, state: instrumentNoticeState(isNew ? 'created' : 'saved') });
    }
  }, [saved, navigate, values.slug, isNew]);

  const set = <K extends keyof InstrumentFormValues>(field: K, value: InstrumentFormValues[K]) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      // The slug follows the title until the curator writes one of their own.
      if (field === 'title' && isNew && !slugEdited) next.slug = toSlug(value as string);
      return next;
    });
    setInfo(null);
  };

  /** A problem's text: the editor's own message, or the API's words as it sent them. */
  const message = (problem: FieldProblem | undefined): string | null => problemText(t, problem);
  const fieldLabel = (field: EditableField) => (field === 'links' ? t('editor.sections.links') : t(`editor.fields.${field}`));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    setInfo(null);
    const found = validate(values, isNew);
    setErrors(found);
    if (Object.keys(found).length) {
      setFocusInvalid((n) => n + 1);
      return;
    }
    if (!isNew && changedFields(start.values, values).length === 0 && !derivedFromChanged(start.values, values)) {
      setInfo(t('editor.nothingChanged'));
      return;
    }
    try {
      if (isNew) {
        const { data } = await create({ variables: { input: createInput(values) }, update: (cache) => forgetCatalogueLists(cache) });
        if (data) setValues((current) => ({ ...current, slug: data.createInstrument.slug }));
      } else {
        await update({
          variables: { input: updateInput(instrument.id, start.version!, start.values, values) },
          update: (cache) => forgetCatalogueLists(cache),
        });
      }
      setSaved(true);
    } catch (error) {
      const problem = serverProblem(error);
      if (problem?.code === 'CONFLICT' && problem.fields.includes('version')) {
        setReapplied(null);
        setConflict('shown');
        return;
      }
      if (problem?.code === 'CONFLICT' && problem.fields.includes('slug')) {
        setErrors({ slug: { key: 'editor.slugTaken' } });
        setFocusInvalid((n) => n + 1);
        return;
      }
      if (problem?.code === 'CONFLICT') {
        setAlert(t('editor.unknownTerm'));
        return;
      }
      // The API names the lineage field by its id.
      if (problem?.fields.includes('derivedFromId')) {
        setErrors({ derivedFrom: serverMessage(problem.message) });
        setFocusInvalid((n) => n + 1);
        return;
      }
      const { problems, general } = fieldErrors(error, FORM_FIELDS);
      setErrors(problems as ValidationErrors);
      // Field problems are listed in the summary; a general one (e.g. no connection) is said by the button.
      if (general) setAlert(t(general, { ns: 'app' }));
      else if (Object.keys(problems).length) setFocusInvalid((n) => n + 1);
      else setAlert(t('editor.invalid'));
    }
  };

  /** Loads the latest version and puts this curator's changes back on top of it. */
  const reload = async () => {
    if (!instrument) return;
    setConflict('loading');
    try {
      const { data } = await client.query({ query: EditInstrumentQuery, variables: { slug: instrument.slug }, fetchPolicy: 'network-only' });
      const latest = data?.instrument;
      if (!latest) throw new Error('The instrument is gone.');
      const latestValues = valuesFromInstrument(latest);
      const merged = reapply(start.values, latestValues, values);
      setStart({ values: latestValues, version: latest.version });
      setValues(merged.values);
      setErrors({});
      setAlert(null);
      setConflict(null);
      setReapplied({ theirs: merged.theirs, both: merged.both });
    } catch {
      setConflict('failed');
    }
  };

  const error = (field: keyof ValidationErrors) => message(errors[field]);
  const choices = (terms: readonly Term[], selected: string[]) =>
    terms
      .filter((term) => !term.hidden || selected.includes(term.code))
      .map((term) => ({ value: term.code, label: term.hidden ? t('editor.fields.hiddenTerm', { label: termLabel(term) }) : termLabel(term) }));
  const counter = (field: 'title' | 'summary' | 'description', max: number) => (
    <span className="counter">{t('editor.counter', { count: values[field].length, max: numberFormat(lang).format(max) })}</span>
  );
  const linkLabel = (path: string) => {
    const [, index, part] = path.split('.');
    return `${t(part === 'url' ? 'editor.links.url' : 'editor.links.label')} (${t('editor.links.row', { number: Number(index) + 1 })})`;
  };
  const summary: SummaryError[] = SHOWN_ORDER.flatMap((field) => {
    const paths: string[] =
      field === 'links' ? [...values.links.flatMap((_, i) => [`links.${i}.label`, `links.${i}.url`]), 'links'] : [field];
    return paths.flatMap((path) => {
      const text = message(errors[path as keyof ValidationErrors]);
      if (!text) return [];
      const label = path === 'links' ? t('editor.sections.links') : path.startsWith('links.') ? linkLabel(path) : t(`editor.fields.${path}`);
      return [{ target: path === 'links' ? fieldId('links-add') : fieldId(path), message: `${label}: ${text}` }];
    });
  });
  const text = (field: TextField, options: { label?: string; hint?: ReactNode; required?: boolean; type?: string; autoComplete?: string; max: number }) => (
    <Field id={fieldId(field)} label={options.label ?? t(`editor.fields.${field}`)} hint={options.hint} error={error(field)} required={options.required}>
      {(props) => (
        <input
          {...props}
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          maxLength={options.max}
          value={values[field]}
          onChange={(event) => {
            if (field === 'slug') setSlugEdited(true);
            set(field, event.target.value);
          }}
        />
      )}
    </Field>
  );

  return (
    <>
      {isNew ? <BackLink /> : <BackLink to={`/instrumenten/${instrument.slug}`} label={t('editor.back')} />}
      <h1>{isNew ? t('editor.titleNew') : t('editor.titleEdit')}</h1>
      <p className="lead">{isNew ? t('editor.leadNew') : t('editor.leadEdit', { title: instrument.title })}</p>

      <form className="editor" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={summary} focusRequest={focusInvalid} />
        <Section title={t('editor.sections.basics')}>
          {text('title', { required: true, max: L.title.max, hint: counter('title', L.title.max) })}
          {isNew &&
            text('slug', {
              required: true,
              max: L.slug.max,
              hint: t('editor.fields.slugHint', { slug: values.slug.trim() || '…' }),
            })}
          <Field
            id={fieldId('summary')}
            label={t('editor.fields.summary')}
            hint={
              <>
                {t('editor.fields.summaryHint')} {counter('summary', L.summary.max)}
              </>
            }
            error={error('summary')}
            required
          >
            {(props) => (
              <textarea {...props} className="editor__summary" rows={3} maxLength={L.summary.max} value={values.summary} onChange={(e) => set('summary', e.target.value)} />
            )}
          </Field>
        </Section>

        <Section title={t('editor.sections.description')}>
          <Field
            id={fieldId('description')}
            label={t('editor.fields.description')}
            hint={
              <>
                {t('editor.fields.descriptionHint')} {counter('description', L.description.max)}
              </>
            }
            error={error('description')}
          >
            {(props) => (
              <MarkdownField
                id={props.id}
                describedBy={props['aria-describedby']}
                invalid={props['aria-invalid']}
                maxLength={L.description.max}
                value={values.description}
                onChange={(value) => set('description', value)}
              />
            )}
          </Field>
        </Section>

        <Section title={t('editor.sections.classification')}>
          <Field id={fieldId('type')} label={t('editor.fields.type')} error={error('type')} required>
            {(props) => (
              <select {...props} value={values.type} onChange={(e) => set('type', e.target.value)}>
                <option value="">{t('editor.fields.chooseType')}</option>
                {choices(vocabularies.types, [values.type]).map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <ChoiceGroup
            type="checkbox"
            id={fieldId('phases')}
            legend={t('editor.fields.phases')}
            hint={t('editor.fields.phasesHint')}
            required
            error={error('phases')}
            choices={choices(vocabularies.phases, values.phases)}
            selected={values.phases}
            onChange={(selected) => set('phases', ordered(vocabularies.phases, selected))}
          />
          <ChoiceGroup
            type="checkbox"
            id={fieldId('audiences')}
            legend={t('editor.fields.audiences')}
            error={error('audiences')}
            choices={choices(vocabularies.audiences, values.audiences)}
            selected={values.audiences}
            onChange={(selected) => set('audiences', ordered(vocabularies.audiences, selected))}
          />
          <ChoiceGroup
            type="checkbox"
            id={fieldId('sectors')}
            legend={t('editor.fields.sectors')}
            error={error('sectors')}
            choices={choices(vocabularies.sectors, values.sectors)}
            selected={values.sectors}
            onChange={(selected) => set('sectors', ordered(vocabularies.sectors, selected))}
          />
          <ChoiceGroup
            type="checkbox"
            wide
            id={fieldId('tags')}
            legend={t('editor.fields.tags')}
            error={error('tags')}
            choices={choices(vocabularies.tags, values.tags)}
            selected={values.tags}
            onChange={(selected) => set('tags', ordered(vocabularies.tags, selected))}
          />
          <Field id={fieldId('origin')} label={t('editor.fields.origin')} error={error('origin')} required>
            {(props) => (
              <select {...props} value={values.origin} onChange={(e) => set('origin', e.target.value as Origin)}>
                <option value="">{t('editor.fields.chooseOrigin')}</option>
                {ORIGINS.map((origin) => (
                  <option key={origin} value={origin}>
                    {ORIGIN_LABELS[origin][lang]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </Section>

        {isNew && (
          <Section title={t('editor.sections.start')}>
            <ChoiceGroup
              type="radio"
              id={fieldId('status')}
            legend={t('editor.fields.status')}
              hint={t('editor.fields.statusHint')}
              required
              error={error('status')}
              choices={ENTRY_STATUSES.map((status) => ({ value: status, label: PROTOTYPE_STATUS_LABELS[status][lang] }))}
              selected={[values.status]}
              onChange={([status]) => set('status', status as PrototypeStatus)}
            />
            <Field id={fieldId('evidenceLevel')} label={t('editor.fields.evidenceLevel')} error={error('evidenceLevel')}>
              {(props) => (
                <select {...props} value={values.evidenceLevel} onChange={(e) => set('evidenceLevel', e.target.value as EvidenceLevel)}>
                  {EVIDENCE_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {EVIDENCE_LEVEL_LABELS[level][lang]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {values.evidenceLevel !== 'NOT_ASSESSED' && (
              <Field
                id={fieldId('evidenceReason')}
                label={t('editor.fields.evidenceReason')}
                hint={t('editor.fields.evidenceReasonHint')}
                error={error('evidenceReason')}
                required
              >
                {(props) => (
                  <textarea {...props} rows={3} maxLength={EVIDENCE_ASSESSMENT_LIMITS.reason.max} value={values.evidenceReason} onChange={(e) => set('evidenceReason', e.target.value)} />
                )}
              </Field>
            )}
          </Section>
        )}

        <Section title={t('editor.sections.lineage')}>
          <SuccessorPicker
            id={fieldId('derivedFrom')}
            texts="editor.derivedFrom"
            instrumentId={instrument?.id ?? null}
            value={values.derivedFrom}
            onChange={(derivedFrom) => set('derivedFrom', derivedFrom)}
            error={error('derivedFrom')}
          />
        </Section>

        <Section title={t('editor.sections.practical')}>
          <Field id={fieldId('language')} label={t('editor.fields.language')} error={error('language')} required>
            {(props) => (
              <select {...props} value={values.language} onChange={(e) => set('language', e.target.value)}>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {t(`editor.languages.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('timeNeeded', { max: L.timeNeeded.max, hint: t('editor.fields.timeNeededHint') })}
          {text('licence', { max: L.licence.max, hint: t('editor.fields.licenceHint') })}
        </Section>

        <Section title={t('editor.sections.contact')}>
          {text('ownerOrganisation', { max: L.ownerOrganisation.max, autoComplete: 'organization' })}
          {text('contactName', { max: L.contactName.max })}
          {text('contactEmail', { max: L.contactEmail.max, type: 'email', hint: t('editor.fields.contactEmailHint') })}
        </Section>

        <Section title={t('editor.sections.links')}>
          <LinksEditor
            links={values.links}
            onChange={(links) => set('links', links)}
            errorOf={(index, part) => message(errors[`links.${index}.${part}`])}
            listError={error('links')}
            idOf={(index, part) => fieldId(index === 'list' ? 'links-add' : `links.${index}.${part}`)}
          />
        </Section>

        <div className="editor__footer">
          {conflict && (
            <div className="notice notice--error editor__conflict" role="alert">
              <h2 className="editor__conflict-title">{t('editor.conflict.title')}</h2>
              <p>{t('editor.conflict.body')}</p>
              {conflict === 'failed' && <p>{t('editor.conflict.failed')}</p>}
              <button ref={reloadButton} type="button" className="button" disabled={conflict === 'loading'} onClick={() => void reload()}>
                {conflict === 'loading' ? t('editor.conflict.loading') : t('editor.conflict.reload')}
              </button>
            </div>
          )}
          {reapplied && (
            <div ref={reappliedNotice} className="notice notice--success" role="status" tabIndex={-1}>
              <p>{t('editor.conflict.reloaded')}</p>
              {reapplied.theirs.length > 0 && <p>{t('editor.conflict.theirs', { fields: reapplied.theirs.map(fieldLabel).join(', ') })}</p>}
              {reapplied.both.length > 0 && <p>{t('editor.conflict.both', { fields: reapplied.both.map(fieldLabel).join(', ') })}</p>}
            </div>
          )}
          <FormAlert message={alert} />
          {info && (
            <p className="notice" role="status">
              {info}
            </p>
          )}
          <div className="editor__actions">
            <button type="submit" className="button" disabled={saving || conflict !== null}>
              {saving ? t('editor.busy') : isNew ? t('editor.create') : t('editor.save')}
            </button>
            <Link className="button button--secondary" to={isNew ? '/beheer' : `/instrumenten/${instrument.slug}`}>
              {t('editor.cancel')}
            </Link>
          </div>
        </div>
      </form>
    </>
  );
}

/** Selected codes in vocabulary order, so that comparing and sending are stable. */
function ordered(terms: readonly Term[], selected: string[]): string[] {
  return terms.map((term) => term.code).filter((code) => selected.includes(code));
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card editor__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
