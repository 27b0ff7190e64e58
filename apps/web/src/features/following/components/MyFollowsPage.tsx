import { CATALOGUE_FACET_PARAMS } from '#domain';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useDateFormat } from '../../../app/formats';
import { useTermLabel } from '../../../app/labels';
import { Link } from '../../../app/router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import type { FollowFrequency, FollowKind } from '../../../generated/graphql';
import { MyFollowsQuery, UpdateFollowSettingsMutation, type FollowItem } from '../graphql/following.documents';
import type { MyFollowsQuery as MyFollowsResult } from '../graphql/following.generated';
import { onFirstClick, useFollowActions, type FollowOwner } from '../hooks/useFollowActions';
import { PhaseFollowToggle, usePhaseFollows } from './FollowButton';
import '../following.css';

const KINDS: FollowKind[] = ['INSTRUMENT', 'PHASE', 'COLLECTION'];
const FREQUENCIES: FollowFrequency[] = ['IMMEDIATE', 'WEEKLY', 'OFF'];
const PHASE_PARAM = CATALOGUE_FACET_PARAMS.PHASE[0];

type Phases = MyFollowsResult['vocabularies']['phases'];

/** `/mijn-volglijst`: what the member follows, by kind, the phases to follow, and how often they want mail. */
export function MyFollowsPage() {
  const { t } = useTranslation('follow');
  useDocumentTitle(t('list.title'));
  const heading = useRef<HTMLHeadingElement>(null);
  const [removed, setRemoved] = useState('');
  const [moreFailed, setMoreFailed] = useState(false);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(MyFollowsQuery, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });

  if (!data) {
    return (
      <div className="page follow-page">
        <h1>{t('list.title')}</h1>
        {error ? (
          <ErrorMessage error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <p className="page-loading" role="status">
            {t('list.loading')}
          </p>
        )}
      </div>
    );
  }

  const follows = data.myFollows;
  const loadMore = () => {
    setMoreFailed(false);
    fetchMore({ variables: { after: follows.pageInfo.endCursor } }).catch(() => setMoreFailed(true));
  };
  const onRemoved = (name: string) => {
    setRemoved(t('list.removed', { name }));
    heading.current?.focus();
  };
  const nodes = follows.edges.map((edge) => edge.node);

  return (
    <div className="page follow-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('list.title')}
      </h1>
      <p className="lead">{t('list.lead')}</p>
      <p role="status">{removed}</p>
      {follows.totalCount === 0 ? (
        <EmptyState />
      ) : (
        <>
          <p>{t('list.count', { count: follows.totalCount })}</p>
          {KINDS.map((kind) => {
            const items = nodes.filter((node) => node.kind === kind);
            if (items.length === 0) return null;
            return (
              <section key={kind} className="follow-page__group" aria-labelledby={`volg-${kind}`}>
                <h2 id={`volg-${kind}`}>{t(`list.groups.${kind}`)}</h2>
                <ul className="follow-list">
                  {items.map((item) => (
                    <FollowRow key={item.id} item={item} onRemoved={onRemoved} />
                  ))}
                </ul>
              </section>
            );
          })}
          {follows.pageInfo.hasNextPage && (
            <button type="button" className="button button--secondary" disabled={networkStatus === NetworkStatus.fetchMore} onClick={loadMore}>
              {networkStatus === NetworkStatus.fetchMore ? t('list.moreLoading') : t('list.more')}
            </button>
          )}
          {moreFailed && <ErrorMessage onRetry={loadMore} />}
        </>
      )}
      <PhaseChoice phases={data.vocabularies.phases} />
      <FrequencyForm current={data.myFollowSettings.frequency} />
    </div>
  );
}

function EmptyState() {
  const { t } = useTranslation('follow');
  return (
    <div className="notice follow-empty">
      <h2>{t('list.empty.title')}</h2>
      <p>{t('list.empty.what')}</p>
      <p>{t('list.empty.start')}</p>
      <p className="follow-links">
        <Link to="/">{t('list.empty.catalogue')}</Link>
        <Link to="/startpakketten">{t('list.empty.kits')}</Link>
      </p>
    </div>
  );
}

