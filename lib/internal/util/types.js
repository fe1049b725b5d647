'use strict';
// util.types: answers from the engine's internal class of an object (never from
// prototypes or Symbol.toStringTag, which user code can fake), as Node does.

const binding = internalBinding('util');
const { getClassId, classIds: C } = binding;

function classIs(name) {
  const id = C[name];
  return (value) => getClassId(value) === id;
}

const isTypedArrayId = (id) => id >= C.Uint8ClampedArray && id <= C.Float64Array;

function isTypedArray(value) { return isTypedArrayId(getClassId(value)); }
function isArrayBufferView(value) {
  const id = getClassId(value);
  return isTypedArrayId(id) || id === C.DataView;
}
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
function isKeyObject() { return false; }
function isCryptoKey() { return false; }

// Node's name for the typed array kind, or undefined for anything else.
function typedArrayName(value) {
  const id = getClassId(value);
  if (!isTypedArrayId(id)) return undefined;
  for (const name of Object.keys(C)) if (C[name] === id) return name;
  return undefined;
}

module.exports = {
  isExternal,
  isDate: classIs('Date'),
  isArgumentsObject,
  isBigIntObject: classIs('BigInt'),
  isBooleanObject: classIs('Boolean'),
  isNumberObject: classIs('Number'),
  isStringObject: classIs('String'),
  isSymbolObject: classIs('Symbol'),
  isNativeError: classIs('Error'),
  isRegExp: classIs('RegExp'),
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise: classIs('Promise'),
  isMap: classIs('Map'),
  isSet: classIs('Set'),
  isMapIterator: classIs('MapIterator'),
  isSetIterator: classIs('SetIterator'),
  isWeakMap: classIs('WeakMap'),
  isWeakSet: classIs('WeakSet'),
  isArrayBuffer: classIs('ArrayBuffer'),
  isDataView: classIs('DataView'),
  isSharedArrayBuffer: classIs('SharedArrayBuffer'),
  isProxy,
  isModuleNamespaceObject: classIs('ModuleNamespace'),
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: classIs('Uint8Array'),
  isUint8ClampedArray: classIs('Uint8ClampedArray'),
  isUint16Array: classIs('Uint16Array'),
  isUint32Array: classIs('Uint32Array'),
  isInt8Array: classIs('Int8Array'),
  isInt16Array: classIs('Int16Array'),
  isInt32Array: classIs('Int32Array'),
  isFloat32Array: classIs('Float32Array'),
  isFloat64Array: classIs('Float64Array'),
  isBigInt64Array: classIs('BigInt64Array'),
  isBigUint64Array: classIs('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};

// Not part of util.types; used by inspect.
Object.defineProperty(module.exports, 'typedArrayName', { value: typedArrayName, enumerable: false });
