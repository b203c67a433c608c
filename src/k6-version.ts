import manifest from '../package.json' with { type: 'json' };

/** The k6 version perf-gate is built and tested with; pinned in one place, package.json `perfGate.k6Version`. */
export const PINNED_K6_VERSION: string = manifest.perfGate.k6Version;
