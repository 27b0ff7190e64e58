import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addMessages } from '../../../app/i18n';
import { Link, useLocation } from '../../../app/router';
import { useViewer } from '../../../app/viewer';
import type { FollowInput } from '../../../generated/graphql';
import { CollectionFollowQuery, InstrumentFollowQuery, MyPhaseFollowsQuery } from '../graphql/follow-button.documents';
import { onFirstClick, useFollowActions, type FollowOwner } from '../hooks/useFollowActions';
import { followButtonMessages } from '../i18n';
import '../following.css';

// The catalogue route is not a lazy page: the buttons bring their own (few) words.
addMessages('follow', followButtonMessages);

interface FollowButtonProps {
  input: FollowInput;
  /** The viewer's follow of it; undefined while that is not known yet. */
  followId: string | null | undefined;
  owner: FollowOwner | null;
  /** What is followed, for the name of "Niet meer volgen". */
  name: string;
  /** For a phase: its label ("Volg de fase Evalueren"). */
  phase?: string;
  /** Says what following brings (left out where a list of buttons would repeat it). */
  hint?: boolean;
}

/**
 * "Volgen", or "Je volgt dit ✓" with "Niet meer volgen", for someone signed in. After a change
 * the focus goes to the button that replaced the clicked one.
 */
export function FollowButton({ input, followId, owner, name, phase, hint = true }: FollowButtonProps) {
  const { t } = useTranslation('follow');
  const { follow, unfollow, busy, problem } = useFollowActions();
  const control = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);
  const following = !!followId;

  // A disabled button takes no focus: wait until the answer is in.
  useEffect(() => {
    if (!moveFocus.current || busy) return;
    moveFocus.current = false;
    control.current?.focus();
  }, [following, busy]);

  // The cache (and so `following`) changes before the mutation's promise settles: ask for the
  // focus first, and take the wish back if it failed.
  const act = async () => {
    moveFocus.current = true;
    const outcome = followId ? await unfollow(followId, owner) : await follow(input);
    if (outcome === 'failed') moveFocus.current = false;
  };

  return (
    <div className="follow">
      <span className="follow__state" role="status">
        {following ? (phase ? t('button.followingPhase', { phase }) : t('button.following')) : ''}
      </span>
      {following ? (
        <button ref={control} type="button" className="button button--secondary follow__button" disabled={busy} onClick={onFirstClick(act)}>
          {t('button.unfollow')}
          <span className="visually-hidden"> – {name}</span>
        </button>
      ) : (
        <button
          ref={control}
          type="button"
          className="button follow__button"
          disabled={busy || followId === undefined}
          aria-busy={busy || undefined}
          onClick={onFirstClick(act)}
        >
          {phase ? t('button.followPhase', { phase }) : t('button.follow')}
        </button>
      )}
      {hint && !following && <span className="follow__hint">{t('button.hint')}</span>}
      {problem && (
        <p className="follow__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** For a visitor: a real link to sign in that comes back to this page. */
function SignInToFollow({ phase }: { phase?: string }) {
  const { t } = useTranslation('follow');
  const location = useLocation();
  return (
    <div className="follow">
      <Link className="button button--secondary follow__button" to={`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`}>
        {phase ? t('button.signInPhase', { phase }) : t('button.signIn')}
      </Link>
    </div>
  );
}

/**
 * The follow button of an instrument. Server-rendered pages are a visitor's: the viewer is known
 * (null) in the HTML's cache, so hydration renders the same link and asks nothing; the viewer's
 * own follow is asked only when someone is signed in (they get the client-rendered app).
 */
export function InstrumentFollowButton({ slug, title }: { slug: string; title: string }) {
  const { viewer, loading } = useViewer();
  const { data } = useQuery(InstrumentFollowQuery, { variables: { slug }, skip: !viewer, fetchPolicy: 'cache-and-network' });
  if (loading) return null;
  if (!viewer) return <SignInToFollow />;
  const instrument = data?.instrument;
  if (data && !instrument) return null;
  return (
    <FollowButton
      input={{ instrumentId: instrument?.id }}
      followId={instrument ? (instrument.viewerFollow?.id ?? null) : undefined}
      owner={instrument ? { __typename: 'Instrument', id: instrument.id } : null}
      name={title}
    />
  );
}

/** The follow button of a starter kit (following a kit is following the instruments in it). */
export function CollectionFollowButton({ slug, title }: { slug: string; title: string }) {
  const { viewer, loading } = useViewer();
  const { data } = useQuery(CollectionFollowQuery, { variables: { slug }, skip: !viewer, fetchPolicy: 'cache-and-network' });
  if (loading) return null;
  if (!viewer) return <SignInToFollow />;
  const kit = data?.collection;
  if (data && !kit) return null;
  return (
    <FollowButton
      input={{ collectionId: kit?.id }}
      followId={kit ? (kit.viewerFollow?.id ?? null) : undefined}
      owner={kit ? { __typename: 'Collection', id: kit.id } : null}
      name={title}
    />
  );
}

/** The member's follows of phases, by phase code (undefined while not known). */
export function usePhaseFollows(skip = false): Map<string, string> | undefined {
  const { data } = useQuery(MyPhaseFollowsQuery, { skip, fetchPolicy: 'cache-and-network' });
  if (!data) return undefined;
  return new Map(data.myFollows.edges.flatMap(({ node }) => (node.kind === 'PHASE' && node.phase ? [[node.phase.code, node.id] as const] : [])));
}

/** "Volg de fase Evalueren": a phase has no viewerFollow, so the member's follows say it. */
export function PhaseFollowButton({ code, label }: { code: string; label: string }) {
  const { viewer, loading } = useViewer();
  const follows = usePhaseFollows(!viewer);
  if (loading) return null;
  if (!viewer) return <SignInToFollow phase={label} />;
  return <PhaseFollowToggle code={code} label={label} followId={follows ? (follows.get(code) ?? null) : undefined} />;
}

/** A phase's button when its follow is known from a list the caller already has. */
export function PhaseFollowToggle({ code, label, followId }: { code: string; label: string; followId: string | null | undefined }) {
  return <FollowButton input={{ phaseCode: code }} followId={followId} owner={null} name={label} phase={label} hint={false} />;
}
