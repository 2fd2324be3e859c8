// Asks one SPARQL query with Comunica, a linked-data client Dealgraph did not write (run by ComunicaTest).
//
//   node ask.js sparql    ENDPOINT   QUERY_FILE   the query against a SPARQL endpoint
//   node ask.js documents ENTITY_IRI QUERY_FILE   the query against dereferenced documents: the entity's own, then
//                                                 the document of every resource its document says links to it
//   a fourth argument, a media type (e.g. text/turtle), replaces the Accept header Comunica sends for documents
//
// Prints one JSON object: {"rows": [{"var": "value", ...}, ...], "documents": [{"url", "accept", "status",
// "contentType", "contentLocation"}, ...]}, "documents" listing every HTTP request Comunica made.
'use strict';

const fs = require('fs');
const { QueryEngine } = require('@comunica/query-sparql');

const [mode, target, queryFile, accept] = process.argv.slice(2);
if (!['sparql', 'documents'].includes(mode) || !target || !queryFile) {
  console.error('usage: node ask.js sparql|documents ENDPOINT|ENTITY_IRI QUERY_FILE [ACCEPT]');
  process.exit(2);
}

const requests = [];
async function recordingFetch(input, init) {
  const url = typeof input === 'string' ? input : input.url;
  const headers = new Headers(init && init.headers);
  if (accept && mode === 'documents') {
    headers.set('accept', accept);
    init = { ...init, headers };
  }
  const response = await fetch(input, init);
  requests.push({
    url,
    method: (init && init.method) || 'GET',
    accept: headers.get('accept'),
    status: response.status,
    contentType: response.headers.get('content-type'),
    contentLocation: response.headers.get('content-location'),
  });
  return response;
}

function value(term) {
  return term.termType === 'Literal' || term.termType === 'NamedNode' ? term.value : term.termType + ':' + term.value;
}

async function rows(engine, query, sources) {
  const stream = await engine.queryBindings(query, { sources, fetch: recordingFetch, lenient: false });
  const out = [];
  for (const binding of await stream.toArray()) {
    const row = {};
    for (const [variable, term] of binding) {
      row[variable.value] = value(term);
    }
    out.push(row);
  }
  return out;
}

async function main() {
  const engine = new QueryEngine();
  const query = fs.readFileSync(queryFile, 'utf8');
  let sources;
  if (mode === 'sparql') {
    sources = [{ type: 'sparql', value: target }];
  } else {
    // Dereference the entity (Comunica negotiates an RDF format), then follow the links back to it: every resource
    // the document says points at the entity (its deals) is dereferenced in turn, and the query runs over them all.
    const linking = await rows(engine, 'SELECT DISTINCT ?s WHERE { ?s ?p <' + target + '> FILTER(isIRI(?s)) }',
      [target]);
    sources = [target, ...linking.map(r => r.s).filter(s => s !== target)];
  }
  const answer = await rows(engine, query, sources);
  process.stdout.write(JSON.stringify({ rows: answer, documents: requests }) + '\n');
}

main().catch(error => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
