import type { ReactNode } from 'react';
import { Link, useLocation } from '../../../app/router';

/** A link to sign in that comes back to this page afterwards. */
export function SignInLink({ children }: { children: ReactNode }) {
  const location = useLocation();
  return <Link to={`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`}>{children}</Link>;
}
