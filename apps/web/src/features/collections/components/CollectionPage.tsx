import { collectionPath } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { MarkdownDescription } from '../../../app/components/MarkdownDescription';
import { PageMeta } from '../../../app/components/PageMeta';
import { Link, useParams } from '../../../app/router';
import { useNotFoundStatus } from '../../../app/serverResponse';
import { InstrumentCard } from '../../catalogue/components/InstrumentCard';
import { CollectionFollowButton } from '../../following/components/FollowButton';
import { CollectionQuery } from '../graphql/collections.documents';
import '../collections.css';

/** `/startpakketten/:slug`: a kit's introduction and its numbered steps, each an instrument card with why it is there. */
export function CollectionPage() {
  const { t } = useTranslation('collections');
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CollectionQuery, { variables: { slug } });
  const kit = data?.collection;
  // The API answers null for an unknown slug (or a draft, for visitors), as for an instrument.
  const notFound = !loading && !error && data !== undefined && !kit;
  useNotFoundStatus(notFound);

  if (!kit) {
    return (
      <div className="page kit-page">
        <PageMeta title={t('list.title')} path={notFound ? undefined : collectionPath(slug)} />
        <Link to="/startpakketten">{t('kit.back')}</Link>
        {notFound ? (
          <p className="notice">{t('kit.notFound')}</p>
        ) : error ? (
          <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <p className="page-loading" role="status">
            {t('kit.loading')}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="page kit-page">
      <PageMeta title={kit.title} path={collectionPath(kit.slug)} type="article" />
      <Link to="/startpakketten">{t('kit.back')}</Link>
      <h1>{kit.title}</h1>
      <CollectionFollowButton slug={kit.slug} title={kit.title} />
      {kit.status === 'DRAFT' && <p className="notice">{t('kit.draft')}</p>}
      {kit.introduction.trim() && <MarkdownDescription source={kit.introduction} />}
      <h2>{t('kit.steps')}</h2>
      <ol className="kit-steps">
        {kit.items.map((item) => (
          <li key={item.step} className="kit-step">
            <p className="kit-step__label">{t('kit.step', { step: item.step })}</p>
            {item.why && <p className="kit-step__why">{item.why}</p>}
            {item.instrument ? <InstrumentCard instrument={item.instrument} /> : <p>{t('kit.missing')}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
