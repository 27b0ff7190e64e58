import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from '../../../app/router';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { CurationVocabulariesQuery, EditInstrumentQuery } from '../graphql/curation.documents';
import { BackLink } from '../../../app/components/BackLink';
import { InstrumentEditor } from './InstrumentEditor';
import '../curation.css';

/** `/beheer/instrumenten/nieuw` and `/beheer/instrumenten/:slug/bewerken`. */
export function InstrumentEditorPage() {
  const { slug } = useParams();
  const isNew = slug === undefined;
  const { t } = useTranslation('curation');
  const vocabularies = useQuery(CurationVocabulariesQuery, { fetchPolicy: 'cache-and-network' });
  // Always the latest version from the server: the editor starts from what it read.
  const existing = useQuery(EditInstrumentQuery, { variables: { slug: slug ?? '' }, skip: isNew, fetchPolicy: 'network-only' });
  const instrument = existing.data?.instrument;
  useDocumentTitle(isNew ? t('editor.titleNew') : instrument ? `${t('editor.titleEdit')}: ${instrument.title}` : t('editor.titleEdit'));

  const error = vocabularies.error ?? existing.error;
  const loaded = vocabularies.data && (isNew || existing.data);
  let body;
  if (loaded && (isNew || instrument)) {
    body = <InstrumentEditor key={instrument?.id ?? 'new'} instrument={instrument ?? null} vocabularies={vocabularies.data!.vocabularies} />;
  } else if (error && !loaded) {
    body = (
      <ErrorMessage
        onRetry={() => {
          void vocabularies.refetch().catch(() => undefined);
          if (!isNew) void existing.refetch().catch(() => undefined);
        }}
      />
    );
  } else if (loaded) {
    body = (
      <>
        <h1>{t('editor.titleEdit')}</h1>
        <p>{t('editor.notFound')}</p>
        <BackLink />
      </>
    );
  } else {
    body = (
      <>
        <h1>{isNew ? t('editor.titleNew') : t('editor.titleEdit')}</h1>
        <p className="page-loading" role="status">
          {t('editor.loading')}
        </p>
      </>
    );
  }
  return <div className="page curation-page editor-page">{body}</div>;
}
