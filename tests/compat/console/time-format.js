'use strict';
// Durations vary: print them with the digits replaced, keeping the unit and shape.
const { EventEmitter } = require('events');
const out = new EventEmitter();
out.write = (chunk) => { process.stdout.write(chunk.replace(/\d+(\.\d+)?ms/g, 'N.Nms')); return true; };
const c = new console.Console(out);
c.time(); c.timeEnd();
c.time('lbl'); c.timeLog('lbl', 'extra', { d: 1 }); c.timeEnd('lbl');
c.time(5); c.timeLog(5); c.timeEnd(5);
console.log(/^\d+(\.\d+)?ms$/.test('1.5ms'));
