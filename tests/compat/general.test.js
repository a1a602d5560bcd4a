// The SDK's general operations: API key check, integration details, tools, integration and custom fields,
// force-sync (FULL and DELTA), enabling, passthrough and deletion. The tests run in order and share what
// they set up (a custom field mapped before the FULL sync is read after it); they change the demo's data,
// so they run after the read checks.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import {
  admin, atriumGet, demo, expectError, integrations, kombo, listAll, mutateSandbox, rawList, readSandbox, report,
  syncAndWait, waitForSync,
} from './helpers.js';

// The Sage HR integration carries the checks that need the sandbox's raw records; Paycor has DELTA syncs.
const SAGE = demo.integrations.sagehr;
const PAYCOR = demo.integrations.paycor;
const CUSTOM_FIELD_KEY = 't_shirt_size';

/** What the ordered tests hand on to the ones after them. */
const shared = {
  mappedField: null, passthroughField: null, definitionId: null, customFieldId: null, passthroughOn: false, mapped: false,
};

function needs(name) {
  assert.ok(shared[name], `needs ${name} from an earlier test, which failed`);
  return shared[name];
}

test('checkApiKey answers the key\'s environment', async (t) => {
  const answer = await kombo(SAGE).general.checkApiKey();
  assert.equal(answer.data.environment_id, demo.environment_id);
  report(t, `checkApiKey: environment ${answer.data.environment_id}`);
});

test('getIntegrationDetails describes each integration', async (t) => {
  for (const [tool, integrationId] of integrations) {
    const { data } = await kombo(integrationId).general.getIntegrationDetails({ integration_id: integrationId });
    assert.equal(data.id, integrationId);
    assert.equal(data.tool.id, tool);
    assert.equal(data.category, 'ATS');
    assert.equal(data.status, 'ACTIVE');
    assert.equal(data.setup_status, 'COMPLETED');
    const jobs = data.read_models.find((model) => model.id === 'ats_jobs');
    assert.equal(jobs?.is_available, true, 'every demo tool provides jobs');
    const available = data.read_models.filter((model) => model.is_available).map((model) => model.id);
    report(t, `getIntegrationDetails [${tool}]: ${data.status}, ${data.setup_status}; provides ${available.join(', ')}`);
  }
});

test('getTools(ats) lists the tools of the demo with their coverage', async (t) => {
  const { data } = await kombo(SAGE).general.getTools({ category: 'ats' });
  for (const [tool] of integrations) {
    const listed = data.tools.find((item) => item.id === tool);
    assert.ok(listed, `${tool} is not listed`);
    const jobs = listed.coverage.read_models.find((model) => model.id === 'ats_jobs');
    assert.equal(jobs?.coverage_status, 'SUPPORTED', `${tool} covers jobs`);
  }
  report(t, `getTools(ats): ${data.tools.map((item) => item.id).join(', ')}`);
});

test('getIntegrationFields lists the raw fields; updateIntegrationField enables passthrough of one', async (t) => {
  const sdk = kombo(SAGE);
  const fields = (await listAll(sdk.general.getIntegrationFields({ integration_id: SAGE, page_size: 20 }))).results;
  const candidateFields = fields.filter((field) => field.model === 'ats_candidates');
  assert.ok(candidateFields.length > 0, 'no integration field of ats_candidates');
  // Two raw keys whose values vary most across the tool's applicants: one to map, one to pass through.
  const held = [...(await readSandbox('sagehr')).candidates.values()].map((candidate) => candidate.raw);
  const variety = (key) => new Set(held.map((raw) => raw[key])
    .filter((value) => typeof value === 'string' || typeof value === 'number')).size;
  const ranked = candidateFields.filter((field) => field.key !== 'id' && variety(field.key) > 1)
    .sort((a, b) => variety(b.key) - variety(a.key) || a.key.localeCompare(b.key));
  assert.ok(ranked.length >= 2, `too few varied candidate fields among ${candidateFields.map((f) => f.key)}`);
  [shared.mappedField, shared.passthroughField] = ranked;

  const { data } = await sdk.general.updateIntegrationField({
    integration_id: SAGE,
    integration_field_id: shared.passthroughField.id,
    body: { enable_passthrough: true },
  });
  shared.passthroughOn = true;
  assert.equal(data.id, shared.passthroughField.id);
  assert.equal(data.is_passthrough_enabled, true);
  const again = (await listAll(sdk.general.getIntegrationFields({ integration_id: SAGE, page_size: 2000 }))).results;
  assert.equal(again.length, fields.length);
  assert.equal(again.find((field) => field.id === data.id).is_passthrough_enabled, true);
  report(t, `getIntegrationFields [sagehr]: ${fields.length} fields, ${candidateFields.length} of ats_candidates; `
    + `updateIntegrationField: passthrough of ${data.key}`);
});

