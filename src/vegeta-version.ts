import manifest from '../package.json' with { type: 'json' };

/** The vegeta version perf-gate is built and tested with; pinned in one place, package.json `perfGate.vegetaVersion`. */
export const PINNED_VEGETA_VERSION: string = manifest.perfGate.vegetaVersion;
