import { FOLLOW_PATHS, ROLE_LABELS } from '#domain';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from '../../../app/router';
import type { RedirectNotice } from '../../../app/RequireRole';
import { useViewer } from '../../../app/viewer';
import { SignOutMutation } from '../graphql/account.documents';

/** Sign in / create account for visitors; name and role (a link to Mijn account) and sign out for members. */
export function AccountMenu() {
  const { t, i18n } = useTranslation('account');
  const { viewer, loading } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [signOut, { loading: signingOut }] = useMutation(SignOutMutation);

  if (loading) return null;
  if (!viewer) {
    const back = location.pathname.startsWith('/inloggen') || location.pathname.startsWith('/registreren') ? '' : `?terug=${encodeURIComponent(location.pathname + location.search)}`;
    return (
      <div className="account-menu">
        <Link className="button button--on-dark" to={`/inloggen${back}`}>
          {t('menu.signIn')}
        </Link>
      </div>
    );
  }
  const role = ROLE_LABELS[viewer.role][i18n.language === 'en' ? 'en' : 'nl'];
  return (
    <div className="account-menu">
      {/* Stacked, so the header keeps one row on a phone. */}
      <span className="account-menu__links">
        <Link className="account-menu__name" to="/mijn-account">
          {t('menu.signedInAs', { name: viewer.displayName, role })}
          <span className="visually-hidden"> – {t('menu.myAccount')}</span>
        </Link>
        <Link className="account-menu__link" to={FOLLOW_PATHS.list}>
          {t('menu.myFollows')}
        </Link>
      </span>
      <button
        type="button"
        className="button button--on-dark"
        disabled={signingOut}
        onClick={async () => {
          await signOut();
          await client.resetStore();
          void navigate('/', { state: { notice: 'signedOut' satisfies RedirectNotice } });
        }}
      >
        {t('menu.signOut')}
      </button>
    </div>
  );
}
