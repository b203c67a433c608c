import { describe, expect, it } from 'vitest';
import { k6ProcessEnv } from '../../src/io/k6-runner.js';

describe("k6's environment", () => {
  it('keeps credentials from the runner out of k6 (and so out of the script and its remote modules)', () => {
    const env = k6ProcessEnv({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      HTTPS_PROXY: 'http://proxy:3128',
      K6_CLOUD_PROJECT_ID: '7',
      GITHUB_TOKEN: 'ghs_secret',
      'INPUT_GITHUB-TOKEN': 'ghs_secret',
      ACTIONS_RUNTIME_TOKEN: 'jwt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
      AWS_SECRET_ACCESS_KEY: 'aws',
      BASE_URL: 'http://shop',
      RUNNER_TRACKING_ID: 'github_7d2c',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      HTTPS_PROXY: 'http://proxy:3128',
      K6_CLOUD_PROJECT_ID: '7',
      // The runner finds the processes a cancelled job left behind by it.
      RUNNER_TRACKING_ID: 'github_7d2c',
      K6_NO_USAGE_REPORT: 'true',
      K6_AUTO_EXTENSION_RESOLUTION: 'false',
      NO_COLOR: '1',
    });
  });
});
