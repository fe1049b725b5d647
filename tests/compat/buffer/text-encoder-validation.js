'use strict';
// Node 20 validates TextEncoder's receiver (ERR_INVALID_THIS for encode and the encoding
// getter), the encodeInto source (must be a string: ERR_INVALID_ARG_TYPE "src"), and
// TextDecoder.decode options (must be an object/function/null: ERR_INVALID_ARG_TYPE).
const run = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.name, e.code ? e.message : ''); }
};
const te = new TextEncoder();
run('te-this', () => TextEncoder.prototype.encode.call({}, 'a'));
run('te-get', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
run('te-into-this', () => TextEncoder.prototype.encodeInto.call({}, 'a', new Uint8Array(2)));
run('ei-num', () => te.encodeInto(5, new Uint8Array(4)));
run('ei-undef', () => te.encodeInto(undefined, new Uint8Array(10)));
run('ei-obj', () => te.encodeInto({ toString() { return '\u00e9'; } }, new Uint8Array(1)));
run('ei-null', () => te.encodeInto(null, new Uint8Array(4)));
run('ei-sym', () => te.encodeInto(Symbol('s'), new Uint8Array(4)));
run('dec-opts-num', () => new TextDecoder().decode(new Uint8Array([0x41]), 5));
run('dec-opts-str', () => new TextDecoder().decode(new Uint8Array([0x41]), 'str'));
run('ctor-opts-fn', () => new TextDecoder('utf8', () => {}).fatal);
