import manifest from '../package.json' with { type: 'json' };

/** perf-gate's own version, recorded in every RunSummary and Report it writes. */
export const PRODUCT_VERSION: string = manifest.version;
