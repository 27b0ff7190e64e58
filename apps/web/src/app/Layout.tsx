import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from './router';
import { AccountMenu } from '../features/account/components/AccountMenu';
import { changeLanguage } from './i18n';
import type { RedirectNotice } from './RequireRole';
import { AwaitingReviewQuery } from './shell.documents';
import { useViewer } from './viewer';

/** Where RequireRole or sign-out sent the person, said once at the top of the next page. */
function SiteNotice() {
  const { t } = useTranslation('account');
  const location = useLocation();
  const navigate = useNavigate();
  const notice = (location.state as { notice?: RedirectNotice } | null)?.notice;
  if (!notice) return null;
  return (
    <div className={notice === 'forbidden' ? 'notice notice--error site-notice' : 'notice site-notice'} role="status">
      <p>{t(`notice.${notice}`)}</p>
      <button
        type="button"
        className="button button--link"
        onClick={() => void navigate(location.pathname + location.search, { replace: true, state: null })}
      >
        {t('notice.close')}
      </button>
    </div>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  const { can } = useViewer();
  const isCurator = can('CURATOR');
  const awaiting = useQuery(AwaitingReviewQuery, { skip: !isCurator, fetchPolicy: 'cache-and-network' }).data?.proposalsAwaitingReview ?? 0;
  // The catalogue's first result is dozens of Tabs away (search, every filter): a second skip link.
  const onCatalogue = useLocation().pathname === '/';
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('skipToContent')}
      </a>
      {onCatalogue && (
        <a className="skip-link" href="#results-heading">
          {t('skipToResults')}
        </a>
      )}
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              NLC
            </span>
            <span className="brand__text">
              <span className="brand__name">{t('siteName')}</span>
              <span className="brand__network">{t('network')}</span>
            </span>
          </NavLink>
          <nav aria-label={t('nav.label')} className="site-nav">
            <NavLink to="/" end>
              {t('nav.catalogue')}
            </NavLink>
            <NavLink to="/overzicht">{t('nav.overview')}</NavLink>
            {can('MEMBER') && <NavLink to="/voorstellen">{t('nav.proposals')}</NavLink>}
            {isCurator && (
              <NavLink to="/beheer">
                {t('nav.curation')}
                {awaiting > 0 && (
                  <span className="nav-badge" aria-label={t('nav.awaiting', { count: awaiting })}>
                    {awaiting}
                  </span>
                )}
              </NavLink>
            )}
          </nav>
          <button
            type="button"
            className="language-switch"
            lang={other}
            aria-label={t('language.label')}
            onClick={() => void changeLanguage(other)}
          >
            {/* The other language's short code; its full name is the button's accessible name. */}
            <abbr title={t('language.switchTo')}>{other.toUpperCase()}</abbr>
          </button>
          <AccountMenu />
        </div>
      </header>
      <main id="inhoud" className="site-main" tabIndex={-1}>
        <SiteNotice />
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
