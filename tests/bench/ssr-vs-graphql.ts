/**
 * A server-rendered catalogue page against its GraphQL answers, for the same varied questions
 * (W11's questionStream): one run asks the page `/?q=…&fase=…&sortering=…`, the other the two
 * operations the page's data costs (first page and facets, as Apollo Client sends them). Compares
 * questions answered per second and latency. Against a running API:
 *   node dist/tests/bench/ssr-vs-graphql.js http://localhost:3000 [seconds] [connections]
 * With ANONYMOUS_READ_CACHE=false on the API for the cold path.
 */
import autocannon, { type Request, type Result } from 'autocannon';
import type { CatalogueFacet } from '#domain';
import { DOMAIN_FACET_CODES, facetVariables, listVariables, pageUrl, questionStream, webBody, webOperation, type FacetCodes } from './questions.js';

const [base = 'http://localhost:3000', secondsArg = '20', connectionsArg = '8'] = process.argv.slice(2);
const seconds = Number(secondsArg);
const connections = Number(connectionsArg);

/** The reference vocabularies' codes, from the API (the fixed ones from libs/domain). */
async function facetCodes(): Promise<FacetCodes> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ instrumentFacets { name values { code } } }' }),
  });
  const { data } = (await response.json()) as { data: { instrumentFacets: { name: CatalogueFacet; values: { code: string }[] }[] } };
  const codes = Object.fromEntries(data.instrumentFacets.map((f) => [f.name, f.values.map((v) => v.code)])) as FacetCodes;
  return { ...codes, ...DOMAIN_FACET_CODES };
}

function run(requests: Request[]): Promise<Result> {
  let next = 0;
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 30,
        requests: [{ ...requests[0], setupRequest: (request) => ({ ...request, ...requests[next++ % requests.length] }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

const questions = questionStream(await facetCodes(), 11, 2_000);
const [list, facets] = await Promise.all([webOperation('CatalogueInstruments'), webOperation('CatalogueFacets')]);
const json = { 'content-type': 'application/json', accept: 'application/json' };
const graphql = questions.flatMap((q) => [
  { method: 'POST', path: '/graphql', headers: json, body: webBody(list, listVariables(q)) },
  { method: 'POST', path: '/graphql', headers: json, body: webBody(facets, facetVariables(q)) },
]);
const pages = questions.map((q) => ({ method: 'GET', path: pageUrl(q), headers: { accept: 'text/html' } }));

const answers = await run(graphql);
const rendered = await run(pages);
const row = (name: string, result: Result, perQuestion: number) =>
  `| ${name} | ${(result.requests.average / perQuestion).toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors + result.non2xx} |`;
console.log(`${connections} connections, ${seconds} s each, ${questions.length} questions (seed 11), ${base}\n`);
console.log('| run | questions/s | p50 ms (per request) | p99 ms | errors or non-2xx |');
console.log('|---|---|---|---|---|');
console.log(row('GraphQL: list + facets (2 requests a question)', answers, 2));
console.log(row('server-rendered catalogue page', rendered, 1));
console.log(`\nA page costs ${((answers.requests.average / 2) / rendered.requests.average).toFixed(2)}x its GraphQL answers (questions per second).`);
