import { useQuery } from '@apollo/client/react';
import { useViewer } from '../../../app/viewer';
import { InstrumentContactQuery } from '../graphql/instrument.documents';

/**
 * The contact's e-mail address as the API allows it: signed-in members (any role) read it; for a
 * visitor it is `signInFirst`, and the address is not asked for (the API would refuse the query).
 */
export function useContactEmail(slug: string): { email: string | null; signInFirst: boolean } {
  const { viewer, loading, can } = useViewer();
  const member = !!viewer && can('MEMBER');
  const { data } = useQuery(InstrumentContactQuery, { variables: { slug }, skip: !member });
  return { email: member ? (data?.instrument?.contactEmail ?? null) : null, signInFirst: !loading && !member };
}
