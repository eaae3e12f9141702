/**
 * Preloaded into a process under test (`NODE_OPTIONS=--require …/gc-pressure.js`): forces a full
 * garbage collection `GC_PRESSURE_MS` ms (default 10) after the previous one ended, or twice as
 * long as that one took if longer (so the process still gets work done), to show that timeouts
 * still fire when collections run while calls wait. Benchmarks only. Counts are written to
 * stderr at exit.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const every = Number(process.env['GC_PRESSURE_MS'] ?? 10);
let collections = 0;
const collect = (): void => {
  const started = performance.now();
  gc();
  collections += 1;
  setTimeout(collect, Math.max(every, 2 * (performance.now() - started))).unref();
};
setTimeout(collect, every).unref();
process.on('exit', () =>
  process.stderr.write(`gc-pressure: ${collections} forced full collections in pid ${process.pid}\n`),
);
