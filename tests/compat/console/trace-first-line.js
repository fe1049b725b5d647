'use strict';
const lines = [];
const c = new console.Console({ stdout: process.stdout, stderr: { write(s) { lines.push(s); }, listenerCount() { return 1; }, once() {}, removeListener() {} } });
c.trace('traced', { a: 1 });
c.trace();
for (const l of lines) console.log(l.split('\n')[0]);
