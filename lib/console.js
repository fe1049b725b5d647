'use strict';
// node:console — placeholder until the full Console lands (see internal/console).
const binding = internalBinding('process');
function format(...args) {
  return args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ');
}
module.exports = {
  log: (...args) => binding.writeString(1, `${format(...args)}\n`),
  error: (...args) => binding.writeString(2, `${format(...args)}\n`),
};
