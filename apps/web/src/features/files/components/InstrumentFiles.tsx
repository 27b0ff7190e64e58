import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../app/formats';
import { useViewer } from '../../../app/viewer';
import { FormAlert } from '../../../app/components/FormAlert';
import { serverProblem } from '../../../app/errors';
import { InstrumentFilesQuery, RestoreFileEditionMutation, RetireFileEditionMutation } from '../graphql/files.documents';
import type { FileEditionFieldsFragment, InstrumentFilesQuery as InstrumentFilesData } from '../graphql/files.generated';
import { useFileLimits } from '../hooks/useFileLimits';
import { useSizeFormat } from '../hooks/useSizeFormat';
import { useTypeLabel } from '../hooks/useTypeLabel';
import { EditionUploadForm } from './EditionUploadForm';
import '../files.css';

type InstrumentFile = NonNullable<InstrumentFilesData['instrument']>['files'][number];
type Edition = FileEditionFieldsFragment;

/**
 * At the top of the instrument page: each file's current edition with its download button and a
 * first look, then its earlier editions (newest first: a prototype's design story). Curators also
 * see withdrawn editions, withdraw and restore them, and add editions and files.
 */
export function InstrumentFiles({ slug }: { slug: string }) {
  const { t } = useTranslation('files');
  const { can } = useViewer();
  const curator = can('CURATOR');
  const { data, refetch } = useQuery(InstrumentFilesQuery, { variables: { slug } });
  const limits = useFileLimits();
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const files = (data?.instrument?.files ?? []).filter((file) => curator || file.currentEdition);

  useEffect(() => {
    if (message) status.current?.focus();
  }, [message]);

  // Visitors see nothing when there is nothing to get; curators get the way to add the first file.
  if (!data?.instrument || (files.length === 0 && !curator)) return null;

  const uploaded = (text: string) => {
    setAdding(false);
    setMessage(text);
    void refetch().catch(() => undefined);
  };

  return (
    <div className="instrument-files">
      <h2 className="instrument-files__heading">{t('title')}</h2>
      {message && (
        <p ref={status} tabIndex={-1} className="notice notice--success instrument-files__message" role="status">
          {message}
        </p>
      )}
      {files.length === 0 && <p className="instrument__muted">{t('none')}</p>}
      {files.map((file, index) => (
        <FileCard key={file.id} file={file} slug={slug} curator={curator} eager={index === 0} limits={limits} onUploaded={uploaded} />
      ))}
      {curator &&
        (adding ? (
          <EditionUploadForm slug={slug} limits={limits} onDone={uploaded} onClose={() => setAdding(false)} />
        ) : (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setMessage(null);
                setAdding(true);
              }}
            >
              {t('upload.newFile')}
            </button>
          </p>
        ))}
    </div>
  );
}