test('getCustomFields and updateCustomFieldMapping map a custom field to an integration field', async (t) => {
  const mapped = needs('mappedField');
  const definition = await admin('POST', '/admin/custom-fields', {
    environment: demo.environment_id,
    model: 'ats_candidates',
    key: CUSTOM_FIELD_KEY,
    label: 'T-shirt size',
    description: 'Defined by the SDK compatibility suite',
  });
  shared.definitionId = definition.id;
  const sdk = kombo(SAGE);
  const listed = (await listAll(sdk.general.getCustomFields({ integration_id: SAGE, page_size: 10 }))).results;
  const field = listed.find((item) => item.key === CUSTOM_FIELD_KEY && item.model === 'ats_candidates');
  assert.ok(field, `${CUSTOM_FIELD_KEY} is not listed`);
  assert.equal(field.integration_field, null, 'a new custom field is not mapped yet');
  shared.customFieldId = field.id;

  const { data } = await sdk.general.updateCustomFieldMapping({
    integration_id: SAGE,
    custom_field_id: field.id,
    body: { integration_field_id: mapped.id },
  });
  shared.mapped = true;
  assert.equal(data.id, field.id);
  assert.equal(data.integration_field?.id, mapped.id);
  assert.equal(data.integration_field?.key, mapped.key);
  report(t, `getCustomFields [sagehr]: ${listed.length}; updateCustomFieldMapping: ${CUSTOM_FIELD_KEY} <- ${mapped.key}`);
});

test('triggerSync FULL: one sync at a time, and what the tool deleted shows as deleted', async (t) => {
  const touched = await mutateSandbox('sagehr', { delete_applicants: 1 });
  const gone = String(touched.deleted_applicants[0]);
  const sdk = kombo(SAGE);
  const first = (await sdk.general.triggerSync({ type: 'FULL' })).data;
  assert.equal(first.type, 'FULL');
  const second = (await sdk.general.triggerSync({ type: 'FULL' })).data;
  if (second.already_queued) {
    assert.equal(second.sync_id, first.sync_id, 'an already queued sync answers its own id');
  } else {
    const earlier = await atriumGet(`/integrations/${SAGE}/syncs/${first.sync_id}`);
    assert.ok(!['QUEUED', 'RUNNING'].includes(earlier.state), 'a second sync was queued beside an active one');
  }
  for (const syncId of new Set([first.sync_id, second.sync_id])) {
    const run = await waitForSync(SAGE, syncId);
    assert.equal(run.state, 'SUCCEEDED', `sync ${syncId}: ${run.error}`);
  }

  for (const operation of ['getCandidates', 'getApplications']) {
    const listed = (await listAll(sdk.ats[operation]({ page_size: 250 }))).results;
    assert.ok(!listed.some((record) => record.remote_id === gone), `${operation} still lists deleted ${gone}`);
    const withDeleted = (await listAll(sdk.ats[operation]({ page_size: 250, include_deleted: true }))).results;
    const deleted = withDeleted.find((record) => record.remote_id === gone);
    assert.ok(deleted, `${operation} with include_deleted lacks ${gone}`);
    assert.notEqual(deleted.remote_deleted_at, null);
  }
  report(t, `triggerSync FULL [sagehr]: ${first.sync_id} (again: already_queued ${second.already_queued}); `
    + `applicant ${gone} deleted in the tool is hidden, and listed with include_deleted`);
});

test('after the sync, custom_fields and integration_fields carry the raw values', async (t) => {
  const mapped = needs('mappedField');
  const passthrough = needs('passthroughField');
  needs('mapped');
  needs('passthroughOn');
  const held = (await readSandbox('sagehr')).candidates;
  const candidates = (await listAll(kombo(SAGE).ats.getCandidates({ page_size: 250 }))).results;
  assert.equal(candidates.length, held.size);
  for (const candidate of candidates) {
    const raw = held.get(candidate.remote_id).raw;
    assert.deepEqual(candidate.custom_fields[CUSTOM_FIELD_KEY], raw[mapped.key] ?? null,
      `custom_fields.${CUSTOM_FIELD_KEY} of candidate ${candidate.remote_id}`);
  }
  // integration_fields is not in the SDK's model (it drops unknown keys), so it is read as sent.
  for (const candidate of await rawList(SAGE, '/ats/candidates?page_size=250')) {
    const raw = held.get(candidate.remote_id).raw;
    const item = candidate.integration_fields.find((field) => field.key === passthrough.key);
    assert.ok(item, `candidate ${candidate.remote_id} lacks integration field ${passthrough.key}`);
    assert.equal(item.id, passthrough.id);
    assert.deepEqual(item.value, raw[passthrough.key] ?? null, `${passthrough.key} of candidate ${candidate.remote_id}`);
  }
  report(t, `getCandidates [sagehr]: ${candidates.length} candidates carry ${CUSTOM_FIELD_KEY} (from ${mapped.key}) `
    + `and integration field ${passthrough.key} as the tool holds them`);
});

