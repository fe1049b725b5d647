// EventEmitter.emit with 1 and 3 listeners (issue 3 workload). Runs under node and protojs.
'use strict';
const EventEmitter = require('events');

function bench(name, listeners, iterations) {
  const ee = new EventEmitter();
  let sink = 0;
  for (let i = 0; i < listeners; i++) ee.on('ev', (a, b) => { sink += a + b; });
  for (let i = 0; i < 1000; i++) ee.emit('ev', i, 1); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) ee.emit('ev', i, 1);
  const ns = Number(process.hrtime.bigint() - start);
  if (sink === 0) throw new Error('listeners did not run');
  console.log(`METRIC ${name} ${Math.round(iterations / (ns / 1e9))} emits/s higher`);
}

bench('events.emit.1listener', 1, 2e6);
bench('events.emit.3listeners', 3, 1e6);
