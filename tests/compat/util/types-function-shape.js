'use strict';
// util.types.isNativeError(DOMException) is false in Node 20 (DOMException is not a V8
// native error); isKeyObject/isCryptoKey read a property and so throw on a revoked
// proxy; and the predicates' name/length (native ones have length 0, isArrayBufferView
// is ArrayBuffer.isView, isKeyObject/isCryptoKey are named "value").
const { types } = require('util');
console.log(types.isNativeError(new DOMException('x')), types.isNativeError(new DOMException('x', 'AbortError')));
const r = Proxy.revocable({}, {});
r.revoke();
for (const check of ['isKeyObject', 'isCryptoKey', 'isProxy', 'isDate']) {
  try { console.log(check, types[check](r.proxy)); } catch (e) { console.log(check, 'threw', e.name); }
}
for (const check of Object.keys(types).sort()) console.log(check, types[check].name, types[check].length);