/** What a follow is about: its name and page; null when the instrument or kit is gone. */
function useFollowTarget(): (item: FollowItem) => { name: string; to: string; owner: FollowOwner | null } | null {
  const term = useTermLabel();
  return (item) => {
    if (item.instrument) return { name: item.instrument.title, to: `/instrumenten/${item.instrument.slug}`, owner: { __typename: 'Instrument', id: item.instrument.id } };
    if (item.collection) return { name: item.collection.title, to: `/startpakketten/${item.collection.slug}`, owner: { __typename: 'Collection', id: item.collection.id } };
    if (item.phase) return { name: term(item.phase), to: `/?${PHASE_PARAM}=${encodeURIComponent(item.phase.code)}`, owner: null };
    return null;
  };
}

function FollowRow({ item, onRemoved }: { item: FollowItem; onRemoved: (name: string) => void }) {
  const { t } = useTranslation('follow');
  const formatDate = useDateFormat();
  const target = useFollowTarget()(item);
  const { unfollow, busy, problem } = useFollowActions();
  const name = target?.name ?? t('list.gone');
  return (
    <li className="card follow-list__item">
      <span className="follow-list__what">
        {target ? <Link to={target.to}>{target.name}</Link> : <span>{name}</span>}
        <span className="follow-list__since">{t('list.since', { date: formatDate(item.createdAt) })}</span>
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        // The row goes away: a double click's second click would land on the next row's button.
        onClick={onFirstClick(() => unfollow(item.id, target?.owner ?? null).then((outcome) => outcome === 'done' && onRemoved(name)))}
      >
        {t('button.unfollow')}
        <span className="visually-hidden"> – {name}</span>
      </button>
      {problem && (
        <p className="follow__problem" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

/** Every phase with its own button: follow the phases one works in. */
function PhaseChoice({ phases }: { phases: Phases }) {
  const { t } = useTranslation('follow');
  const term = useTermLabel();
  const follows = usePhaseFollows();
  const shown = phases.filter((phase) => !phase.hidden || follows?.has(phase.code));
  return (
    <section className="follow-page__group" aria-labelledby="volg-fasen">
      <h2 id="volg-fasen">{t('phases.title')}</h2>
      <p>{t('phases.lead')}</p>
      <ul className="follow-phases">
        {shown.map((phase) => (
          <li key={phase.code}>
            <PhaseFollowToggle code={phase.code} label={term(phase)} followId={follows ? (follows.get(phase.code) ?? null) : undefined} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Hoe vaak wil je mail?": three choices, saved with a button and confirmed. */
function FrequencyForm({ current }: { current: FollowFrequency }) {
  const { t } = useTranslation('follow');
  const [choice, setChoice] = useState<FollowFrequency>(current);
  const [saved, setSaved] = useState<FollowFrequency | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [save, { loading }] = useMutation(UpdateFollowSettingsMutation);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setSaved(null);
    setProblem(null);
    save({
      variables: { input: { frequency: choice } },
      update: (cache, { data: answer }) => {
        const settings = answer?.updateFollowSettings;
        if (settings) cache.modify({ id: 'ROOT_QUERY', fields: { myFollowSettings: () => ({ __typename: 'FollowSettings', ...settings }) } });
      },
    }).then(
      ({ data: answer }) => setSaved(answer?.updateFollowSettings.frequency ?? choice),
      (error: unknown) => setProblem(error),
    );
  };

  return (
    <section className="follow-page__group follow-frequency" aria-labelledby="volg-mail">
      <h2 id="volg-mail">{t('frequency.title')}</h2>
      <form onSubmit={submit}>
        <fieldset>
          <legend className="visually-hidden">{t('frequency.title')}</legend>
          {FREQUENCIES.map((frequency) => (
            <label key={frequency} className="follow-frequency__choice">
              <input type="radio" name="frequency" value={frequency} checked={choice === frequency} onChange={() => setChoice(frequency)} aria-describedby={`volg-mail-${frequency}`} />
              <span>{t(`frequency.${frequency}`)}</span>
              <span id={`volg-mail-${frequency}`} className="follow-frequency__hint">
                {t(`frequency.${frequency}_hint`)}
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('frequency.saving') : t('frequency.save')}
        </button>
      </form>
      <p role="status" className={saved ? 'notice notice--success' : undefined}>
        {saved ? t('frequency.saved', { choice: t(`frequency.${saved}`) }) : ''}
      </p>
      {problem !== null && <ErrorMessage error={problem} />}
    </section>
  );
}
