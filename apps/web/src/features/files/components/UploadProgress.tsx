import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadState } from '../hooks/useUpload';

/**
 * While a file is sent: a labelled <progress>, the percentage in words (a screen reader hears the
 * label, a person reads the text), and a button that stops it. Afterwards: what came of it.
 */
export function UploadProgress({ state, onCancel }: { state: UploadState; onCancel: () => void }) {
  const { t } = useTranslation('files');
  const labelId = useId();
  if (state.phase === 'sending') {
    return (
      <div className="file-upload__progress">
        <p id={labelId} className="file-upload__progress-label">
          {t('upload.progress')}: {t(state.percent === 100 ? 'upload.saving' : 'upload.sending', { name: state.fileName })}
        </p>
        <div className="file-upload__progress-row">
          <progress max={100} value={state.percent} aria-labelledby={labelId} />
          <span className="file-upload__percent">
            {t('upload.percent', { percent: state.percent })}
          </span>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('upload.cancel')}
          </button>
        </div>
      </div>
    );
  }
  if (state.phase === 'failed') {
    return (
      <div className="notice notice--error file-upload__error" role="alert">
        <p>{state.message}</p>
      </div>
    );
  }
  if (state.phase === 'cancelled') {
    return (
      <p className="notice file-upload__status" role="status">
        {t('upload.cancelled')}
      </p>
    );
  }
  return null;
}
