import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from '../../../app/router';

/** What a curator just did that brought them to the instrument page. */
export type InstrumentNoticeKind = 'saved' | 'created';

/** The navigation state that makes the instrument page open with this message. */
export function instrumentNoticeState(kind: InstrumentNoticeKind): { instrumentNotice: InstrumentNoticeKind } {
  return { instrumentNotice: kind };
}

/**
 * A success banner (GOV.UK's notification banner) for what just happened, read from the navigation
 * state once: the page opens at the top with the banner focused, so a screen reader reads it and
 * nobody lands at the bottom where the form's button was. The state is then cleared, so reloading
 * or coming back does not say it again.
 */
export function InstrumentNotice({ slug }: { slug: string }) {
  const { t } = useTranslation('instrument');
  const location = useLocation();
  const navigate = useNavigate();
  const titleId = useId();
  const banner = useRef<HTMLDivElement>(null);
  const arrived = (location.state as { instrumentNotice?: InstrumentNoticeKind } | null)?.instrumentNotice ?? null;
  // Kept per instrument: the page component stays mounted when it moves to another instrument.
  const [notice, setNotice] = useState<{ slug: string; kind: InstrumentNoticeKind } | null>(arrived ? { slug, kind: arrived } : null);

  useEffect(() => {
    if (!arrived) return;
    setNotice({ slug, kind: arrived });
    window.scrollTo(0, 0);
    banner.current?.focus({ preventScroll: true });
    void navigate(location.pathname + location.search, { replace: true, state: null });
  }, [arrived, slug, navigate, location.pathname, location.search]);

  if (!notice || notice.slug !== slug) return null;
  return (
    <div ref={banner} className="notification-banner" role="status" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="notification-banner__title">
        {t('notice.title')}
      </h2>
      <p className="notification-banner__heading">{t(`notice.${notice.kind}`)}</p>
    </div>
  );
}
