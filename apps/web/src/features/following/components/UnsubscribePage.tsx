import { FOLLOW_PATHS, UNSUBSCRIBED_PARAM } from '#domain';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { serverProblem } from '../../../app/errors';
import { Link, useSearchParams } from '../../../app/router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useViewer } from '../../../app/viewer';
import { UnsubscribeMutation, UnsubscribePreviewQuery } from '../graphql/following.documents';
import '../following.css';

interface Preview {
  kind: string;
  label: string;
}

/** A forged, altered or cut-off token: the API says TOKEN_INVALID (a BAD_USER_INPUT). */
function tokenInvalid(error: unknown): boolean {
  const problem = serverProblem(error);
  return problem?.extensions.reason === 'TOKEN_INVALID' || problem?.code === 'BAD_USER_INPUT';
}

/**
 * `/afmelden?token=…`, the page a follow mail links to; no sign-in needed. It says what the link
 * ends and asks for one click. The button is a real form that posts to the API's one-click route
 * (RFC 8058's body), so it works without JavaScript; with it, the `unsubscribe` mutation does the
 * same and the page says so in place.
 */
export function UnsubscribePage() {
  const { t } = useTranslation('follow');
  useDocumentTitle(t('unsubscribe.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  // Back from the API after the form was posted without JavaScript: the follow has ended.
  const postedWithoutScript = params.get(UNSUBSCRIBED_PARAM) === '1';
  const { viewer } = useViewer();
  const client = useApolloClient();
  // Cache-first: the server-rendered answer hydrates the page as it was rendered (network-only would ask again and show "loading" first).
  const preview = useQuery(UnsubscribePreviewQuery, { variables: { token }, skip: !token });
  const [unsubscribe, { loading }] = useMutation(UnsubscribeMutation);
  const [done, setDone] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const result = useRef<HTMLDivElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    unsubscribe({ variables: { input: { token } } }).then(
      ({ data }) => {
        if (!data) return;
        // What a signed-in member's pages know of their follows is out of date now.
        client.cache.modify({ id: 'ROOT_QUERY', fields: { myFollows: (_, { DELETE }) => DELETE, myFollowSettings: (_, { DELETE }) => DELETE } });
        setDone(data.unsubscribe);
        requestAnimationFrame(() => result.current?.focus());
      },
      (error: unknown) => setProblem(error),
    );
  };

  // A digest's link ends every follow mail; its label is the (masked) address they go to.
  const what = (answer: Preview, prefix: 'ask' | '') =>
    answer.kind === 'all'
      ? [t(prefix ? 'unsubscribe.askAll' : 'unsubscribe.all'), answer.label && t('unsubscribe.address', { label: answer.label })].filter(Boolean).join(' ')
      : t(prefix ? 'unsubscribe.askFollow' : 'unsubscribe.follow', { label: answer.label });
  // A forged or cut-off link: the preview is null (the mutation would refuse it too).
  const invalid = !token || preview.data?.unsubscribePreview === null || tokenInvalid(preview.error) || tokenInvalid(problem);
  const ended = done ?? (postedWithoutScript ? (preview.data?.unsubscribePreview ?? null) : null);

  let body;
  if (ended && !invalid) {
    body = (
      <div ref={result} tabIndex={-1} className="notice notice--success" role="status">
        <p>
          <strong>{t('unsubscribe.done')}</strong> {what(ended, '')}
        </p>
      </div>
    );
  } else if (invalid) {
    body = (
      <div className="notice notice--error" role="alert">
        <p>{t('unsubscribe.invalid')}</p>
      </div>
    );
  } else if (preview.error) {
    body = <ErrorMessage error={preview.error} onRetry={() => void preview.refetch().catch(() => undefined)} />;
  } else if (!preview.data?.unsubscribePreview) {
    body = (
      <p className="page-loading" role="status">
        {t('unsubscribe.loading')}
      </p>
    );
  } else {
    body = (
      <>
        <p>{what(preview.data.unsubscribePreview, 'ask')}</p>
        <form method="post" action={`${FOLLOW_PATHS.unsubscribeApi}?token=${encodeURIComponent(token)}`} onSubmit={submit}>
          {/* The body of an RFC 8058 one-click unsubscribe, for a browser without JavaScript. */}
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('unsubscribe.busy') : t('unsubscribe.button')}
          </button>
        </form>
        {problem !== null && (
          <div className="notice notice--error" role="alert">
            <p>{t('unsubscribe.failed')}</p>
          </div>
        )}
      </>
    );
  }

  return (
    <div className="page follow-page">
      <h1>{t('unsubscribe.title')}</h1>
      {body}
      {(ended || invalid) && (
        <p className="follow-links">
          {viewer ? (
            <Link to={FOLLOW_PATHS.list}>{t('unsubscribe.myFollows')}</Link>
          ) : (
            // A broken link can still be made up for on the list, after signing in.
            invalid && <Link to={`/inloggen?terug=${encodeURIComponent(FOLLOW_PATHS.list)}`}>{t('unsubscribe.signIn')}</Link>
          )}
          <Link to="/">{t('unsubscribe.catalogue')}</Link>
        </p>
      )}
    </div>
  );
}
