import { collectionPath } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { PageMeta } from '../../../app/components/PageMeta';
import { Link } from '../../../app/router';
import { useViewer } from '../../../app/viewer';
import { CollectionsQuery } from '../graphql/collections.documents';
import '../collections.css';

/** `/startpakketten`: the published starter kits (curators also see drafts, marked). */
export function CollectionsPage() {
  const { t } = useTranslation('collections');
  const { can } = useViewer();
  const { data, error, refetch } = useQuery(CollectionsQuery, { fetchPolicy: 'cache-and-network' });
  const kits = data?.collections;
  return (
    <div className="page kit-page">
      <PageMeta title={t('list.title')} description={t('list.lead')} path="/startpakketten" />
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.lead')}</p>
      {can('CURATOR') && (
        <p>
          <Link to="/beheer/startpakketten">{t('list.manage')}</Link>
        </p>
      )}
      {!kits ? (
        error ? (
          <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <p className="page-loading" role="status">
            {t('list.loading')}
          </p>
        )
      ) : kits.length === 0 ? (
        <p>{t('list.empty')}</p>
      ) : (
        <ul className="kit-list">
          {kits.map((kit) => (
            <li key={kit.id}>
              <Link to={collectionPath(kit.slug)}>{kit.title}</Link>
              {kit.status === 'DRAFT' && ` (${t('manage.status.DRAFT')})`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
