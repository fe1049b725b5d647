// performance: now() grows, timeOrigin is a number, marks and measures.
const { performance: p2, PerformanceEntry } = require('perf_hooks');
console.log(performance === p2, typeof performance.now(), typeof performance.timeOrigin);
const a = performance.now();
let x = 0;
for (let i = 0; i < 1e5; i++) x += i;
console.log(performance.now() >= a, Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
performance.mark('A');
performance.mark('B', { detail: { k: 1 } });
const m = performance.measure('A to B', 'A', 'B');
console.log(m.name, m.entryType, m.duration >= 0, m instanceof PerformanceEntry);
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`).join());
console.log(performance.getEntriesByType('mark').length, performance.getEntriesByName('B')[0].detail.k);
performance.clearMarks('A');
console.log(performance.getEntriesByType('mark').map((e) => e.name).join());
try { performance.measure('z', 'nope'); } catch (e) { console.log(e.name, e.message); }
console.log(Object.keys(performance.toJSON()).join());
