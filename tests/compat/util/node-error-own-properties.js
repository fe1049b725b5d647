'use strict';
// Own property names/keys of Node's internal errors: no own `toString`, and for
// ERR_FALSY_VALUE_REJECTION `code` is defined before `reason` (visible in console.log).
const util = require('util');
const errs = [];
try { Buffer.alloc(-1); } catch (e) { errs.push(e); }
try { util.promisify(1); } catch (e) { errs.push(e); }
try { Buffer.alloc(2).swap32(); } catch (e) { errs.push(e); }
try { new TextDecoder('x'); } catch (e) { errs.push(e); }
util.callbackify(() => Promise.reject(null))((e) => {
  errs.push(e);
  for (const err of errs) {
    console.log(err.code, Object.keys(err).join(','), Object.prototype.hasOwnProperty.call(err, 'toString'),
      Object.getOwnPropertyNames(err).sort().join(','));
  }
  e.stack = 'STACK';
  console.log(util.inspect(e));
});
