'use strict';
// Deep equality for util.isDeepStrictEqual and assert.deepEqual/deepStrictEqual,
// with Node 20's rules: strict mode compares with Object.is, prototypes, symbol keys
// and [[Class]]; loose mode compares primitives with == and ignores prototypes.

const types = require('internal/util/types');

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const tagOf = (v) => Object.prototype.toString.call(v);

function isArrayIndex(key) {
  if (key.length === 0 || key.length > 10) return false;
  const n = Number(key);
  return n >= 0 && n < 2 ** 32 - 1 && String(n) === key;
}

// Own enumerable keys that are not array indices (symbols too in strict mode).
function nonIndexKeys(obj, strict) {
  const keys = Object.keys(obj).filter((k) => !isArrayIndex(k));
  if (strict) {
    for (const s of Object.getOwnPropertySymbols(obj)) if (isEnumerable(obj, s)) keys.push(s);
  }
  return keys;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function sameBytes(a, b) {
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameFloats(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBuffers(a, b) {
  return a.byteLength === b.byteLength && sameBytes(new Uint8Array(a), new Uint8Array(b));
}

function sameBoxed(a, b) {
  const pairs = [
    [types.isNumberObject, Number.prototype.valueOf, Object.is],
    [types.isStringObject, String.prototype.valueOf],
    [types.isBooleanObject, Boolean.prototype.valueOf],
    [types.isBigIntObject, BigInt.prototype.valueOf],
    [types.isSymbolObject, Symbol.prototype.valueOf],
  ];
  for (const [is, valueOf, eq = (x, y) => x === y] of pairs) {
    if (is(a)) return is(b) && eq(valueOf.call(a), valueOf.call(b));
  }
  return false;
}

function primitiveEqual(a, b, strict) {
  if (strict) return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
  // eslint-disable-next-line eqeqeq
  return a == b || (Number.isNaN(a) && Number.isNaN(b));
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);
  if (strict) {
    if (typeof a !== 'object') return primitiveEqual(a, b, true);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      return (b === null || typeof b !== 'object') && primitiveEqual(a, b, false);
    }
    if (b === null || typeof b !== 'object') return false;
  }
  if (tagOf(a) !== tagOf(b)) return false;
  return compareObjects(a, b, strict, memos);
}

// Both are objects of the same [[Class]] tag.
function compareObjects(a, b, strict, memos) {
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, keys);
  }
  if (tagOf(a) === '[object Object]' && !types.isBoxedPrimitive(a) && !isSpecial(b)) {
    return keyCheck(a, b, strict, memos, kNoIterator);
  }
  if (types.isDate(a)) {
    // Invalid Dates are never equal (NaN !== NaN), as in Node.
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (types.isNativeError(a) || a instanceof Error) {
    if ((!types.isNativeError(b) && !(b instanceof Error)) || a.message !== b.message || a.name !== b.name) {
      return false;
    }
  } else if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b)) return false;
    const floats = types.isFloat32Array(a) || types.isFloat64Array(a);
    if (!strict && floats ? !sameFloats(a, b) : !sameBytes(a, b)) return false;
    const keys = nonIndexKeys(a, strict);
    if (keys.length !== nonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, keys);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameBuffers(a, b)) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (isSpecial(b)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

function isSpecial(v) {
  return Array.isArray(v) || types.isArrayBufferView(v) || types.isSet(v) || types.isMap(v) ||
    types.isDate(v) || types.isRegExp(v) || types.isAnyArrayBuffer(v) || types.isBoxedPrimitive(v) ||
    types.isNativeError(v) || v instanceof Error;
}

function symbolKeysMatch(a, b) {
  let count = 0;
  for (const key of Object.getOwnPropertySymbols(a)) {
    if (isEnumerable(a, key)) {
      if (!isEnumerable(b, key)) return null;
      count++;
    } else if (isEnumerable(b, key)) {
      return null;
    }
  }
  const countB = Object.getOwnPropertySymbols(b).filter((k) => isEnumerable(b, k)).length;
  return countB === count ? count : null;
}

function keyCheck(a, b, strict, memos, iterationType, keys) {
  if (keys === undefined) {
    keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    if (strict) {
      const symbols = symbolKeysMatch(a, b);
      if (symbols === null) return false;
      if (symbols > 0) keys = keys.concat(Object.getOwnPropertySymbols(a).filter((k) => isEnumerable(a, k)));
    }
  }
  for (const key of keys) if (!isEnumerable(b, key)) return false;
  if (keys.length === 0 && (iterationType === kNoIterator ||
      (iterationType === kIsArray && a.length === 0) || a.size === 0)) {
    return true;
  }
  // Cycles: a pair seen at the same depth position on both sides is equal.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const posA = memos.a.get(a);
    if (posA !== undefined) {
      const posB = memos.b.get(b);
      if (posB !== undefined) return posA === posB;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const equal = objEquiv(a, b, strict, keys, memos, iterationType);
  memos.a.delete(a);
  memos.b.delete(b);
  return equal;
}

function takeEqual(set, value, strict, memos) {
  for (const candidate of set) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      set.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const v of a) {
    if (typeof v === 'object' && v !== null) {
      (pending ??= new Set()).add(v);
    } else if (!b.has(v)) {
      if (strict) return false;
      (pending ??= new Set()).add(v);
    }
  }
  if (pending === null) return true;
  for (const v of b) {
    if (typeof v === 'object' && v !== null) {
      if (!takeEqual(pending, v, strict, memos)) return false;
    } else if (!strict && !a.has(v) && !takeEqual(pending, v, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function takeEqualEntry(pending, map, key, value, strict, memos) {
  for (const candidate of pending) {
    if (innerDeepEqual(key, candidate, strict, memos) &&
        innerDeepEqual(value, map.get(candidate), strict, memos)) {
      pending.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, value] of a) {
    if (typeof key === 'object' && key !== null) {
      (pending ??= new Set()).add(key);
    } else {
      const other = b.get(key);
      if ((other === undefined && !b.has(key)) || !innerDeepEqual(value, other, strict, memos)) {
        if (strict) return false;
        (pending ??= new Set()).add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const [key, value] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, value, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), value, false, memos)) &&
               !takeEqualEntry(pending, a, key, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function arrayEquiv(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
    } else if (hasOwn(b, i)) {
      return false;
    }
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    if (!arrayEquiv(a, b, strict, memos)) return false;
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function isDeepEqual(a, b) { return innerDeepEqual(a, b, false); }
function isDeepStrictEqual(a, b) { return innerDeepEqual(a, b, true); }

module.exports = { isDeepEqual, isDeepStrictEqual };
