import { INSTRUMENT_FIELDS } from '#domain';
import { useApolloClient } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { forgetCatalogueLists } from '../cache';
import { IMPORT_KINDS, importFile, type ImportKind, type ImportOutcome, type ImportSeparator } from '../importFile';
import { BackLink } from '../../../app/components/BackLink';
import { ChoiceGroup } from '../../../app/fields/ChoiceGroup';
import { ImportReportView } from './ImportReportView';
import '../curation.css';

const SEPARATORS: ImportSeparator[] = ['', 'komma', 'puntkomma'];

/** The columns an import needs, from the one field definition (the API checks the same list). */
const REQUIRED_COLUMNS = INSTRUMENT_FIELDS.filter((field) => field.csv.required).map((field) => field.csv.header);

/** What the file input offers to choose, per kind. */
const ACCEPT: Record<ImportKind, string> = {
  instruments: '.csv,.json,text/csv,application/json',
  'practice-reports': '.json,application/json',
  pilots: '.json,application/json',
};

/** `/beheer/import`: a file of instruments, practice reports or pilots checked in a dry run, then imported, with the API's report. */
export function ImportPage() {
  const { t, i18n } = useTranslation('curation');
  useDocumentTitle(t('import.title'));
  const requiredColumns = new Intl.ListFormat(i18n.language === 'en' ? 'en' : 'nl', { type: 'conjunction' }).format(REQUIRED_COLUMNS);
  const client = useApolloClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [kind, setKind] = useState<ImportKind>('instruments');
  const [separator, setSeparator] = useState<ImportSeparator>('');
  const [createMissing, setCreateMissing] = useState(false);
  const [busy, setBusy] = useState<'dryRun' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setFileError(t('import.fileRequired'));
      fileInput.current?.focus();
      return;
    }
    // Enter submits with the first button: the dry run, which writes nothing.
    const dryRun = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') !== 'import';
    setBusy(dryRun ? 'dryRun' : 'import');
    setOutcome(null);
    const result = await importFile(kind, file, { dryRun, createMissing, separator });
    if ('report' in result && result.report.ok && !result.report.dryRun) {
      // Pilots and practice reports show on instruments (and in the overview) too.
      forgetCatalogueLists(client.cache, { instruments: true, vocabularies: result.report.createdTerms.length > 0 });
      if (kind === 'practice-reports') client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'practiceReports' });
    }
    setOutcome(result);
    setBusy(null);
  };

  const problem = outcome && 'problem' in outcome ? outcome.problem : undefined;
  const alert =
    problem === undefined
      ? null
      : problem === null
        ? t('errors.NETWORK', { ns: 'app' })
        : t([`import.errors.${problem.code}`, `app:errors.${problem.code}`, 'app:errors.INTERNAL_SERVER_ERROR'], { message: problem.message });

  return (
    <div className="page curation-page">
      <BackLink />
      <h1>{t('import.title')}</h1>
      <p className="lead">{t(`import.leads.${kind}`)}</p>
      <p className="curation-hint">
        <Trans
          t={t}
          i18nKey={`import.columnsHints.${kind}`}
          components={{ catalogue: <Link to="/" />, practice: <Link to="/praktijkvoorbeelden" />, pilots: <a href="/export/pilots.json" download /> }}
        />
      </p>

      <form className="form card import-form" onSubmit={(event) => void submit(event)} aria-busy={busy !== null} noValidate>
        <ChoiceGroup
          type="radio"
          legend={t('import.kind')}
          choices={IMPORT_KINDS.map((value) => ({ value, label: t(`import.kinds.${value}`) }))}
          selected={[kind]}
          onChange={([value]) => {
            setKind(value as ImportKind);
            setOutcome(null);
          }}
        />
        <Field
          label={t(`import.files.${kind}`)}
          hint={kind === 'instruments' ? t('import.fileHint', { columns: requiredColumns }) : t(`import.fileHints.${kind}`)}
          error={fileError}
          required
        >
          {(props) => (
            <input
              {...props}
              ref={fileInput}
              type="file"
              accept={ACCEPT[kind]}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setFileError(null);
                setOutcome(null);
              }}
            />
          )}
        </Field>
        {kind === 'instruments' && (
          <>
            <ChoiceGroup
              type="radio"
              legend={t('import.separator')}
              choices={SEPARATORS.map((value) => ({ value, label: t(`import.separators.${value || 'auto'}`) }))}
              selected={[separator]}
              onChange={([value]) => setSeparator(value as ImportSeparator)}
            />
            <div className="field">
              <label className="choice">
                <input type="checkbox" checked={createMissing} onChange={(event) => setCreateMissing(event.target.checked)} aria-describedby="import-create-missing-hint" />
                <span>{t('import.createMissing')}</span>
              </label>
              <p id="import-create-missing-hint" className="field__hint">
                {t('import.createMissingHint')}
              </p>
            </div>
          </>
        )}
        <div className="import-form__actions">
          <button type="submit" name="mode" value="dryRun" className="button button--secondary" disabled={busy !== null}>
            {t('import.check')}
          </button>
          <button type="submit" name="mode" value="import" className="button" disabled={busy !== null}>
            {t('import.run')}
          </button>
        </div>
        <p role="status" className="import-form__status">
          {busy && t(busy === 'dryRun' ? 'import.checking' : 'import.running')}
        </p>
        <FormAlert message={alert} />
      </form>

      {outcome && 'report' in outcome && <ImportReportView report={outcome.report} kind={kind} />}
    </div>
  );
}
