'use strict';
// util.types: answers from the engine's internal class of an object (never from
// prototypes or Symbol.toStringTag, which user code can fake), as Node does.

const binding = internalBinding('util');
const { getClassId, classIds: C } = binding;

// One predicate per engine class. Node's are V8 builtins of length 0 (the length is
// set below), except the typed-array ones, JS functions of one parameter.
const kDate = C.Date;
const kBigInt = C.BigInt;
const kBoolean = C.Boolean;
const kNumber = C.Number;
const kString = C.String;
const kSymbol = C.Symbol;
const kRegExp = C.RegExp;
const kPromise = C.Promise;
const kMap = C.Map;
const kSet = C.Set;
const kMapIterator = C.MapIterator;
const kSetIterator = C.SetIterator;
const kWeakMap = C.WeakMap;
const kWeakSet = C.WeakSet;
const kArrayBuffer = C.ArrayBuffer;
const kDataView = C.DataView;
const kSharedArrayBuffer = C.SharedArrayBuffer;
const kModuleNamespace = C.ModuleNamespace;
function isDate(value) { return getClassId(value) === kDate; }
function isBigIntObject(value) { return getClassId(value) === kBigInt; }
function isBooleanObject(value) { return getClassId(value) === kBoolean; }
function isNumberObject(value) { return getClassId(value) === kNumber; }
function isStringObject(value) { return getClassId(value) === kString; }
function isSymbolObject(value) { return getClassId(value) === kSymbol; }
function isRegExp(value) { return getClassId(value) === kRegExp; }
function isPromise(value) { return getClassId(value) === kPromise; }
function isMap(value) { return getClassId(value) === kMap; }
function isSet(value) { return getClassId(value) === kSet; }
function isMapIterator(value) { return getClassId(value) === kMapIterator; }
function isSetIterator(value) { return getClassId(value) === kSetIterator; }
function isWeakMap(value) { return getClassId(value) === kWeakMap; }
function isWeakSet(value) { return getClassId(value) === kWeakSet; }
function isArrayBuffer(value) { return getClassId(value) === kArrayBuffer; }
function isDataView(value) { return getClassId(value) === kDataView; }
function isSharedArrayBuffer(value) { return getClassId(value) === kSharedArrayBuffer; }
function isModuleNamespaceObject(value) { return getClassId(value) === kModuleNamespace; }
const kUint8Array = C.Uint8Array;
const kUint8ClampedArray = C.Uint8ClampedArray;
const kUint16Array = C.Uint16Array;
const kUint32Array = C.Uint32Array;
const kInt8Array = C.Int8Array;
const kInt16Array = C.Int16Array;
const kInt32Array = C.Int32Array;
const kFloat32Array = C.Float32Array;
const kFloat64Array = C.Float64Array;
const kBigInt64Array = C.BigInt64Array;
const kBigUint64Array = C.BigUint64Array;
function isUint8Array(value) { return getClassId(value) === kUint8Array; }
function isUint8ClampedArray(value) { return getClassId(value) === kUint8ClampedArray; }
function isUint16Array(value) { return getClassId(value) === kUint16Array; }
function isUint32Array(value) { return getClassId(value) === kUint32Array; }
function isInt8Array(value) { return getClassId(value) === kInt8Array; }
function isInt16Array(value) { return getClassId(value) === kInt16Array; }
function isInt32Array(value) { return getClassId(value) === kInt32Array; }
function isFloat32Array(value) { return getClassId(value) === kFloat32Array; }
function isFloat64Array(value) { return getClassId(value) === kFloat64Array; }
function isBigInt64Array(value) { return getClassId(value) === kBigInt64Array; }
function isBigUint64Array(value) { return getClassId(value) === kBigUint64Array; }

const isTypedArrayId = (id) => id >= C.Uint8ClampedArray && id <= C.Float64Array;

