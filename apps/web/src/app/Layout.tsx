import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'nl' : 'en';
  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('skipToContent')}
      </a>
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
          </nav>
          <button
            type="button"
            className="language-switch"
            lang={other}
            aria-label={t('language.label')}
            onClick={() => void i18n.changeLanguage(other)}
          >
            {t('language.switchTo')}
          </button>
        </div>
      </header>
      <main id="inhoud" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
