import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serverProblem } from '../../../app/errors';
import type { FollowInput } from '../../../generated/graphql';
import { FollowMutation, UnfollowMutation } from '../graphql/follow-button.documents';

/** What has a `viewerFollow` field: set at once when the member follows or unfollows it. */
// A type, not an interface: Apollo's StoreObject wants an index signature.
export type FollowOwner = {
  __typename: 'Instrument' | 'Collection';
  id: string;
};

/** Query.myFollows as relayStylePagination stores it. */
interface StoredFollows {
  edges: { __typename?: string; cursor: string; node: Reference }[];
  totalCount?: number;
  [key: string]: unknown;
}

/** A click while another is on its way is ignored. */
export type FollowOutcome = 'done' | 'failed' | 'ignored';

/**
 * A click handler that runs `action`, but not on the second click of a double click (`detail` 2 and
 * up; a key press has 0): that is not a new wish, even when it lands on the button the first one made
 * ("Volgen" becoming "Niet meer volgen").
 * By the click itself, not by a time since the change: a deliberate click soon after is kept.
 */
export const onFirstClick =
  (action: () => Promise<unknown>) =>
  (event: { detail: number }): void => {
    if (event.detail <= 1) void action();
  };

/**
 * Follow and unfollow, once at a time: a click while one is on its way does nothing (the API is
 * idempotent too). The cache changes with the answer: the owner's viewerFollow and every stored
 * page of myFollows, so the buttons and the follow list agree without asking again.
 */
export function useFollowActions() {
  const { t } = useTranslation('follow');
  const [followMutation] = useMutation(FollowMutation);
  const [unfollowMutation] = useMutation(UnfollowMutation);
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const run = useCallback(
    async (work: () => Promise<unknown>, failed: string): Promise<FollowOutcome> => {
      if (inFlight.current) return 'ignored';
      inFlight.current = true;
      setBusy(true);
      setProblem(null);
      try {
        await work();
        return 'done';
      } catch (error) {
        setProblem(problemText(error, failed, t));
        return 'failed';
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [t],
  );

  const follow = useCallback(
    (input: FollowInput) =>
      run(
        () =>
          followMutation({
            variables: { input },
            update: (cache, { data }) => {
              const saved = data?.follow;
              if (!saved) return;
              const owner: FollowOwner | null = saved.instrument
                ? { __typename: 'Instrument', id: saved.instrument.id }
                : saved.collection
                  ? { __typename: 'Collection', id: saved.collection.id }
                  : null;
              if (owner) setViewerFollow(cache, owner, saved.id);
              addToLists(cache, saved.id);
            },
          }),
        t('button.failed'),
      ),
    [run, followMutation, t],
  );

  const unfollow = useCallback(
    (id: string, owner: FollowOwner | null) =>
      run(
        () =>
          unfollowMutation({
            variables: { input: { id } },
            update: (cache) => {
              if (owner) setViewerFollow(cache, owner, null);
              removeFromLists(cache, id);
              cache.evict({ id: cache.identify({ __typename: 'Follow', id }) });
              cache.gc();
            },
          }),
        t('button.unfollowFailed'),
      ),
    [run, unfollowMutation, t],
  );

  return { follow, unfollow, busy, problem };
}

function problemText(error: unknown, failed: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const problem = serverProblem(error);
  if (!problem) return t('errors.NETWORK', { ns: 'app' });
  if (problem.extensions.reason === 'EMAIL_NOT_VERIFIED') return t('button.notVerified');
  if (problem.code === 'NOT_FOUND') return t('button.gone');
  if (problem.code === 'UNAUTHENTICATED' || problem.code === 'TOO_MANY_REQUESTS') return t(`errors.${problem.code}`, { ns: 'app' });
  return failed;
}

function setViewerFollow(cache: ApolloCache, owner: FollowOwner, followId: string | null) {
  cache.modify({
    id: cache.identify(owner),
    fields: {
      viewerFollow: (_existing, { toReference }) => (followId ? (toReference({ __typename: 'Follow', id: followId }) ?? null) : null),
    },
  });
}

function addToLists(cache: ApolloCache, followId: string) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      myFollows: (existing, { readField, toReference }) => {
        const stored = existing as StoredFollows | undefined;
        const node = toReference({ __typename: 'Follow', id: followId });
        // Following again answers the existing follow: it is listed already.
        if (!stored?.edges || !node || stored.edges.some((edge) => readField<string>('id', edge.node) === followId)) return existing;
        return { ...stored, edges: [{ __typename: 'FollowEdge', cursor: '', node }, ...stored.edges], totalCount: (stored.totalCount ?? 0) + 1 };
      },
    },
  });
}

function removeFromLists(cache: ApolloCache, followId: string) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      myFollows: (existing, { readField }) => {
        const stored = existing as StoredFollows | undefined;
        if (!stored?.edges) return existing;
        const edges = stored.edges.filter((edge) => readField<string>('id', edge.node) !== followId);
        const removed = stored.edges.length - edges.length;
        return removed ? { ...stored, edges, totalCount: Math.max(0, (stored.totalCount ?? 0) - removed) } : existing;
      },
    },
  });
}
