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
  } else if (types.isErrorObject(a) || a instanceof Error) {
    if ((!types.isErrorObject(b) && !(b instanceof Error)) || !sameErrorFields(a, b, strict, memos)) return false;
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

// Node 20 compares an error's message and name (when not enumerable: enumerable ones are
// compared as keys), its `cause` and an AggregateError's `errors`; never the stack.
function sameErrorField(a, b, key, strict, memos) {
  const enumerable = isEnumerable(a, key);
  if (enumerable !== isEnumerable(b, key)) return false;
  if (enumerable) return true;
  if (key === 'message' || key === 'name') return a[key] === b[key];
  return innerDeepEqual(a[key], b[key], strict, memos);
}

function sameErrorFields(a, b, strict, memos) {
  return sameErrorField(a, b, 'message', strict, memos) && sameErrorField(a, b, 'name', strict, memos) &&
    sameErrorField(a, b, 'cause', strict, memos) && sameErrorField(a, b, 'errors', strict, memos);
}

function isSpecial(v) {
  return Array.isArray(v) || types.isArrayBufferView(v) || types.isSet(v) || types.isMap(v) ||
    types.isDate(v) || types.isRegExp(v) || types.isAnyArrayBuffer(v) || types.isBoxedPrimitive(v) ||
    types.isErrorObject(v) || v instanceof Error;
}

// The number of enumerable symbol keys of `a` when `b` has the same ones, else null.
// As Node, `b`'s enumerable symbols are counted only when the two have different
// numbers of symbol keys.
function symbolKeysMatch(a, b) {
  const symbolsA = Object.getOwnPropertySymbols(a);
  let count = 0;
  for (const key of symbolsA) {
    if (isEnumerable(a, key)) {
      if (!isEnumerable(b, key)) return null;
      count++;
    } else if (isEnumerable(b, key)) {
      return null;
    }
  }
  const symbolsB = Object.getOwnPropertySymbols(b);
  if (symbolsA.length !== symbolsB.length && symbolsB.filter((k) => isEnumerable(b, k)).length !== count) {
    return null;
  }
  return count;
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
  // Cycles, as Node 20: the outermost pair and the next one are tracked without a Set;
  // deeper, every object being compared goes into one Set (both sides together), and
  // a pair whose two objects are both already in it counts as equal. So cycles of
  // different lengths that unfold to the same tree are equal.
  if (memos === undefined) {
    memos = { set: undefined, a, b, c: undefined, d: undefined, deep: false, deleteFailures: false };
    return objEquiv(a, b, strict, keys, memos, iterationType);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === a && memos.b === b) return true;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const result = objEquiv(a, b, strict, keys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set();
    memos.set.add(memos.a).add(memos.b).add(memos.c).add(memos.d);
  }
  const set = memos.set;
  const size = set.size;
  set.add(a).add(b);
  if (set.size === size) return true;
  const equal = objEquiv(a, b, strict, keys, memos, iterationType);
  // Failed pairs stay in the Set unless a Set/Map lookup is trying candidates.
  if (equal || memos.deleteFailures) {
    set.delete(a);
    set.delete(b);
  }
  return equal;
}

// Looks in `set` for an element deep-equal to `value` and removes it. Candidates that
// fail are dropped from the cycle Set again (memos.deleteFailures), as in Node.
function setHasEqualElement(set, value, strict, memos) {
  const { deleteFailures } = memos;
  memos.deleteFailures = true;
  for (const candidate of set) {
    if (innerDeepEqual(candidate, value, strict, memos)) {
      set.delete(candidate);
      memos.deleteFailures = deleteFailures;
      return true;
    }
  }
  memos.deleteFailures = deleteFailures;
  return false;
}

// Loose mode: the primitive another one could be == to, when it is not a number-like
// (undefined <-> null); true when there may be several, false when there are none.
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined; // null
    case 'symbol': return false;
    case 'string':
      prim = +prim;
      // falls through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = findLooseMatchingPrimitives(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = findLooseMatchingPrimitives(prim);
  if (alt != null) return alt;
  const other = b.get(alt);
  if ((other === undefined && !b.has(alt)) || !innerDeepEqual(item, other, false, memos)) return false;
  return !a.has(alt) && innerDeepEqual(item, other, false, memos);
}

function setEquiv(a, b, strict, memos) {
  // Elements of `a` missing from `b` (objects, or loose-matching primitives), to be
  // paired with `b`'s by deep equality.
  let set = null;
  for (const v of a) {
    if (!b.has(v)) {
      if ((typeof v !== 'object' || v === null) && (strict || !setMightHaveLoosePrim(a, b, v))) return false;
      if (set === null) {
        if (b.size === 1) return innerDeepEqual(v, b.values().next().value, strict, memos);
        set = new Set();
      }
      set.add(v);
    }
  }
  if (set === null) return true;
  for (const v of b) {
    if (typeof v === 'object' && v !== null) {
      if (!a.has(v) && !setHasEqualElement(set, v, strict, memos)) return false;
    } else if (!strict && !a.has(v) && !setHasEqualElement(set, v, strict, memos)) {
      return false;
    }
  }
  return set.size === 0;
}

function mapHasEqualEntry(set, map, key, item, strict, memos) {
  const { deleteFailures } = memos;
  memos.deleteFailures = true;
  for (const candidate of set) {
    if (innerDeepEqual(candidate, key, strict, memos) &&
        innerDeepEqual(map.get(candidate), item, strict, memos)) {
      set.delete(candidate);
      memos.deleteFailures = deleteFailures;
      return true;
    }
  }
  memos.deleteFailures = deleteFailures;
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let set = null;
  for (const { 0: key, 1: item } of a) {
    if (typeof key === 'object' && key !== null) {
      if (set === null) {
        if (b.size === 1) {
          const { 0: key2, 1: item2 } = b.entries().next().value;
          return innerDeepEqual(key, key2, strict, memos) && innerDeepEqual(item, item2, strict, memos);
        }
        set = new Set();
      }
      set.add(key);
    } else {
      const other = b.get(key);
      if ((other === undefined && !b.has(key)) || !innerDeepEqual(item, other, strict, memos)) {
        if (strict || !mapMightHaveLoosePrim(a, b, key, item, memos)) return false;
        (set ??= new Set()).add(key);
      }
    }
  }
  if (set === null) return true;
  for (const { 0: key, 1: item } of b) {
    if (typeof key === 'object' && key !== null) {
      if (!mapHasEqualEntry(set, a, key, item, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
               !mapHasEqualEntry(set, a, key, item, strict, memos)) {
      return false;
    }
  }
  return set.size === 0;
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

// Named keys first, then the elements / entries, in Node's order (it matters for
// which pairs the cycle Set holds).
function objEquiv(a, b, strict, keys, memos, iterationType) {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (iterationType === kIsArray) return arrayEquiv(a, b, strict, memos);
  if (iterationType === kIsSet) return setEquiv(a, b, strict, memos);
  if (iterationType === kIsMap) return mapEquiv(a, b, strict, memos);
  return true;
}

function isDeepEqual(a, b) { return innerDeepEqual(a, b, false); }
function isDeepStrictEqual(a, b) { return innerDeepEqual(a, b, true); }

module.exports = { isDeepEqual, isDeepStrictEqual };
