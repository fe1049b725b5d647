'use strict';
// node:zlib's tables and option checks: zlib.constants in Node 20's key order, the
// codes table, Node's range checks with their messages, and the error codes zlib
// raises.

const binding = internalBinding('zlib');
const { codes } = require('internal/errors');
const { validateNumber } = require('internal/net/validators');
const { ERR_OUT_OF_RANGE } = codes;

// Brotli's constants as Node 20 lists them (its own names for Brotli's values).
const kBrotliConstants = [
  ['BROTLI_OPERATION_PROCESS', 0], ['BROTLI_OPERATION_FLUSH', 1], ['BROTLI_OPERATION_FINISH', 2],
  ['BROTLI_OPERATION_EMIT_METADATA', 3], ['BROTLI_PARAM_MODE', 0], ['BROTLI_MODE_GENERIC', 0],
  ['BROTLI_MODE_TEXT', 1], ['BROTLI_MODE_FONT', 2], ['BROTLI_DEFAULT_MODE', 0],
  ['BROTLI_PARAM_QUALITY', 1], ['BROTLI_MIN_QUALITY', 0], ['BROTLI_MAX_QUALITY', 11],
  ['BROTLI_DEFAULT_QUALITY', 11], ['BROTLI_PARAM_LGWIN', 2], ['BROTLI_MIN_WINDOW_BITS', 10],
  ['BROTLI_MAX_WINDOW_BITS', 24], ['BROTLI_LARGE_MAX_WINDOW_BITS', 30], ['BROTLI_DEFAULT_WINDOW', 22],
  ['BROTLI_PARAM_LGBLOCK', 3], ['BROTLI_MIN_INPUT_BLOCK_BITS', 16], ['BROTLI_MAX_INPUT_BLOCK_BITS', 24],
  ['BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING', 4], ['BROTLI_PARAM_SIZE_HINT', 5],
  ['BROTLI_PARAM_LARGE_WINDOW', 6], ['BROTLI_PARAM_NPOSTFIX', 7], ['BROTLI_PARAM_NDIRECT', 8],
  ['BROTLI_DECODER_RESULT_ERROR', 0], ['BROTLI_DECODER_RESULT_SUCCESS', 1],
  ['BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT', 2], ['BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT', 3],
  ['BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION', 0], ['BROTLI_DECODER_PARAM_LARGE_WINDOW', 1],
  ['BROTLI_DECODER_NO_ERROR', 0], ['BROTLI_DECODER_SUCCESS', 1], ['BROTLI_DECODER_NEEDS_MORE_INPUT', 2],
  ['BROTLI_DECODER_NEEDS_MORE_OUTPUT', 3], ['BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE', -1],
  ['BROTLI_DECODER_ERROR_FORMAT_RESERVED', -2], ['BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE', -3],
  ['BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET', -4],
  ['BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME', -5], ['BROTLI_DECODER_ERROR_FORMAT_CL_SPACE', -6],
  ['BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE', -7], ['BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT', -8],
  ['BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1', -9], ['BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2', -10],
  ['BROTLI_DECODER_ERROR_FORMAT_TRANSFORM', -11], ['BROTLI_DECODER_ERROR_FORMAT_DICTIONARY', -12],
  ['BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS', -13], ['BROTLI_DECODER_ERROR_FORMAT_PADDING_1', -14],
  ['BROTLI_DECODER_ERROR_FORMAT_PADDING_2', -15], ['BROTLI_DECODER_ERROR_FORMAT_DISTANCE', -16],
  ['BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET', -19], ['BROTLI_DECODER_ERROR_INVALID_ARGUMENTS', -20],
  ['BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES', -21], ['BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS', -22],
  ['BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP', -25], ['BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1', -26],
  ['BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2', -27], ['BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES', -30],
  ['BROTLI_DECODER_ERROR_UNREACHABLE', -31],
];

// Node's order: zlib.h's values, Node's stream modes, its limits, then Brotli's.
function makeConstants() {
  const c = { __proto__: null, ...binding.constants };
  const node = [
    ['DEFLATE', 1], ['INFLATE', 2], ['GZIP', 3], ['GUNZIP', 4], ['DEFLATERAW', 5], ['INFLATERAW', 6],
    ['UNZIP', 7], ['BROTLI_DECODE', 8], ['BROTLI_ENCODE', 9],
    ['Z_MIN_WINDOWBITS', 8], ['Z_MAX_WINDOWBITS', 15], ['Z_DEFAULT_WINDOWBITS', 15],
    ['Z_MIN_CHUNK', 64], ['Z_MAX_CHUNK', Infinity], ['Z_DEFAULT_CHUNK', 16 * 1024],
    ['Z_MIN_MEMLEVEL', 1], ['Z_MAX_MEMLEVEL', 9], ['Z_DEFAULT_MEMLEVEL', 8],
    ['Z_MIN_LEVEL', -1], ['Z_MAX_LEVEL', 9], ['Z_DEFAULT_LEVEL', c.Z_DEFAULT_COMPRESSION],
  ];
  for (const [k, v] of node) c[k] = v;
  for (const [k, v] of kBrotliConstants) c[k] = v;
  return c;
}

const constants = makeConstants();

// Return code -> name and name -> code.
function makeCodes() {
  const table = {};
  for (const k of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR',
    'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
    table[k] = constants[k];
  }
  for (const k of Object.keys(table)) table[table[k]] = k;
  return Object.freeze(table);
}

// false for undefined and NaN, true for a finite number; throws otherwise.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

// `def` for undefined or NaN, the number when in [lower, upper]; throws otherwise.
function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

const { ERR_BROTLI_INVALID_PARAM, ERR_BUFFER_TOO_LARGE, ERR_INTERNAL_ASSERTION, ERR_ZLIB_INITIALIZATION_FAILED } = codes;

// Node's internal assert (zlib uses it for a closed handle).
function internalAssert(value, message) {
  if (!value) throw new ERR_INTERNAL_ASSERTION(message);
}

module.exports = {
  ERR_BROTLI_INVALID_PARAM,
  ERR_BUFFER_TOO_LARGE,
  ERR_ZLIB_INITIALIZATION_FAILED,
  internalAssert,
  binding,
  checkRangesOrGetDefault,
  constants,
  makeCodes,
  validateFiniteNumber,
};
