import { createContext, useContext } from 'react';

/** What a server render answers besides its HTML (entry-server.tsx provides it; the browser has none). */
export interface ServerResponse {
  status: number;
}

export const ServerResponseContext = createContext<ServerResponse | null>(null);

/** A page that shows "not found" makes the server's answer a 404. */
export function useNotFoundStatus(notFound: boolean): void {
  const response = useContext(ServerResponseContext);
  if (response && notFound) response.status = 404;
}
