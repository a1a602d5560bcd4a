// Error answers as the SDK sees them: each must parse as Kombo's error envelope with the right code.
import { test } from 'node:test';
import { demo, expectError, integrations, kombo, report } from './helpers.js';

const [[tool, integrationId]] = integrations;

test('a wrong API key is PLATFORM.AUTHENTICATION_INVALID', async (t) => {
  const stranger = kombo(integrationId, 'atr_not-a-key-of-this-installation');
  await expectError(stranger.general.checkApiKey(), 'PLATFORM.AUTHENTICATION_INVALID');
  await expectError(stranger.ats.getJobs(), 'PLATFORM.AUTHENTICATION_INVALID');
  report(t, 'checkApiKey, getJobs with a wrong key: PLATFORM.AUTHENTICATION_INVALID');
});

test('the admin key does not read environment data', async (t) => {
  await expectError(kombo(integrationId, demo.admin_key).ats.getJobs(), 'PLATFORM.AUTHENTICATION_INVALID');
  report(t, 'getJobs with the admin key: PLATFORM.AUTHENTICATION_INVALID');
});

test('a page size out of 1..250 is PLATFORM.INPUT_INVALID', async (t) => {
  const sdk = kombo(integrationId);
  await expectError(sdk.ats.getJobs({ page_size: 0 }), 'PLATFORM.INPUT_INVALID');
  await expectError(sdk.ats.getCandidates({ page_size: 0 }), 'PLATFORM.INPUT_INVALID');
  await expectError(sdk.ats.getApplications({ page_size: 251 }), 'PLATFORM.INPUT_INVALID');
  report(t, `getJobs, getCandidates with page_size=0, getApplications with 251 [${tool}]: PLATFORM.INPUT_INVALID`);
});

test('an integration of no environment of this key is PLATFORM.INTEGRATION_NOT_FOUND', async (t) => {
  const unknown = `${tool}:1111111111111111111111ab`;
  await expectError(kombo(unknown).ats.getJobs(), 'PLATFORM.INTEGRATION_NOT_FOUND');
  await expectError(kombo(unknown).general.getIntegrationDetails({ integration_id: unknown }),
    'PLATFORM.INTEGRATION_NOT_FOUND');
  report(t, 'getJobs, getIntegrationDetails of an unknown integration: PLATFORM.INTEGRATION_NOT_FOUND');
});

test('a client without an integration id is PLATFORM.INPUT_INVALID', async (t) => {
  await expectError(kombo(undefined).ats.getJobs(), 'PLATFORM.INPUT_INVALID');
  report(t, 'getJobs without X-Integration-Id: PLATFORM.INPUT_INVALID');
});
