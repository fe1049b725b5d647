'use strict';
// node:stream/web — the WHATWG streams. The stream classes are the embedded
// web-streams-polyfill package (a port of the spec's reference implementation);
// the encoding and compression streams are ours, on TextEncoder/TextDecoder and node:zlib.

const ws = require('internal/webstreams/streams');
const { TextEncoderStream, TextDecoderStream } = require('internal/webstreams/encoding');
const { CompressionStream, DecompressionStream } = require('internal/webstreams/compression');

module.exports = {
  ReadableStream: ws.ReadableStream,
  ReadableStreamDefaultReader: ws.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: ws.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: ws.ReadableStreamBYOBRequest,
  ReadableByteStreamController: ws.ReadableByteStreamController,
  ReadableStreamDefaultController: ws.ReadableStreamDefaultController,
  TransformStream: ws.TransformStream,
  TransformStreamDefaultController: ws.TransformStreamDefaultController,
  WritableStream: ws.WritableStream,
  WritableStreamDefaultWriter: ws.WritableStreamDefaultWriter,
  WritableStreamDefaultController: ws.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: ws.ByteLengthQueuingStrategy,
  CountQueuingStrategy: ws.CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
  CompressionStream,
  DecompressionStream,
};
