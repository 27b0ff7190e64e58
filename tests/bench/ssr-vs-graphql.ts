/**
 * A server-rendered catalogue page against its GraphQL answers, for the same varied questions
 * (W11's questionStream): one run asks the page `/?q=…&fase=…&sortering=…`, the other the three
 * operations the page's data costs, as Apollo Client sends them: first page and facets for the
 * question, and the starter kits the page lists (the same for every question; the server render
 * asks all three too, entry-server.tsx preload). Compares questions answered per second and latency. Against a running API:
 *   node dist/tests/bench/ssr-vs-graphql.js http://localhost:3000 [seconds] [connections] [rounds]
 * With ANONYMOUS_READ_CACHE=false on the API for the cold path. With rounds > 1 the two runs take
 * turns in windows of seconds/rounds (each continuing its stream), so that load from elsewhere on a
 * shared machine falls on both alike; the figures are totals over the windows.
 */
import autocannon, { type Request, type Result } from 'autocannon';
import type { CatalogueFacet } from '#domain';
import { DOMAIN_FACET_CODES, facetVariables, listVariables, pageUrl, questionStream, webBody, webOperation, type FacetCodes } from './questions.js';

const [base = 'http://localhost:3000', secondsArg = '20', connectionsArg = '8', roundsArg = '1'] = process.argv.slice(2);
const seconds = Number(secondsArg);
const connections = Number(connectionsArg);
const rounds = Number(roundsArg);

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

interface Stream {
  requests: Request[];
  next: number;
}

function run(stream: Stream, duration: number): Promise<Result> {
  const { requests } = stream;
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: base,
        connections,
        duration,
        timeout: 30,
        requests: [{ ...requests[0], setupRequest: (request) => ({ ...request, ...requests[stream.next++ % requests.length] }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

const questions = questionStream(await facetCodes(), 11, 2_000);
const [list, facets, kits] = await Promise.all([webOperation('CatalogueInstruments'), webOperation('CatalogueFacets'), webOperation('Collections')]);
const json = { 'content-type': 'application/json', accept: 'application/json' };
const graphql = questions.flatMap((q) => [
  { method: 'POST', path: '/graphql', headers: json, body: webBody(list, listVariables(q)) },
  { method: 'POST', path: '/graphql', headers: json, body: webBody(facets, facetVariables(q)) },
  { method: 'POST', path: '/graphql', headers: json, body: webBody(kits, {}) },
]);
/** GraphQL requests per question. */
const ANSWERS = 3;
const pages = questions.map((q) => ({ method: 'GET', path: pageUrl(q), headers: { accept: 'text/html' } }));

/** Totals over the windows: questions per second, and the last window's latencies (autocannon keeps no samples). */
interface Totals {
  requests: number;
  seconds: number;
  p50: number[];
  p99: number[];
  failed: number;
}
const total = (): Totals => ({ requests: 0, seconds: 0, p50: [], p99: [], failed: 0 });
const add = (totals: Totals, result: Result) => {
  totals.requests += result.requests.total;
  totals.seconds += result.duration;
  totals.p50.push(result.latency.p50);
  totals.p99.push(result.latency.p99);
  totals.failed += result.errors + result.non2xx;
};
const streams = { graphql: { requests: graphql, next: 0 }, pages: { requests: pages, next: 0 } };
const answers = total();
const rendered = total();
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const a = await run(streams.graphql, seconds / rounds);
  const r = await run(streams.pages, seconds / rounds);
  add(answers, a);
  add(rendered, r);
  ratios.push(a.requests.total / a.duration / ANSWERS / (r.requests.total / r.duration));
}
const perSecond = (totals: Totals, perQuestion: number) => totals.requests / totals.seconds / perQuestion;
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const row = (name: string, totals: Totals, perQuestion: number) =>
  `| ${name} | ${perSecond(totals, perQuestion).toFixed(1)} | ${median(totals.p50)} | ${median(totals.p99)} | ${totals.failed} |`;
console.log(`${connections} connections, ${seconds} s each${rounds > 1 ? ` in ${rounds} alternating windows` : ''}, ${questions.length} questions (seed 11), ${base}\n`);
console.log('| run | questions/s | p50 ms (per request) | p99 ms | errors or non-2xx |');
console.log('|---|---|---|---|---|');
console.log(row(`GraphQL: list + facets + starter kits (${ANSWERS} requests a question)`, answers, ANSWERS));
console.log(row('server-rendered catalogue page', rendered, 1));
console.log(`\nA page costs ${(perSecond(answers, ANSWERS) / perSecond(rendered, 1)).toFixed(2)}x its GraphQL answers (questions per second).`);
if (rounds > 1) console.log(`Per window: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}.`);
