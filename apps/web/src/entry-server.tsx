import { ApolloLink, type ApolloClient, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { print } from '@apollo/client/utilities';
import type { FormattedExecutionResult } from 'graphql';
import { prerenderToNodeStream } from 'react-dom/static';
import { I18nextProvider } from 'react-i18next';
import { Observable } from 'rxjs';
import { Router } from 'wouter';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import i18n from './app/i18n';
import { ServerResponseContext, type ServerResponse } from './app/serverResponse';
import { SiteOrigin } from './app/siteOrigin';
import { ViewerQuery } from './features/account/graphql/account.documents';
import { catalogueOperations } from './features/catalogue/preload';
import { CollectionsQuery } from './features/collections/graphql/collections.documents';

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

/**
 * The app's i18next instance as seen through an object with no properties of its own. Every
 * useTranslation copies the instance's own properties into a wrapper when it is first used by a
 * component (react-i18next 17, createI18nWrapper); in the browser that happens once per component,
 * but a server render mounts every component afresh in each pass, and the instance's dozens of
 * bound methods made that copy the largest single cost of a catalogue page (about a sixth of its
 * render). Reads fall through to the instance; the server never switches the language.
 */
const serverI18n = Object.create(i18n) as typeof i18n;

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
 * Asks one query and writes its answer into the cache as the query's own result would be written.
 * Not `client.query`: that also reads the whole answer back out of the cache, which the render
 * does anyway. An answer with errors is not written: the page's own query asks again and shows them.
 */
async function prefetch<Data, Variables extends OperationVariables>(
  client: ApolloClient,
  execute: ServerRenderRequest['execute'],
  { query, variables }: { query: TypedDocumentNode<Data, Variables>; variables: Variables },
): Promise<void> {
  // The document as Apollo Client sends it (with __typename), so the answer normalises alike.
  const document = client.documentTransform.transformDocument(query);
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  const result = await execute({ query: print(document), variables, operationName: operation?.name?.value ?? null });
  if (result.data && !result.errors?.length) client.writeQuery({ query, variables, data: result.data as Data });
}

/**
 * What a page will ask, asked before it renders, so that its first render pass finds every answer
 * and is the only one: the catalogue's list, facets and starter kits (the documents and variables
 * the page itself uses; main.tsx preloads the same two). A visitor is never signed in (the API
 * renders only without a session cookie), so `me` is known without asking.
 */
async function preload(client: ApolloClient, execute: ServerRenderRequest['execute'], pathname: string, search: string): Promise<void> {
  client.writeQuery({ query: ViewerQuery, data: { me: null } });
  if (pathname !== '/') return;
  const { list, facets } = catalogueOperations(search);
  await Promise.allSettled([prefetch(client, execute, list), prefetch(client, execute, facets), prefetch(client, execute, { query: CollectionsQuery, variables: {} })]);
}

/** Whether every query the last render pass started has its answer (or its error): then that pass is the page. */
function everyQueryAnswered(client: ApolloClient): boolean {
  for (const query of client.getObservableQueries('all')) if (query.getCurrentResult().loading) return false;
  return true;
}

/**
 * Renders one public page for a visitor, from the same components as the browser: Apollo's
 * prerenderStatic renders until every query the page asks has its answer (lazy pages included),
 * and the cache travels with the HTML so that the browser's hydration asks nothing again.
 * prerenderStatic renders once more after any pass that started a query, even one the cache
 * answered; a pass that left nothing to wait for ends the render instead (through its signal).
 */
export async function render({ url, origin, execute }: ServerRenderRequest): Promise<ServerRender> {
  const client = createApolloClient({ link: executeLink(execute), ssrMode: true });
  const response: ServerResponse = { status: 200 };
  const [path = '/', search = ''] = url.split('?', 2);
  await preload(client, execute, path, search);
  const complete = new AbortController();
  const { result } = await prerenderStatic({
    tree: (
      <ServerResponseContext value={response}>
        <SiteOrigin value={origin}>
          <I18nextProvider i18n={serverI18n}>
            <Router ssrPath={path} ssrSearch={search}>
              <App client={client} />
            </Router>
          </I18nextProvider>
        </SiteOrigin>
      </ServerResponseContext>
    ),
    // One piece: React outlines a large boundary (over progressiveChunkSize) into a hidden element
    // that an inline script moves in, which CSP forbids and a browser without JavaScript never does.
    renderFunction: async (tree) => {
      const rendered = await prerenderToNodeStream(tree, { progressiveChunkSize: Number.POSITIVE_INFINITY });
      if (everyQueryAnswered(client)) complete.abort();
      return rendered;
    },
    signal: complete.signal,
    maxRerenders: 5,
  });
  const { head, body } = splitHead(result);
  const state = JSON.stringify(client.extract()).replace(/</g, '\\u003c');
  client.stop();
  return { status: response.status, head, body, state };
}
