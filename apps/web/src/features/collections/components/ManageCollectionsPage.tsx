import { collectionPath } from '#domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { serverProblem } from '../../../app/errors';
import { Field } from '../../../app/components/Field';
import { PageMessageView, type PageMessage } from '../../../app/components/PageMessage';
import { PageMeta } from '../../../app/components/PageMeta';
import { Link } from '../../../app/router';
import {
  CollectionInstrumentSearchQuery,
  CollectionQuery,
  CollectionsQuery,
  CreateCollectionMutation,
  PublishCollectionMutation,
  SetCollectionItemsMutation,
  UnpublishCollectionMutation,
  UpdateCollectionMutation,
} from '../graphql/collections.documents';
import '../collections.css';

interface Step {
  instrumentId: string;
  title: string;
  why: string;
}

/** Moves one entry of a list by one place (up: -1, down: +1). */
function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...list];
  [next[index], next[index + by]] = [next[index + by]!, next[index]!];
  return next;
}

/** `/beheer/startpakketten`: curators create a kit, pick and order its instruments, write why-texts, and publish. */
export function ManageCollectionsPage() {
  const { t } = useTranslation('collections');
  // Every refetch asks the server anew instead of sharing an answer already under way: such an answer was
  // computed before the change and, arriving after it, would put a published kit back to "Concept".
  const kits = useQuery(CollectionsQuery, { fetchPolicy: 'cache-and-network', context: { queryDeduplication: false } });
  const [slug, setSlug] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<PageMessage>(null);
  const [create, creating] = useMutation(CreateCollectionMutation);
  const failed = (error: unknown) => setMessage({ text: t(`errors.${serverProblem(error)?.code ?? 'NETWORK'}`, { ns: 'app' }), error: true });

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await create({ variables: { input: { title } } });
      setTitle('');
      await kits.refetch();
      setSlug(data!.createCollection.slug);
      setMessage({ text: t('manage.saved') });
    } catch (error) {
      failed(error);
    }
  };

  return (
    <div className="page kit-manage">
      <PageMeta title={t('manage.title')} />
      <h1>{t('manage.title')}</h1>
      <p className="lead">{t('manage.lead')}</p>
      <PageMessageView message={message} className="kit-manage__message" />
      <h2>{t('manage.kits')}</h2>
      <ul className="kit-list">
        {kits.data?.collections.map((kit) => (
          <li key={kit.id}>
            {kit.title} ({t(`manage.status.${kit.status}`)}){' '}
            <button type="button" className="button button--small" onClick={() => setSlug(kit.slug)} aria-label={`${t('manage.edit')}: ${kit.title}`}>
              {t('manage.edit')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void onCreate(e)}>
        <Field label={t('manage.newTitle')} required>
          {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <button type="submit" className="button" disabled={creating.loading}>
          {t('manage.create')}
        </button>
      </form>
      {slug && <KitEditor key={slug} slug={slug} onMessage={setMessage} onFailure={failed} onChanged={() => void kits.refetch()} />}
    </div>
  );
}

function KitEditor({
  slug,
  onMessage,
  onFailure,
  onChanged,
}: {
  slug: string;
  onMessage: (message: PageMessage) => void;
  onFailure: (error: unknown) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('collections');
  const { data } = useQuery(CollectionQuery, { variables: { slug }, fetchPolicy: 'network-only' });
  const kit = data?.collection;
  const [title, setTitle] = useState('');
  const [introduction, setIntroduction] = useState('');
  const [steps, setSteps] = useState<Step[]>([]);
  const [search, setSearch] = useState('');
  const found = useQuery(CollectionInstrumentSearchQuery, { variables: { search }, skip: search.trim().length < 2 }).data?.instruments.edges ?? [];
  const [update] = useMutation(UpdateCollectionMutation);
  const [setItems] = useMutation(SetCollectionItemsMutation);
  const [publish] = useMutation(PublishCollectionMutation);
  const [unpublish] = useMutation(UnpublishCollectionMutation);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!kit) return;
    setTitle(kit.title);
    setIntroduction(kit.introduction);
    setSteps(kit.items.map((i) => ({ instrumentId: i.instrument?.id ?? '', title: i.instrument?.title ?? '', why: i.why })).filter((s) => s.instrumentId));
  }, [kit]);

  if (!kit) return null;
  const run = async (action: () => Promise<unknown>) => {
    // The last action's "Opgeslagen." must not stand for this one while it is under way.
    onMessage(null);
    setBusy(true);
    try {
      await action();
      onMessage({ text: t('manage.saved') });
      onChanged();
    } catch (error) {
      onFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const saveText = () => run(() => update({ variables: { input: { id: kit.id, title, introduction } } }));
  const saveSteps = () => run(() => setItems({ variables: { input: { id: kit.id, items: steps.map(({ instrumentId, why }) => ({ instrumentId, why })) } } }));
  const toggle = () => run(() => (kit.status === 'PUBLISHED' ? unpublish : publish)({ variables: { input: { id: kit.id } }, refetchQueries: [CollectionQuery] }));
  const change = (index: number, why: string) => setSteps((all) => all.map((s, i) => (i === index ? { ...s, why } : s)));

  return (
    <section aria-labelledby="kit-editor-heading">
      <h2 id="kit-editor-heading">{t('manage.editing', { title: kit.title })}</h2>
      <p>
        {t(`manage.status.${kit.status}`)} · <Link to={collectionPath(kit.slug)}>{t('manage.view')}</Link>
      </p>
      <Field label={t('manage.kitTitle')} required>
        {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('manage.introduction')}>
        {(props) => <textarea {...props} rows={4} value={introduction} onChange={(e) => setIntroduction(e.target.value)} />}
      </Field>
      <button type="button" className="button" disabled={busy} onClick={() => void saveText()}>
        {t('manage.saveText')}
      </button>

      <h3>{t('manage.steps')}</h3>
      {steps.length === 0 && <p>{t('manage.noSteps')}</p>}
      <ol className="kit-manage__steps">
        {steps.map((s, index) => {
          const names = { step: index + 1, title: s.title };
          return (
            <li key={s.instrumentId} className="kit-manage__step">
              <Field label={t('manage.why', names)}>
                {(props) => <textarea {...props} rows={2} maxLength={500} value={s.why} onChange={(e) => change(index, e.target.value)} />}
              </Field>
              <div className="kit-manage__buttons">
                <button type="button" className="button button--small" disabled={index === 0} onClick={() => setSteps((all) => moved(all, index, -1))} aria-label={t('manage.up', names)}>
                  ↑
                </button>
                <button type="button" className="button button--small" disabled={index === steps.length - 1} onClick={() => setSteps((all) => moved(all, index, 1))} aria-label={t('manage.down', names)}>
                  ↓
                </button>
                <button type="button" className="button button--small" onClick={() => setSteps((all) => all.filter((_, i) => i !== index))} aria-label={t('manage.remove', names)}>
                  ✕
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <Field label={t('manage.find')}>
        {(props) => <input {...props} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />}
      </Field>
      <ul className="kit-manage__found">
        {found
          .filter(({ node }) => !steps.some((s) => s.instrumentId === node.id))
          .map(({ node }) => (
            <li key={node.id}>
              <button type="button" className="button button--small" onClick={() => setSteps((all) => [...all, { instrumentId: node.id, title: node.title, why: '' }])}>
                {t('manage.add', { title: node.title })}
              </button>
            </li>
          ))}
      </ul>
      <div className="kit-manage__buttons">
        <button type="button" className="button" disabled={busy} onClick={() => void saveSteps()}>
          {t('manage.saveSteps')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void toggle()}>
          {kit.status === 'PUBLISHED' ? t('manage.unpublish') : t('manage.publish')}
        </button>
      </div>
    </section>
  );
}
