'use strict';
// TextEncoderStream and TextDecoderStream: TransformStreams around TextEncoder and
// a streaming TextDecoder, as the Encoding Standard defines them.

const { TransformStream } = require('internal/webstreams/streams');
const { TextDecoder } = require('internal/encoding');

const kTransform = Symbol('kTransform');
const kDecoder = Symbol('kDecoder');

class TextEncoderStream {
  constructor() {
    let pending = '';  // a high surrogate waiting for its pair
    const encoder = new TextEncoder();
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        let str = pending + `${chunk}`;
        pending = '';
        if (str.length === 0) return;
        const last = str.charCodeAt(str.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = str[str.length - 1];
          str = str.slice(0, -1);
          if (str.length === 0) return;
        }
        controller.enqueue(encoder.encode(str));
      },
      flush(controller) {
        if (pending !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
  }

  get encoding() { return 'utf-8'; }
  get readable() { return this[kTransform].readable; }
  get writable() { return this[kTransform].writable; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return `TextEncoderStream ${fn({ encoding: 'utf-8', readable: this.readable, writable: this.writable }, options)}`;
  }
}

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kDecoder] = decoder;
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        const value = decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
      },
    });
  }

  get encoding() { return this[kDecoder].encoding; }
  get fatal() { return this[kDecoder].fatal; }
  get ignoreBOM() { return this[kDecoder].ignoreBOM; }
  get readable() { return this[kTransform].readable; }
  get writable() { return this[kTransform].writable; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return `TextDecoderStream ${fn({
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM,
      readable: this.readable, writable: this.writable,
    }, options)}`;
  }
}

module.exports = { TextEncoderStream, TextDecoderStream };
