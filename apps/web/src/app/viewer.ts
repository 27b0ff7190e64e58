import { useQuery } from '@apollo/client/react';
import { hasRole, type Role } from '#domain';
import { ViewerQuery } from '../features/account/graphql/account.documents';
import type { ViewerQuery as ViewerQueryResult } from '../features/account/graphql/account.generated';

export type Viewer = NonNullable<ViewerQueryResult['me']>;

/** Who is signed in (null for a visitor); one `me` query shared by every component through the cache. */
export function useViewer(): { viewer: Viewer | null; loading: boolean; can: (role: Role) => boolean } {
  const { data, loading } = useQuery(ViewerQuery);
  const viewer = data?.me ?? null;
  return { viewer, loading: loading && !data, can: (role) => viewer !== null && hasRole(viewer.role, role) };
}