function isTypedArray(value) { return isTypedArrayId(getClassId(value)); }
function isAnyArrayBuffer(value) {
  const id = getClassId(value);
  return id === C.ArrayBuffer || id === C.SharedArrayBuffer;
}
function isArgumentsObject(value) {
  const id = getClassId(value);
  return id === C.Arguments || id === C.MappedArguments;
}
function isAsyncFunction(value) {
  const id = getClassId(value);
  return id === C.AsyncFunction || id === C.AsyncGeneratorFunction;
}
function isGeneratorFunction(value) {
  const id = getClassId(value);
  return id === C.GeneratorFunction || id === C.AsyncGeneratorFunction;
}
function isGeneratorObject(value) {
  const id = getClassId(value);
  return id === C.Generator || id === C.AsyncGenerator;
}
function isBoxedPrimitive(value) {
  const id = getClassId(value);
  return id === C.Number || id === C.String || id === C.Boolean || id === C.Symbol || id === C.BigInt;
}
function isProxy(value) { return getClassId(value) === C.Proxy; }
function isExternal() { return false; }

// A DOMException is built on an Error object here, but is no native error in Node
// (V8's DOMException is an API object). Told apart by its `name` getter, which
// throws for anything but a DOMException, only for errors that inherit from
// DOMException.prototype.
const protoIsPrototypeOf = Object.prototype.isPrototypeOf;
let domExceptionProto = null;
let domExceptionName;
function isDOMException(value) {
  if (domExceptionProto === null) {
    domExceptionProto = require('internal/dom_exception').DOMException.prototype;
    domExceptionName = Object.getOwnPropertyDescriptor(domExceptionProto, 'name').get;
  }
  if (!protoIsPrototypeOf.call(domExceptionProto, value)) return false;
  try {
    Reflect.apply(domExceptionName, value, []);
    return true;
  } catch {
    return false;
  }
}
const kError = C.Error;
function isNativeError(value) {
  return getClassId(value) === kError && !isDOMException(value);
}
// For internal checks of the form `isErrorObject(v) || v instanceof Error`, where a
// DOMException counts either way: the engine's class alone, without the costlier
// DOMException test.
function isErrorObject(value) { return getClassId(value) === kError; }

// Node's name for the typed array kind, or undefined for anything else.
function typedArrayName(value) {
  const id = getClassId(value);
  if (!isTypedArrayId(id)) return undefined;
  for (const name of Object.keys(C)) if (C[name] === id) return name;
  return undefined;
}

// A shared descriptor: this runs at startup.
const kLengthZero = { value: 0 };
for (const fn of [
  isDate, isArgumentsObject, isBigIntObject, isBooleanObject, isNumberObject, isStringObject,
  isSymbolObject, isNativeError, isRegExp, isAsyncFunction, isGeneratorFunction, isGeneratorObject,
  isPromise, isMap, isSet, isMapIterator, isSetIterator, isWeakMap, isWeakSet, isArrayBuffer,
  isDataView, isSharedArrayBuffer, isProxy, isModuleNamespaceObject, isAnyArrayBuffer, isBoxedPrimitive,
]) {
  Object.defineProperty(fn, 'length', kLengthZero);
}

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  // As Node: ArrayBuffer.isView itself.
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
};

// As Node: methods named `value`, read-only, that look up the key's internal slot
// and so throw on a revoked proxy. KeyObjects are the ones node:crypto made
// (internal/crypto/key_object_set); there are no CryptoKeys.
const kKeyObjectSlot = Symbol('kKeyObjectSlot');
const keyObjects = require('internal/crypto/key_object_set');
Object.defineProperties(module.exports, {
  isKeyObject: {
    value(obj) { return obj != null && (obj[kKeyObjectSlot] !== undefined || keyObjects.has(obj)); },
    enumerable: true,
  },
  isCryptoKey: {
    value(obj) { return obj != null && obj[kKeyObjectSlot] !== undefined; },
    enumerable: true,
  },
});

// Not part of util.types; used by inspect and the comparisons.
Object.defineProperty(module.exports, 'typedArrayName', { value: typedArrayName, enumerable: false });
Object.defineProperty(module.exports, 'isErrorObject', { value: isErrorObject, enumerable: false });
