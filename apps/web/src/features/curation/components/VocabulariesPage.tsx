import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '../../../app/router';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { PageMessageView, type PageMessage } from '../../../app/components/PageMessage';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import type { VocabularyName } from '../../../generated/graphql';
import { CurationVocabulariesQuery } from '../graphql/curation.documents';
import { VOCABULARY_FIELD, VOCABULARY_NAMES } from '../vocabularyCache';
import { AddTermForm } from './AddTermForm';
import { BackLink } from '../../../app/components/BackLink';
import { TermList } from './TermList';
import '../curation.css';

/** The list in the URL: ?lijst=tag (lower case, as the domain names them). */
function useChosenVocabulary(): VocabularyName {
  const [params] = useSearchParams();
  const wanted = params.get('lijst')?.toUpperCase();
  return VOCABULARY_NAMES.find((name) => name === wanted) ?? 'PHASE';
}

/** `/beheer/vocabulaires`: per vocabulary its terms to add, rename, hide, reorder and delete. */
export function VocabulariesPage() {
  const { t } = useTranslation('curation');
  useDocumentTitle(t('vocab.title'));
  const chosen = useChosenVocabulary();
  const { data, error, refetch } = useQuery(CurationVocabulariesQuery, { fetchPolicy: 'cache-and-network' });
  // Said once for the whole page: what just happened (role=status) or went wrong (role=alert).
  const [message, setMessage] = useState<PageMessage>(null);
  const terms = data?.vocabularies[VOCABULARY_FIELD[chosen]];
  const name = t(`vocab.names.${chosen}`);

  return (
    <div className="page curation-page">
      <BackLink />
      <h1>{t('vocab.title')}</h1>
      <p className="lead">{t('vocab.lead')}</p>

      <nav className="vocab-tabs" aria-label={t('vocab.lists')}>
        <ul>
          {VOCABULARY_NAMES.map((vocabulary) => (
            <li key={vocabulary}>
              <Link
                to={`?lijst=${vocabulary.toLowerCase()}`}
                aria-current={vocabulary === chosen ? 'page' : undefined}
                onClick={() => setMessage(null)}
              >
                {t(`vocab.names.${vocabulary}`)}
                {data && <span className="vocab-tabs__count"> ({data.vocabularies[VOCABULARY_FIELD[vocabulary]].length})</span>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section className="card vocab">
        <h2>{name}</h2>
        <p className="field__hint">{t('vocab.hiddenExplained')}</p>
        <PageMessageView message={message} className="vocab__message" />
        {terms ? (
          <TermList key={chosen} vocabulary={chosen} terms={terms} onMessage={setMessage} />
        ) : error ? (
          <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <p className="page-loading" role="status">
            {t('loading', { ns: 'app' })}
          </p>
        )}
        {terms && <AddTermForm key={`add-${chosen}`} vocabulary={chosen} listName={name} terms={terms} onMessage={setMessage} />}
      </section>
    </div>
  );
}
