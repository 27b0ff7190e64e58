import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from '../../../app/router';
import { useViewer } from '../../../app/viewer';

// Only members who have not confirmed their address need the button; the catalogue's first download does not carry it.
const ResendVerificationButton = lazy(() => import('./ResendVerificationButton').then((m) => ({ default: m.ResendVerificationButton })));

/** For a signed-in member whose address is not confirmed: why rating and proposing wait, and "stuur opnieuw". */
export function VerifyEmailNotice() {
  const { t } = useTranslation('account');
  const { viewer } = useViewer();
  const { pathname } = useLocation();
  if (!viewer || viewer.emailVerified !== false || pathname === '/e-mail-bevestigen') return null;
  return (
    <div className="notice verify-notice">
      <p>{t('verify.text')}</p>
      <p>
        <Suspense fallback={null}>
          <ResendVerificationButton />
        </Suspense>
      </p>
    </div>
  );
}
