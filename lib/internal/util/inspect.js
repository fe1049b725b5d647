'use strict';
// Placeholder; replaced by the full util.inspect.
function inspect(v) { return typeof v === 'string' ? `'${v}'` : String(v); }
module.exports = { inspect, format: (...a) => a.join(' ') };
