import { ApolloLink } from '@apollo/client';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { print, type FormattedExecutionResult } from 'graphql';
import { prerenderToNodeStream } from 'react-dom/static';
import { Observable } from 'rxjs';
import { Router } from 'wouter';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import { ServerResponseContext, type ServerResponse } from './app/serverResponse';
import { SiteOrigin } from './app/siteOrigin';

/** One GraphQL operation, as the API executes it in its own process (apps/api/src/ssr). */
export interface ServerOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
}

export interface ServerRenderRequest {
  /** The page's path with its query string, e.g. `/?fase=EVALUATE&q=rubric`. */
  url: string;
  /** The site's public origin (APP_URL), for canonical and sharing links. */
  origin: string;
  execute(operation: ServerOperation): Promise<FormattedExecutionResult>;
}

export interface ServerRender {
  status: number;
  /** Elements the pages hoist into `<head>` (React 19 puts them first in a non-document render). */
  head: string;
  /** The app's markup, for inside `<div id="root">`. */
  body: string;
  /** The Apollo cache the page was rendered with, as JSON safe inside a script element (no `<`). */
  state: string;
}

/** An Apollo link that hands every operation to the API in the same process (no HTTP to itself). */
function executeLink(execute: ServerRenderRequest['execute']): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable<FormattedExecutionResult>((observer) => {
        execute({ query: print(operation.query), variables: operation.variables, operationName: operation.operationName ?? null }).then(
          (result) => {
            observer.next(result);
            observer.complete();
          },
          (error: unknown) => observer.error(error),
        );
      }),
  );
}

// A hoistable element at the start of the markup: <title>…</title>, <meta …>, <link …>, JSON-LD.
const HOISTED = /^(?:<title[^>]*>[\s\S]*?<\/title>|<meta\b[^>]*\/?>|<link\b[^>]*\/?>|<script type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>)/;

/** Splits React's hoisted head elements off the front of a non-document render. */
function splitHead(markup: string): { head: string; body: string } {
  let rest = markup;
  let head = '';
  for (let match = HOISTED.exec(rest); match; match = HOISTED.exec(rest)) {
    head += match[0];
    rest = rest.slice(match[0].length);
  }
  return { head, body: rest };
}

/**
 * Renders one public page for a visitor, from the same components as the browser: Apollo's
 * prerenderStatic renders until every query the page asks has its answer (lazy pages included),
 * and the cache travels with the HTML so that the browser's hydration asks nothing again.
 */
export async function render({ url, origin, execute }: ServerRenderRequest): Promise<ServerRender> {
  const client = createApolloClient({ link: executeLink(execute), ssrMode: true });
  const response: ServerResponse = { status: 200 };
  const [path, search = ''] = url.split('?', 2);
  const { result } = await prerenderStatic({
    tree: (
      <ServerResponseContext value={response}>
        <SiteOrigin value={origin}>
          <Router ssrPath={path} ssrSearch={search}>
            <App client={client} />
          </Router>
        </SiteOrigin>
      </ServerResponseContext>
    ),
    // One piece: React outlines a large boundary (over progressiveChunkSize) into a hidden element
    // that an inline script moves in, which CSP forbids and a browser without JavaScript never does.
    renderFunction: (tree) => prerenderToNodeStream(tree, { progressiveChunkSize: Number.POSITIVE_INFINITY }),
    maxRerenders: 5,
  });
  const { head, body } = splitHead(result);
  const state = JSON.stringify(client.extract()).replace(/</g, '\\u003c');
  client.stop();
  return { status: response.status, head, body, state };
}
