import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from '../../../app/router';

/**
 * A real link to the catalogue, which goes back in the browser history instead when the visitor
 * came from inside the app: that keeps the catalogue's filters, search and scroll position.
 */
export function BackToCatalogue() {
  const { t } = useTranslation('instrument');
  const navigate = useNavigate();
  const location = useLocation();
  // The first page of a visit has the key 'default' (app/router.tsx): then there is nothing to go back to.
  const cameFromApp = location.key !== 'default';

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    // Leave new-tab and new-window clicks to the browser.
    if (!cameFromApp || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(-1);
  }

  return (
    <p className="instrument__back">
      <Link to="/" onClick={onClick}>
        {t('back')}
      </Link>
    </p>
  );
}
