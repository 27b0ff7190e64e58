import type { Role } from '#domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from './router';
import { useViewer } from './viewer';

/** The notice a page shows after RequireRole sent a person away (read from location.state). */
export type RedirectNotice = 'forbidden' | 'signedOut' | 'accountDeleted';

/**
 * Pages for members, curators or admins: a visitor goes to sign in (and comes back after);
 * someone without the role goes to the catalogue with a notice. The API refuses anyway.
 */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { t } = useTranslation();
  const { viewer, loading, can } = useViewer();
  const location = useLocation();
  if (loading) {
    return (
      <p className="page-loading" role="status">
        {t('loading')}
      </p>
    );
  }
  if (!viewer) {
    const back = location.pathname + location.search;
    return <Navigate to={`/inloggen?terug=${encodeURIComponent(back)}`} replace />;
  }
  if (!can(role)) return <Navigate to="/" replace state={{ notice: 'forbidden' satisfies RedirectNotice }} />;
  return <>{children}</>;
}

/** Only paths inside this site: no `//host`, no `https:`. */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
