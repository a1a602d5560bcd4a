// Every ATS read operation of the SDK, for every integration of the demo: all pages through the SDK's own
// pagination, each filter checked against the full listing, models the mapping lacks answering
// INTEGRATION.MODEL_NOT_AVAILABLE, and a few values compared with what the sandbox tool itself holds.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import {
  canReadSandbox, expectError, idsOf, integrations, kombo, listAll, readModels, readSandbox, report,
} from './helpers.js';

const FULL_PAGE = 25;
// Filtered listings use small pages, so the SDK's paging (which re-sends every filter) is part of each check.
const SMALL_PAGE = 5;

/** A date-time as the SDK hands it over (a Date) in epoch milliseconds. */
function millis(value) {
  return new Date(value).getTime();
}

// How a filter picks the values to send from the full listing, and which records each value must return.

/** The distinct non-null values of a listing, most frequent first. */
function valuesOf(records, extract) {
  const counts = new Map();
  for (const record of records) {
    for (const value of [extract(record)].flat()) {
      if (value !== null && value !== undefined) {
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .map(([value]) => value);
}

/** One value, then two (ORed), of those present; or a value nothing has, when none is present. */
function oneThenTwo(values, absent) {
  if (values.length === 0) {
    return [[absent]];
  }
  return values.length === 1 ? [[values[0]]] : [[values[0]], [values[0], values[1]]];
}

/** A comma-list filter on a field's values, e.g. statuses on status. */
function anyOf(param, field, absent, extract = (record) => record[field]) {
  return {
    param,
    field,
    requests: (all) => oneThenTwo(valuesOf(all, extract), absent),
    matches: (record, sent) => [extract(record)].flat().some((value) => sent.includes(value)),
  };
}

/** A single-value filter on exact equality, e.g. post_url. */
function equalTo(param, field, absent) {
  return {
    param,
    field,
    requests: (all) => [valuesOf(all, (record) => record[field])[0] ?? absent],
    matches: (record, sent) => record[field] === sent,
  };
}

/** A case-insensitive exact match, sent in upper case (first_name, last_name, email). */
function sameText(param, field, absent, extract = (record) => record[field]) {
  const lower = (value) => (typeof value === 'string' ? value.toLowerCase() : value);
  return {
    param,
    field,
    requests: (all) => {
      // Only values whose case round-trips, so upper case names the same text under any locale rules.
      const value = valuesOf(all, extract).find((text) => text.toUpperCase().toLowerCase() === text.toLowerCase());
      return [(value ?? absent).toUpperCase()];
    },
    matches: (record, sent) => [extract(record)].flat().some((value) => lower(value) === lower(sent)),
  };
}

/** emails on users: a comma list, case-insensitive. */
function anyEmail(param, field) {
  const filter = anyOf(param, field, 'nobody@example.invalid', (record) => record[field]?.toLowerCase());
  return {
    ...filter,
    requests: (all) => filter.requests(all).map((values) => values.map((value) => value.toUpperCase())),
    matches: (record, sent) => sent.some((value) => value.toLowerCase() === record[field]?.toLowerCase()),
  };
}

/** remote_created_after: records created in the tool on or after the (UTC) day sent. */
function createdOnOrAfter() {
  return {
    param: 'remote_created_after',
    field: 'remote_created_at',
    requests: (all) => {
      const times = all.map((record) => record.remote_created_at).filter(Boolean).map(millis).sort((a, b) => a - b);
      if (times.length === 0) {
        return [new Date('2000-01-01T00:00:00.000Z')];
      }
      const median = new Date(times[Math.floor(times.length / 2)]);
      return [new Date(Date.UTC(median.getUTCFullYear(), median.getUTCMonth(), median.getUTCDate()))];
    },
    matches: (record, sent) => record.remote_created_at != null && millis(record.remote_created_at) >= sent.getTime(),
  };
}

/** name_contains: a word of a name, chosen so that case-sensitive and case-insensitive matching agree. */
function nameContains() {
  const has = (record, word) => (record.name ?? '').toLowerCase().includes(word.toLowerCase());
  return {
    param: 'name_contains',
    field: 'name',
    requests: (all) => {
      const words = valuesOf(all, (record) => (record.name ?? '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4));
      const word = words.find((candidate) => all.every((record) =>
        has(record, candidate) === (record.name ?? '').includes(candidate)));
      return [word ?? 'atriumcompatnone'];
    },
    matches: has,
  };
}

const ENDPOINTS = [
  {
    operation: 'getJobs',
    model: 'ats_jobs',
    filters: [
      anyOf('job_codes', 'job_code', 'ATRIUM-COMPAT-NONE'),
      equalTo('post_url', 'post_url', 'https://example.invalid/none'),
      anyOf('statuses', 'status', 'ARCHIVED'),
      anyOf('employment_types', 'employment_type', 'INTERNSHIP'),
      anyOf('visibilities', 'visibility', 'CONFIDENTIAL'),
      createdOnOrAfter(),
      nameContains(),
    ],
  },
  {
    operation: 'getApplications',
    model: 'ats_applications',
    filters: [
      anyOf('outcomes', 'outcome', 'HIRED'),
      anyOf('job_ids', 'job_id', '1111111111111111111111jb'),
      anyOf('job_remote_ids', 'job_id', 'atrium-compat-none', (record) => record.job?.remote_id),
      anyOf('current_stage_ids', 'current_stage_id', '1111111111111111111111st'),
      createdOnOrAfter(),
    ],
  },
  {
    operation: 'getCandidates',
    model: 'ats_candidates',
    filters: [
      sameText('email', 'email_addresses', 'nobody@example.invalid',
        (record) => (record.email_addresses ?? []).map((item) => item.email_address)),
      anyOf('job_ids', 'applications', '1111111111111111111111jb',
        (record) => record.applications.map((application) => application.job?.id)),
      sameText('first_name', 'first_name', 'nobody'),
      sameText('last_name', 'last_name', 'nobody'),
    ],
  },
  { operation: 'getApplicationStages', model: 'ats_application_stages', recordOnly: true, filters: [] },
  { operation: 'getUsers', model: 'ats_users', filters: [anyEmail('emails', 'email')] },
  { operation: 'getRoles', model: 'ats_roles', recordOnly: true, filters: [anyOf('scopes', 'scope', 'SYSTEM')] },
  { operation: 'getTags', model: 'ats_tags', recordOnly: true, filters: [] },
  { operation: 'getOffers', model: 'ats_offers', filters: [] },
  { operation: 'getRejectionReasons', model: 'ats_rejection_reasons', recordOnly: true, filters: [] },
  {
    operation: 'getInterviews',
    model: 'ats_interviews',
    filters: [anyOf('job_ids', 'application_id', '1111111111111111111111jb', (record) => record.application?.job?.id)],
  },
];

/** The filters every list endpoint takes (contract §1.7), checked against the full listing `all`. */
async function checkCommonFilters(t, { list, all, recordOnly }) {
  const [first, last] = [all[0], all[all.length - 1]];

  await t.test('ids returns exactly the records named, ANDed with remote_ids', async () => {
    const got = await list({ ids: [first.id, last.id] });
    assert.deepEqual(idsOf(got), [...new Set([first.id, last.id])].sort());
    if (first.remote_id !== null) {
      const both = await list({ ids: [first.id, last.id], remote_ids: [first.remote_id] });
      const expected = [first, last].filter((record) => record.remote_id === first.remote_id);
      assert.deepEqual(idsOf(both), [...new Set(idsOf(expected))]);
    }
  });

  await t.test('remote_ids returns the records of those remote ids', async () => {
    const remoteIds = valuesOf(all, (record) => record.remote_id).slice(0, 2);
    assert.ok(remoteIds.length > 0, 'no record has a remote_id');
    const got = await list({ remote_ids: remoteIds });
    assert.deepEqual(idsOf(got), idsOf(all.filter((record) => remoteIds.includes(record.remote_id))));
  });

  await t.test('updated_after returns the records changed after it', async () => {
    assert.deepEqual(idsOf(await list({ updated_after: new Date('2000-01-01T00:00:00Z') })), idsOf(all));
    assert.deepEqual(await list({ updated_after: new Date(Date.now() + 86_400_000) }), []);
    const times = [...new Set(all.map((record) => millis(record.changed_at)))].sort((a, b) => a - b);
    const middle = times[Math.floor(times.length / 2)];
    const got = new Set(idsOf(await list({ updated_after: new Date(middle) })));
    const at = (record) => new Date(record.changed_at).toISOString();
    // Changed strictly after: always in. Changed at that very millisecond: either way is fine.
    for (const record of all.filter((item) => millis(item.changed_at) > middle)) {
      assert.ok(got.has(record.id), `${record.id} changed at ${at(record)}, after ${new Date(middle).toISOString()}`);
    }
    if (recordOnly) {
      // Only the record's own changes count here, so nothing older than the timestamp may come back.
      for (const record of all.filter((item) => got.has(item.id))) {
        assert.ok(millis(record.changed_at) >= middle, `${record.id} changed at ${at(record)}`);
      }
    }
  });

  await t.test('include_deleted adds only deleted records', async () => {
    assert.ok(all.every((record) => record.remote_deleted_at === null), 'a deleted record is listed by default');
    const got = await list({ include_deleted: true });
    const listed = new Set(idsOf(all));
    assert.ok(idsOf(all).every((id) => got.some((record) => record.id === id)), 'include_deleted lost a record');
    for (const record of got.filter((item) => !listed.has(item.id))) {
      assert.notEqual(record.remote_deleted_at, null, `${record.id} only shows with include_deleted but is not deleted`);
    }
  });

  await t.test('ignore_unsupported_filters alone changes nothing', async () => {
    assert.deepEqual(idsOf(await list({ ignore_unsupported_filters: true })), idsOf(all));
  });
}

/**
 * An endpoint filter: a field the mapping provides filters as the contract says (with or without
 * ignore_unsupported_filters); one it does not provide filters out everything, unless ignored.
 */
async function checkFilter(t, { list, all, fields }, filter) {
  const supported = fields?.get(filter.field)?.is_available !== false;
  for (const sent of filter.requests(all)) {
    const shown = Array.isArray(sent) ? sent.join(',') : sent instanceof Date ? sent.toISOString() : sent;
    await t.test(`${filter.param}=${shown}${supported ? '' : ` (${filter.field} not provided)`}`, async () => {
      const got = await list({ [filter.param]: sent });
      const ignored = await list({ [filter.param]: sent, ignore_unsupported_filters: true });
      if (supported) {
        const expected = idsOf(all.filter((record) => filter.matches(record, sent)));
        assert.deepEqual(idsOf(got), expected);
        assert.deepEqual(idsOf(ignored), expected, 'ignore_unsupported_filters changed a supported filter');
      } else {
        assert.deepEqual(idsOf(got), [], 'an unsupported filter must filter out every record');
        assert.deepEqual(idsOf(ignored), idsOf(all), 'ignore_unsupported_filters must ignore an unsupported filter');
      }
    });
  }
}

for (const [tool, integrationId] of integrations) {
  describe(`ATS reads of ${tool} (${integrationId})`, () => {
    const sdk = kombo(integrationId);
    let models = null;
    let unknownModels = null;

    before(async () => {
      const read = await readModels(integrationId);
      models = read.models;
      unknownModels = read.problem && `read models unknown (GET /integrations/${integrationId}: ${read.problem})`;
    });

    for (const endpoint of ENDPOINTS) {
      test(endpoint.operation, async (t) => {
        const call = (request) => sdk.ats[endpoint.operation](request);
        const model = models?.get(endpoint.model);
        if (models && !model?.is_available) {
          await expectError(call({}), 'INTEGRATION.MODEL_NOT_AVAILABLE');
          report(t, `${endpoint.operation} [${tool}]: ${endpoint.model} not provided, INTEGRATION.MODEL_NOT_AVAILABLE`);
          return;
        }
        const { results: all, pages } = await listAll(call({ page_size: FULL_PAGE }));
        if (unknownModels) {
          report(t, unknownModels);
          if (all.length === 0) {
            // Nothing to filter, and without read_models no telling whether the tool provides the model.
            report(t, `${endpoint.operation} [${tool}]: no records`);
            return;
          }
        }
        assert.ok(all.length > 0, `${endpoint.model} is provided, yet the demo has no record of it`);
        assert.equal(pages, Math.ceil(all.length / FULL_PAGE), 'pages were not full');
        const { results: onePage } = await listAll(call({ page_size: 250 }));
        assert.deepEqual(onePage.map((record) => record.id), all.map((record) => record.id),
          'page size changed the listing');

        const list = async (request) => (await listAll(call({ page_size: SMALL_PAGE, ...request }))).results;
        const fields = model ? new Map(model.fields.map((field) => [field.id, field])) : null;
        const context = { list, all, fields, recordOnly: endpoint.recordOnly === true };
        await checkCommonFilters(t, context);
        for (const filter of endpoint.filters) {
          await checkFilter(t, context, filter);
        }
        const filterNames = endpoint.filters.map((filter) => filter.param);
        report(t, `${endpoint.operation} [${tool}]: ${all.length} records in ${pages} pages of ${FULL_PAGE}; `
          + `filters ids, remote_ids, updated_after, include_deleted, ignore_unsupported_filters`
          + (filterNames.length ? `, ${filterNames.join(', ')}` : ''));
      });
    }

    if (canReadSandbox(tool)) {
      test('jobs and candidates match what the sandbox tool holds', async (t) => {
        const held = await readSandbox(tool);
        const jobs = (await listAll(sdk.ats.getJobs({ page_size: 250 }))).results;
        assert.deepEqual(jobs.map((job) => job.remote_id).sort(), [...held.jobs.keys()].sort(), 'job remote ids');
        for (const job of jobs) {
          assert.equal(job.name, held.jobs.get(job.remote_id).name, `name of job ${job.remote_id}`);
        }
        const candidates = (await listAll(sdk.ats.getCandidates({ page_size: 250 }))).results;
        assert.deepEqual(candidates.map((candidate) => candidate.remote_id).sort(), [...held.candidates.keys()].sort(),
          'candidate remote ids');
        for (const candidate of candidates) {
          assert.equal(candidate.first_name, held.candidates.get(candidate.remote_id).first_name,
            `first name of candidate ${candidate.remote_id}`);
        }
        report(t, `sandbox [${tool}]: ${jobs.length} job names and ${candidates.length} candidate first names match`);
      });
    }
  });
}
