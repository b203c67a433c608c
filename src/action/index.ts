import { exitOnSignals } from '../io/cancellation.js';
import { run } from './main.js';

exitOnSignals((message) => process.stderr.write(`${message}\n`));
await run();