test('triggerSync DELTA runs a DELTA sync where the tool can list changes', async (t) => {
  const { answer, run } = await syncAndWait(PAYCOR, 'DELTA');
  assert.equal(answer.type, 'DELTA');
  assert.equal(run.type, 'DELTA');
  report(t, `triggerSync DELTA [paycor]: ${answer.sync_id} ${run.state}, ${run.records.changed} changed`);
});

test('setIntegrationEnabled disables and enables again; a disabled integration still serves its data', async (t) => {
  const sdk = kombo(SAGE);
  const status = async () => (await sdk.general.getIntegrationDetails({ integration_id: SAGE })).data.status;
  const disabled = await sdk.general.setIntegrationEnabled({ integration_id: SAGE, body: { value: false } });
  try {
    assert.deepEqual(disabled.data, {});
    assert.equal(await status(), 'INACTIVE');
    assert.ok((await listAll(sdk.ats.getJobs())).results.length > 0, 'a disabled integration serves no jobs');
    await expectError(sdk.general.triggerSync({ type: 'FULL' }), null);
  } finally {
    await sdk.general.setIntegrationEnabled({ integration_id: SAGE, body: { value: true } });
  }
  assert.equal(await status(), 'ACTIVE');
  report(t, 'setIntegrationEnabled [sagehr]: INACTIVE (reads served, force-sync refused), then ACTIVE');
});

/** A list endpoint of each tool's own API for passthrough, and how to find its items in the answer. */
const PASSTHROUGH = {
  sagehr: { path: '/recruitment/positions', items: (body) => body.data },
  paycor: {
    path: `/v1/legalEntities/${demo.sandbox.paycor?.credentials.legal_entity_id}/ats/accounts`,
    items: (body) => body.records,
  },
};

test('sendPassthroughRequest reaches each tool\'s own API', async (t) => {
  for (const [tool, integrationId] of integrations.filter(([name]) => name in PASSTHROUGH)) {
    const { path, items } = PASSTHROUGH[tool];
    const answer = await kombo(integrationId).general.sendPassthroughRequest({
      tool, api: 'default', body: { method: 'GET', path },
    });
    assert.equal(answer.data.status, 200, JSON.stringify(answer.data.data)?.slice(0, 300));
    assert.ok(answer.data.url.endsWith(path) || answer.data.url.includes(`${path}?`), answer.data.url);
    assert.ok(Array.isArray(items(answer.data.data)) && items(answer.data.data).length > 0, 'no items in the body');
    assert.ok(Array.isArray(answer.warnings));
    report(t, `sendPassthroughRequest [${tool}/default]: GET ${path} -> ${answer.data.status}, `
      + `${items(answer.data.data).length} items`);
  }
});

test('deleteIntegration removes an integration created and synced for it', async (t) => {
  const sandbox = demo.sandbox.sagehr;
  const created = await admin('POST', '/admin/integrations', {
    environment: demo.environment_id,
    tool: 'sagehr',
    connection: sandbox.credentials,
    base_url: sandbox.base_url,
    end_user_organization_name: 'SDK compatibility suite',
  });
  const sdk = kombo(created.id);
  await syncAndWait(created.id, 'FULL');
  const jobs = (await listAll(sdk.ats.getJobs())).results;
  const demoJobs = (await listAll(kombo(SAGE).ats.getJobs())).results;
  assert.deepEqual(jobs.map((job) => job.remote_id).sort(), demoJobs.map((job) => job.remote_id).sort());

  const answer = await sdk.general.deleteIntegration({ integration_id: created.id, body: {} });
  assert.deepEqual(answer.data, {});
  await expectError(sdk.general.getIntegrationDetails({ integration_id: created.id }), 'PLATFORM.INTEGRATION_NOT_FOUND');
  await expectError(sdk.ats.getJobs(), 'PLATFORM.INTEGRATION_NOT_FOUND');
  await expectError(sdk.general.deleteIntegration({ integration_id: created.id, body: {} }),
    'PLATFORM.INTEGRATION_NOT_FOUND');
  report(t, `deleteIntegration: ${created.id} (${jobs.length} jobs synced) deleted; its id is PLATFORM.INTEGRATION_NOT_FOUND`);
});

// Leaves the demo as it was, so the suite can run again against a demo that keeps running.
after(async () => {
  const sdk = kombo(SAGE);
  if (shared.mapped) {
    await sdk.general.updateCustomFieldMapping({
      integration_id: SAGE, custom_field_id: shared.customFieldId, body: { integration_field_id: null },
    });
  }
  if (shared.definitionId) {
    await admin('DELETE', `/admin/custom-fields/${shared.definitionId}`);
  }
  if (shared.passthroughOn) {
    await sdk.general.updateIntegrationField({
      integration_id: SAGE, integration_field_id: shared.passthroughField.id, body: { enable_passthrough: false },
    });
  }
});
