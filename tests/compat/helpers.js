// What every test file of the compat suite shares: the demo under test, SDK clients, paging through a list
// with the SDK's own iterator, expected errors, Atrium's routes that the SDK has no method for, and reads of
// the sandbox tools' own APIs to compare with.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Kombo } from '@kombo-api/sdk';
import { HTTPClient } from '@kombo-api/sdk/lib/http.js';
import { KomboError, ResponseValidationError, SDKValidationError } from '@kombo-api/sdk/models/errors';

/** The running demo: base_url, api_key, admin_key, environment_id, integrations, sandbox (see run.sh). */
export const demo = loadDemo();

function loadDemo() {
  const file = process.env.ATRIUM_DEMO_INFO;
  if (!file) {
    throw new Error('ATRIUM_DEMO_INFO must name the info file written by `atrium demo` (run.sh sets it)');
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The demo's integrations as [tool, integration id] pairs. */
export const integrations = Object.entries(demo.integrations);

const MAX_ATTEMPTS = 8;

/**
 * Waits out Atrium's per-key rate limit as a well-behaved client does: a 429 is retried after its Retry-After.
 * (The SDK's own retries would also repeat 5xx answers, which must fail the suite at once.)
 */
const patientHttp = new HTTPClient({
  fetcher: async (request) => {
    for (let attempt = 1; ; attempt += 1) {
      const response = await fetch(request.clone());
      if (response.status !== 429 || attempt === MAX_ATTEMPTS) {
        return response;
      }
      const seconds = Number(response.headers.get('retry-after')) || 1;
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  },
});

/**
 * An SDK client for one integration, configured as a Kombo customer would, with Atrium as the server. Its
 * calls fail with concise errors (see {@link concise}).
 */
export function kombo(integrationId, apiKey = demo.api_key) {
  const client = new Kombo({
    server_url: demo.base_url,
    api_key: apiKey,
    integration_id: integrationId,
    http_client: patientHttp,
    timeout_ms: 30_000,
  });
  return { general: conciseErrors(client.general), ats: conciseErrors(client.ats) };
}

function conciseErrors(group) {
  return new Proxy(group, {
    get(target, name) {
      const member = target[name];
      return typeof member !== 'function' ? member
        : (...args) => member.apply(target, args).catch((error) => { throw concise(error); });
    },
  });
}

/** A Kombo error answer, reduced to what a test reports: the SDK's own error carries the whole exchange. */
export class KomboAnswer extends Error {
  constructor(error) {
    super(`${error.error.code} (HTTP ${error.statusCode}): ${error.error.message}`);
    this.name = 'KomboAnswer';
    this.komboCode = error.error.code;
  }
}

/**
 * A Kombo error answer as a {@link KomboAnswer}; an answer the SDK could not validate stays as it is, since it
 * is a compatibility failure and must fail whatever expected it.
 */
export function concise(error) {
  if (isValidationError(error) || !(error instanceof KomboError)) {
    return error;
  }
  return error.error ? new KomboAnswer(error)
    : new Error(`HTTP ${error.statusCode} that is no Kombo error envelope: ${String(error.body).slice(0, 300)}`);
}

/** One line per operation under its test on the suite's output, so a run reads as a list of what was checked. */
export function report(t, line) {
  t.diagnostic(line);
}

/** Every result of a list operation, paged with the SDK's iterator (which re-sends the filters with the cursor). */
export async function listAll(pending) {
  const results = [];
  let pages = 0;
  try {
    for await (const page of await pending) {
      pages += 1;
      results.push(...page.result.data.results);
    }
  } catch (error) {
    throw concise(error);
  }
  const ids = results.map((item) => item.id);
  assert.equal(new Set(ids).size, ids.length, 'a record came back on two pages');
  return { results, pages };
}

/**
 * Awaits a call that must fail with a Kombo error of this code (any code when null). A response the SDK
 * cannot validate is rethrown as it is: it is a compatibility failure, never the expected error.
 */
export async function expectError(pending, code) {
  let error = null;
  try {
    await pending;
  } catch (caught) {
    error = caught;
  }
  assert.ok(error, `expected the error ${code}, but the call succeeded`);
  if (isValidationError(error)) {
    throw error;
  }
  assert.ok(error instanceof KomboAnswer, `expected the error ${code}, got ${error.name}: ${error.message}`);
  if (code !== null) {
    assert.equal(error.komboCode, code, `expected ${code}, got ${error.message}`);
  }
  return error;
}

/** Whether an error is the SDK refusing a response's shape: such errors must always fail the suite. */
export function isValidationError(error) {
  return error instanceof ResponseValidationError || error instanceof SDKValidationError;
}

/** The ids of records, sorted, for comparing result sets. */
export function idsOf(records) {
  return records.map((record) => record.id).sort();
}

async function call(method, url, { key, body, headers = {} } = {}) {
  const response = await fetch(url, {
    method,
    headers: {
      Accept: 'application/json',
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // left null: the assertion below shows the text
  }
  assert.equal(response.status, 200, `${method} ${url} answered ${response.status}: ${text.slice(0, 500)}`);
  return json;
}

/** An operator's call to Atrium's /admin routes with the demo's admin key; returns `data`. */
export async function admin(method, path, body) {
  const answer = await call(method, new URL(demo.base_url).origin + path, { key: demo.admin_key, body });
  return answer.data;
}

/** A GET of an Atrium /v1 route the SDK has no method for (the sync history); returns `data`. */
export async function atriumGet(path, integrationId) {
  const headers = integrationId ? { 'X-Integration-Id': integrationId } : {};
  return (await call('GET', demo.base_url + path, { key: demo.api_key, headers })).data;
}

/** Every item of a /v1 list as sent, keys the SDK does not know included (it drops them, e.g. integration_fields). */
export async function rawList(integrationId, path) {
  const items = [];
  let cursor = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const data = await atriumGet(`${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`,
      integrationId);
    items.push(...data.results);
    cursor = data.next;
  } while (cursor);
  return items;
}

const ACTIVE_SYNC_STATES = new Set(['QUEUED', 'RUNNING']);

/** Polls the sync history until the sync has ended; returns it. The demo's scheduler looks every 30 s. */
export async function waitForSync(integrationId, syncId, timeoutMs = 150_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await atriumGet(`/integrations/${encodeURIComponent(integrationId)}/syncs/${syncId}`);
    if (!ACTIVE_SYNC_STATES.has(run.state)) {
      return run;
    }
    assert.ok(Date.now() < deadline, `sync ${syncId} of ${integrationId} still ${run.state} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Queues a sync through the SDK and waits for it; returns the SDK's answer and the finished sync. */
export async function syncAndWait(integrationId, type) {
  const answer = await kombo(integrationId).general.triggerSync({ type });
  const run = await waitForSync(integrationId, answer.data.sync_id);
  assert.equal(run.state, 'SUCCEEDED', `sync ${run.id} of ${integrationId} ended ${run.state}: ${run.error}`);
  return { answer: answer.data, run };
}

/**
 * The read models of an integration by id (`ats_jobs`, ...) from GET /integrations/{id}, or the reason they
 * could not be read. A response the SDK cannot validate is not a reason: it fails the caller.
 */
export async function readModels(integrationId) {
  try {
    const details = await kombo(integrationId).general.getIntegrationDetails({ integration_id: integrationId });
    return { models: new Map(details.data.read_models.map((model) => [model.id, model])), problem: null };
  } catch (error) {
    if (isValidationError(error)) {
      throw error;
    }
    return { models: null, problem: error.message };
  }
}

// The sandbox tools' own APIs, read the way their documentation says, to compare with what Atrium serves.

async function getJson(url, headers) {
  return call('GET', url, { headers });
}

/** Sage HR: an API token header, JSON only on request, page/per_page paging with meta.next_page. */
async function readSageHr({ base_url: baseUrl, credentials }) {
  const headers = { 'X-Auth-Token': credentials.api_key, Accept: 'application/json' };
  const all = async (path) => {
    const records = [];
    for (let page = 1; page; ) {
      const body = await getJson(`${baseUrl}${path}?page=${page}&per_page=100`, headers);
      records.push(...body.data);
      page = body.meta.next_page;
    }
    return records;
  };
  const positions = await all('/recruitment/positions');
  const candidates = new Map();
  for (const position of positions) {
    for (const applicant of await all(`/recruitment/positions/${position.id}/applicants`)) {
      candidates.set(String(applicant.id), { first_name: applicant.first_name, raw: applicant });
    }
  }
  const jobs = new Map(positions.map((position) => [String(position.id), { name: position.title, raw: position }]));
  return { jobs, candidates };
}

/**
 * Paycor: a bearer token from a single-use refresh token (a fresh one from the simulator's control API, since
 * Atrium holds the current one) plus the subscription key, continuation-token paging, candidates per job.
 */
async function readPaycor({ base_url: baseUrl, credentials }) {
  const control = `${new URL(baseUrl).origin}/_control/paycor`;
  const consent = await call('POST', `${control}/authorize`);
  const tokenResponse = await fetch(`${baseUrl}/sts/v1/common/token?subscription-key=${credentials.subscription_key}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: consent.refresh_token,
      client_id: credentials.client_id,
      client_secret: credentials.client_secret,
    }),
  });
  assert.equal(tokenResponse.status, 200, 'the Paycor sandbox refused the token request');
  const { access_token: accessToken } = await tokenResponse.json();
  const headers = { Authorization: `Bearer ${accessToken}`, 'Ocp-Apim-Subscription-Key': credentials.subscription_key };
  const all = async (path) => {
    const records = [];
    let token = null;
    do {
      const body = await getJson(`${baseUrl}${path}${token ? `?continuationToken=${encodeURIComponent(token)}` : ''}`,
        headers);
      records.push(...body.records);
      token = body.hasMoreResults ? body.continuationToken : null;
    } while (token);
    return records;
  };
  const account = `/v1/legalEntities/${credentials.legal_entity_id}/ats/${credentials.ats_account_id}`;
  const jobs = await all(`${account}/jobs`);
  const candidates = new Map();
  for (const job of jobs) {
    for (const candidate of await all(`${account}/jobs/${job.id}/candidates`)) {
      candidates.set(String(candidate.id), { first_name: candidate.firstName, raw: candidate });
    }
  }
  return { jobs: new Map(jobs.map((job) => [String(job.id), { name: job.title, raw: job }])), candidates };
}

/**
 * Phenom: a JWT from the tenant's login URL (form clientId/clientSecret), the acting user in x-ph-userId,
 * offset/limit paging; jobs of the external career site, and the candidate of each application read by id.
 */
async function readPhenom({ base_url: baseUrl, credentials }) {
  const tokenResponse = await fetch(`${credentials.login_url}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({ clientId: credentials.client_id, clientSecret: credentials.client_secret }),
  });
  assert.equal(tokenResponse.status, 200, 'the Phenom sandbox refused the token request');
  const { access_token: accessToken } = await tokenResponse.json();
  const headers = { Authorization: `Bearer ${accessToken}`, 'x-ph-userId': credentials.user_id };
  const all = async (path) => {
    const records = [];
    for (let offset = 0; ; offset += 100) {
      const separator = path.includes('?') ? '&' : '?';
      const body = await getJson(`${baseUrl}${path}${separator}offset=${offset}&limit=100`, headers);
      records.push(...body.data);
      if (body.data.length < 100) {
        return records;
      }
    }
  };
  const jobs = await all('/jobs-api/v1/jobs?siteType=external');
  const candidates = new Map();
  for (const application of await all('/apply/v2/applications')) {
    const id = application.candidateData?.candidateId;
    if (id && !candidates.has(id)) {
      const body = await getJson(`${baseUrl}/candidates-api/v1/candidates?candidateId=${encodeURIComponent(id)}`,
        headers);
      candidates.set(id, { first_name: body.data.firstName, raw: body.data });
    }
  }
  return { jobs: new Map(jobs.map((job) => [job.jobId, { name: job.title, raw: job }])), candidates };
}

/**
 * Digital Recruiters: the open ads from the job-ads feed (token in the path); the applications export behind the API
 * key and a login's bearer token, following the absolute links.next. Jobs are keyed by the hash id applications
 * carry (the reference when an ad lacks it), candidates by application id.
 */
async function readDigitalRecruiters({ base_url: baseUrl, credentials }) {
  const feed = await getJson(`${baseUrl}/export/job-ads/${credentials.feed_token}`, {});
  const apiKey = { 'X-DR-API-KEY': credentials.api_key };
  const login = await call('POST', `${baseUrl}/public/v1/users/login`, {
    headers: apiKey, body: { email: credentials.email, password: credentials.password },
  });
  const headers = { ...apiKey, Authorization: `Bearer ${login.token}` };
  const candidates = new Map();
  for (let next = `${baseUrl}/public/v1/job-applications/detailed?limit=100`; next; ) {
    const body = await getJson(next, headers);
    for (const item of body.data.items) {
      candidates.set(String(item.id), { first_name: item.firstName, raw: item });
    }
    next = body.data.links.next;
  }
  const jobs = new Map(feed.ads.map((ad) => [ad.service_hash_id || ad.reference, { name: ad.title, raw: ad }]));
  return { jobs, candidates };
}

/**
 * iCIMS: Basic auth, lists only through the Search API (ids, at most 1000, paged with an id > filter), then one
 * GET per profile. Candidates are the people without a full-access login, as the mapping reads them.
 */
async function readIcims({ base_url: baseUrl, credentials }) {
  const root = `${baseUrl}/customers/${credentials.customer_id}`;
  const basic = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
  const headers = { Authorization: `Basic ${basic}`, Accept: 'application/json' };
  const search = async (type, prefix, extra = []) => {
    const ids = [];
    for (let after = 0, more = true; more; after = ids.at(-1)) {
      const body = await call('POST', `${root}/search/${type}`, {
        headers,
        body: { filters: [{ name: `${prefix}.id`, operator: '>', value: [String(after)] }, ...extra] },
      });
      ids.push(...body.searchResults.map((hit) => Number(hit.id)));
      more = body.searchResults.length === 1000;
    }
    return ids;
  };
  const profiles = async (type, ids) => {
    const map = new Map();
    for (const id of ids) {
      map.set(String(id), await getJson(`${root}/${type}/${id}`, headers));
    }
    return map;
  };
  const jobs = await profiles('jobs', await search('jobs', 'job'));
  const people = await profiles('people',
    await search('people', 'person', [{ name: 'person.isfullaccessuser', value: ['false'] }]));
  return {
    jobs: new Map([...jobs].map(([id, job]) => [id, { name: job.jobtitle, raw: job }])),
    candidates: new Map([...people].map(([id, person]) => [id, { first_name: person.firstname, raw: person }])),
  };
}

const SANDBOX_READERS = {
  sagehr: readSageHr,
  paycor: readPaycor,
  icims: readIcims,
  phenom: readPhenom,
  digitalrecruiters: readDigitalRecruiters,
};

/** Whether the suite knows how to read this tool's sandbox API directly. */
export function canReadSandbox(tool) {
  return tool in SANDBOX_READERS && tool in (demo.sandbox ?? {});
}

/** What the sandbox tool holds: jobs and candidates by remote id, each with its name and raw record. */
export async function readSandbox(tool) {
  return SANDBOX_READERS[tool](demo.sandbox[tool]);
}

/** Changes the sandbox tool's data through its control API (e.g. deletes records); returns what it touched. */
export async function mutateSandbox(tool, mutations) {
  const control = `${new URL(demo.sandbox[tool].base_url).origin}/_control/${tool}`;
  return call('POST', `${control}/mutations`, { body: mutations });
}