function FileCard({
  file,
  slug,
  curator,
  eager,
  limits,
  onUploaded,
}: {
  file: InstrumentFile;
  slug: string;
  curator: boolean;
  eager: boolean;
  limits: ReturnType<typeof useFileLimits>;
  onUploaded: (message: string) => void;
}) {
  const { t } = useTranslation('files');
  const size = useSizeFormat();
  const typeLabel = useTypeLabel();
  const [adding, setAdding] = useState(false);
  const current = file.currentEdition;
  const earlier = file.editions.filter((edition) => edition.id !== current?.id);

  return (
    <article className={current?.previewUrl ? 'file-card file-card--preview' : 'file-card'}>
      {current?.previewUrl && (
        // A4 proportions reserve the space before the image arrives, so nothing below it moves.
        <img
          className="file-card__preview"
          src={current.previewUrl}
          width={600}
          height={849}
          alt={t('previewAlt', { title: file.title })}
          loading={eager ? 'eager' : 'lazy'}
          decoding="async"
        />
      )}
      <div className="file-card__body">
        <h3 className="file-card__title">{file.title}</h3>
        {current ? (
          <>
            <p className="file-card__version">
              <span className="file-card__label">{t('version', { version: current.versionLabel })}</span>
              {current.changeNote && <span className="file-card__note"> · {current.changeNote}</span>}
            </p>
            <div className="file-card__download">
              <a className="button" href={current.downloadUrl} download={current.fileName}>
                {t('download', { type: typeLabel(current), size: size(current.size) })}
                <span className="visually-hidden">: {t('downloadOf', { title: file.title, version: current.versionLabel })}</span>
              </a>
              {curator && <EditionActions edition={current} />}
            </div>
          </>
        ) : (
          <p className="instrument__muted">{t('edition.noCurrent')}</p>
        )}
        {earlier.length > 0 && (
          <div className="file-card__earlier">
            <h4>{t('earlierCount', { count: earlier.length })}</h4>
            <ol className="edition-list">
              {earlier.map((edition) => (
                <li key={edition.id} className={edition.retired ? 'edition edition--retired' : 'edition'}>
                  <EditionRow edition={edition} curator={curator} title={file.title} />
                </li>
              ))}
            </ol>
          </div>
        )}
        {curator &&
          (adding ? (
            <EditionUploadForm
              slug={slug}
              file={{ id: file.id, title: file.title }}
              limits={limits}
              onDone={(text) => {
                setAdding(false);
                onUploaded(text);
              }}
              onClose={() => setAdding(false)}
            />
          ) : (
            <p className="file-card__add">
              <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
                {t('upload.newEdition')}
                <span className="visually-hidden">: {file.title}</span>
              </button>
            </p>
          ))}
      </div>
    </article>
  );
}

function EditionRow({ edition, curator, title }: { edition: Edition; curator: boolean; title: string }) {
  const { t } = useTranslation('files');
  const size = useSizeFormat();
  const typeLabel = useTypeLabel();
  const date = useDateFormat({ dateStyle: 'long' });
  return (
    <>
      <p className="edition__head">
        <strong className="edition__label">{edition.versionLabel}</strong>
        {edition.retired && <span className="edition__retired">{t('edition.retired')}</span>}
        <span className="edition__meta">
          <time dateTime={edition.createdAt}>{date(edition.createdAt)}</time> · {typeLabel(edition)}, {size(edition.size)}
        </span>
      </p>
      {edition.changeNote && <p className="edition__note">{edition.changeNote}</p>}
      <div className="edition__actions">
        <a href={edition.downloadUrl} download={edition.fileName}>
          {t('downloadShort')}
          <span className="visually-hidden">: {t('downloadOf', { title, version: edition.versionLabel })}</span>
        </a>
        {curator && <EditionActions edition={edition} />}
      </div>
      {edition.retired && <p className="edition__hint">{t('edition.retiredHint')}</p>}
    </>
  );
}

/** Withdraw (or restore) one edition; the answer updates the edition in the cache, the list refetches for the current one. */
function EditionActions({ edition }: { edition: Edition }) {
  const { t } = useTranslation('files');
  const [alert, setAlert] = useState<string | null>(null);
  const options = { refetchQueries: ['InstrumentFiles'], awaitRefetchQueries: true };
  const [retire, retiring] = useMutation(RetireFileEditionMutation, options);
  const [restore, restoring] = useMutation(RestoreFileEditionMutation, options);
  const busy = retiring.loading || restoring.loading;
  const run = async (action: () => Promise<unknown>) => {
    setAlert(null);
    try {
      await action();
    } catch (error) {
      setAlert(t(`errors.${serverProblem(error)?.code ?? 'NETWORK'}`, { defaultValue: t('errors.INTERNAL_SERVER_ERROR') }));
    }
  };
  return (
    <>
      <button
        type="button"
        className={edition.retired ? 'button button--secondary' : 'button button--link'}
        disabled={busy}
        aria-label={t(edition.retired ? 'edition.restoreLabel' : 'edition.retireLabel', { version: edition.versionLabel })}
        onClick={() => void run(() => (edition.retired ? restore : retire)({ variables: { input: { id: edition.id } } }))}
      >
        {t(edition.retired ? 'edition.restore' : 'edition.retire')}
      </button>
      <FormAlert message={alert} />
    </>
  );
}
