'use strict';
// hasColors argument validation, and the FORCE_COLOR-over-NO_COLOR warning
// (emitted once per process, only when FORCE_COLOR enables colors).
const tty = require('tty');
const { getColorDepth, hasColors } = tty.WriteStream.prototype;

function show(fn) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
show(() => hasColors('16'));
show(() => hasColors(1));
show(() => hasColors(0, {}));
show(() => hasColors(-5, {}));
show(() => hasColors(2.5));
show(() => hasColors(NaN));
show(() => hasColors(null));
show(() => hasColors(true, {}));
show(() => hasColors(Infinity, {}));
show(() => hasColors(2 ** 53, {}));
try { hasColors(16, null); } catch (e) { console.log('null env', e.name); }
show(() => hasColors(undefined, { TERM: 'xterm' }));
show(() => hasColors({ TERM: 'xterm' }, undefined));
show(() => hasColors(2, {}));
show(() => hasColors(3, {}));
try { getColorDepth(null); } catch (e) { console.log('null env', e.name); }
show(() => getColorDepth(undefined) > 0);
console.log(getColorDepth.length, hasColors.length, getColorDepth.name, hasColors.name);

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));
console.log(getColorDepth({ FORCE_COLOR: '0', NO_COLOR: '1' }));  // disabled: no warning
console.log(getColorDepth({ FORCE_COLOR: '2', NO_COLOR: '1', NODE_DISABLE_COLORS: '1' }));
console.log(getColorDepth({ FORCE_COLOR: '3', NO_COLOR: '1' }));  // warned once already
setImmediate(() => console.log(warnings));
