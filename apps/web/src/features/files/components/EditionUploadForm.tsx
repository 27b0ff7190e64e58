import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { useSizeFormat } from '../hooks/useSizeFormat';
import { useUpload } from '../hooks/useUpload';
import { ACCEPTED_TYPES, FILE_FIELD_LIMITS, type FileLimits } from '../limits';
import { UploadProgress } from './UploadProgress';

type FieldName = 'title' | 'versionLabel' | 'changeNote' | 'file';

/**
 * A curator's upload: a new edition of an existing file (`file` given) or a new file with its
 * first edition. Sends with progress; on success tells the page, which refetches its files.
 */
export function EditionUploadForm({
  slug,
  file,
  limits,
  onDone,
  onClose,
}: {
  slug: string;
  file?: { id: string; title: string };
  limits: FileLimits;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('files');
  const headingId = useId();
  const { state, start, cancel } = useUpload(limits);
  const [title, setTitle] = useState('');
  const [versionLabel, setVersionLabel] = useState('');
  const [changeNote, setChangeNote] = useState('');
  const [chosen, setChosen] = useState<File | null>(null);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const firstInvalid = useRef<Partial<Record<FieldName, HTMLElement | null>>>({});
  const sending = state.phase === 'sending';

  const check = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {};
    if (!file && !title.trim()) found.title = t('errors.noTitle');
    else if (!file && title.trim().length > FILE_FIELD_LIMITS.title) found.title = t('errors.tooLong', { max: FILE_FIELD_LIMITS.title });
    if (!versionLabel.trim()) found.versionLabel = t('errors.noVersion');
    else if (versionLabel.trim().length > FILE_FIELD_LIMITS.versionLabel) found.versionLabel = t('errors.tooLong', { max: FILE_FIELD_LIMITS.versionLabel });
    if (changeNote.trim().length > FILE_FIELD_LIMITS.changeNote) found.changeNote = t('errors.tooLong', { max: FILE_FIELD_LIMITS.changeNote });
    if (!chosen) found.file = t('errors.noFile');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const found = check();
    setErrors(found);
    const first = (['title', 'versionLabel', 'changeNote', 'file'] as const).find((name) => found[name]);
    if (first || !chosen) {
      if (first) firstInvalid.current[first]?.focus();
      return;
    }
    const outcome = await start({
      url: `/api/files/instruments/${encodeURIComponent(slug)}/editions`,
      fields: file
        ? { fileId: file.id, versionLabel: versionLabel.trim(), changeNote: changeNote.trim() }
        : { title: title.trim(), versionLabel: versionLabel.trim(), changeNote: changeNote.trim() },
      file: chosen,
    });
    if (outcome.kind === 'done') onDone(t('upload.done', { name: outcome.edition.fileName }));
    else if (outcome.kind === 'failed' && outcome.problem?.code === 'BAD_USER_INPUT') {
      // The API names the fields it refused; their own message stands under each.
      const named = Object.fromEntries(outcome.problem.fields.filter(isFieldName).map((name) => [name, outcome.problem!.message]));
      setErrors(named);
    }
  };

  const ref = (name: FieldName) => (element: HTMLElement | null) => {
    firstInvalid.current[name] = element;
  };

  return (
    <form className="file-upload" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={headingId} className="file-upload__title">
        {file ? t('upload.newEditionOf', { title: file.title }) : t('upload.newFile')}
      </h3>
      {!file && (
        <Field label={t('upload.fileTitle')} hint={t('upload.fileTitleHint')} error={errors.title} required>
          {(props) => <input {...props} ref={ref('title')} type="text" value={title} disabled={sending} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
      )}
      <Field label={t('upload.versionLabel')} hint={t('upload.versionLabelHint', { max: FILE_FIELD_LIMITS.versionLabel })} error={errors.versionLabel} required>
        {(props) => (
          <input {...props} ref={ref('versionLabel')} type="text" className="file-upload__version" value={versionLabel} disabled={sending} onChange={(e) => setVersionLabel(e.target.value)} />
        )}
      </Field>
      <Field label={t('upload.changeNote')} hint={t('upload.changeNoteHint', { max: FILE_FIELD_LIMITS.changeNote })} error={errors.changeNote}>
        {(props) => <textarea {...props} ref={ref('changeNote')} rows={2} value={changeNote} disabled={sending} onChange={(e) => setChangeNote(e.target.value)} />}
      </Field>
      <FilePicker maxBytes={limits.maxFileBytes} error={errors.file} disabled={sending} onChange={setChosen} inputRef={ref('file')} />
      <UploadProgress state={state} onCancel={cancel} />
      <div className="file-upload__actions">
        <button type="submit" className="button" disabled={sending}>
          {t('upload.submit')}
        </button>
        <button type="button" className="button button--link" onClick={onClose} disabled={sending}>
          {t('upload.close')}
        </button>
      </div>
    </form>
  );
}

function isFieldName(name: string): name is FieldName {
  return name === 'title' || name === 'versionLabel' || name === 'changeNote' || name === 'file';
}

/** The file input with the accepted types named in its hint. */
export function FilePicker({
  maxBytes,
  error,
  disabled,
  onChange,
  inputRef,
}: {
  maxBytes: number;
  error?: string;
  disabled: boolean;
  onChange: (file: File | null) => void;
  inputRef?: (element: HTMLInputElement | null) => void;
}) {
  const { t } = useTranslation('files');
  const size = useSizeFormat();
  return (
    <Field label={t('upload.file')} hint={t('upload.fileHint', { limit: size(maxBytes) })} error={error} required>
      {(props) => (
        <input {...props} ref={inputRef} type="file" accept={ACCEPTED_TYPES} disabled={disabled} onChange={(e) => onChange(e.target.files?.[0] ?? null)} />
      )}
    </Field>
  );
}
