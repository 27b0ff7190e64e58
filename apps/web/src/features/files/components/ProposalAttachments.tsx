import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../app/components/Field';
import { FormAlert } from '../../../app/components/FormAlert';
import { serverProblem } from '../../../app/errors';
import { ProposalAttachmentsQuery, RemoveProposalAttachmentMutation } from '../graphql/files.documents';
import { useFileLimits } from '../hooks/useFileLimits';
import { useSizeFormat } from '../hooks/useSizeFormat';
import { useTypeLabel } from '../hooks/useTypeLabel';
import { useUpload } from '../hooks/useUpload';
import { FILE_FIELD_LIMITS } from '../limits';
import { FilePicker } from './EditionUploadForm';
import { UploadProgress } from './UploadProgress';
import '../files.css';

/**
 * A proposal's attached files: the list with download links, and — for its author while it is
 * open (`editable`) — adding with progress and removing, with the limits said up front.
 */
export function ProposalAttachments({ proposalId, editable }: { proposalId: string; editable: boolean }) {
  const { t } = useTranslation('files');
  const headingId = useId();
  const size = useSizeFormat();
  const typeLabel = useTypeLabel();
  const limits = useFileLimits();
  const { data, error, refetch } = useQuery(ProposalAttachmentsQuery, { variables: { id: proposalId }, fetchPolicy: 'cache-and-network' });
  const attachments = data?.proposal.attachments ?? [];
  const [message, setMessage] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const [remove, removing] = useMutation(RemoveProposalAttachmentMutation);
  const total = attachments.reduce((sum, attachment) => sum + attachment.size, 0);
  const full = attachments.length >= limits.maxProposalFiles;

  useEffect(() => {
    if (message) status.current?.focus();
  }, [message]);

  // A curator's view of a proposal without files needs no empty section.
  if (!editable && attachments.length === 0) return null;
  if (error && !data) return null;

  const removeOne = async (id: string, name: string) => {
    setAlert(null);
    setMessage(null);
    try {
      await remove({ variables: { input: { id } } });
      await refetch();
      setMessage(t('attachments.removed', { name }));
    } catch (failure) {
      setAlert(t(`errors.${serverProblem(failure)?.code ?? 'NETWORK'}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }));
    }
  };

  return (
    <section className="proposal-details__section proposal-attachments" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('attachments.title')}</h2>
      {editable && (
        <>
          <p className="proposal-attachments__lead">{t('attachments.lead')}</p>
          <p className="proposal-attachments__limits">
            {t('attachments.limits', { count: limits.maxProposalFiles, perFile: size(limits.maxFileBytes), total: size(limits.maxProposalBytes) })}
          </p>
        </>
      )}
      {message && (
        <p ref={status} tabIndex={-1} className="notice notice--success" role="status">
          {message}
        </p>
      )}
      <FormAlert message={alert} />
      {attachments.length === 0 ? (
        <p className="instrument__muted">{t('attachments.none')}</p>
      ) : (
        <>
          {editable && <p className="proposal-attachments__used">{t('attachments.used', { count: attachments.length, max: limits.maxProposalFiles, size: size(total) })}</p>}
          <ul className="attachment-list">
            {attachments.map((attachment) => (
              <li key={attachment.id} className="attachment">
                {attachment.title && <span className="attachment__title">{attachment.title}</span>}
                <a href={attachment.downloadUrl} download={attachment.fileName}>
                  {attachment.fileName}
                </a>
                <span className="attachment__meta">
                  {typeLabel(attachment)}, {size(attachment.size)}
                </span>
                {editable && (
                  <button
                    type="button"
                    className="button button--link"
                    disabled={removing.loading}
                    aria-label={t('attachments.removeLabel', { name: attachment.fileName })}
                    onClick={() => void removeOne(attachment.id, attachment.fileName)}
                  >
                    {t('attachments.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {editable && !full && (
        <AttachForm
          proposalId={proposalId}
          onDone={(name) => {
            setAlert(null);
            setMessage(t('upload.done', { name }));
            void refetch().catch(() => undefined);
          }}
        />
      )}
    </section>
  );
}

function AttachForm({ proposalId, onDone }: { proposalId: string; onDone: (fileName: string) => void }) {
  const { t } = useTranslation('files');
  const limits = useFileLimits();
  const { state, start, cancel } = useUpload(limits);
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [round, setRound] = useState(0);
  const picker = useRef<HTMLInputElement | null>(null);
  const sending = state.phase === 'sending';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (!chosen) {
      setFileError(t('errors.noFile'));
      picker.current?.focus();
      return;
    }
    setFileError(undefined);
    const outcome = await start({
      url: `/api/files/proposals/${encodeURIComponent(proposalId)}/attachments`,
      fields: { title: title.trim() },
      file: chosen,
    });
    if (outcome.kind === 'done') {
      setTitle('');
      setChosen(null);
      // A fresh file input: its chosen file cannot be cleared otherwise.
      setRound((n) => n + 1);
      onDone(outcome.edition.fileName);
    }
  };

  return (
    <form className="file-upload proposal-attachments__form" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="file-upload__title">{t('attachments.add')}</h3>
      <Field label={t('attachments.attachTitle')} hint={t('attachments.attachTitleHint')}>
        {(props) => <input {...props} type="text" maxLength={FILE_FIELD_LIMITS.title} value={title} disabled={sending} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <FilePicker
        key={round}
        maxBytes={limits.maxFileBytes}
        error={fileError}
        disabled={sending}
        onChange={setChosen}
        inputRef={(element) => {
          picker.current = element;
        }}
      />
      <UploadProgress state={state} onCancel={cancel} />
      <div className="file-upload__actions">
        <button type="submit" className="button" disabled={sending}>
          {t('attachments.add')}
        </button>
      </div>
    </form>
  );
}
