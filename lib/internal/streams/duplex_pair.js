'use strict';
// stream.duplexPair(options): two connected Duplex streams; what one side writes,
// the other side reads (Node 20.20's API). A write completes when the other side
// asks for more data, so backpressure crosses the pair.

const kPendingWrite = Symbol('kPendingWrite');
const kOtherSide = Symbol('kOtherSide');

function define(Duplex) {
  class DuplexSide extends Duplex {
    constructor(options) {
      super(options);
      this[kOtherSide] = null;
      this[kPendingWrite] = null;
    }

    _read() {
      const callback = this[kPendingWrite];
      if (callback) {
        this[kPendingWrite] = null;
        callback();
      }
    }

    _write(chunk, encoding, callback) {
      if (chunk.length === 0) {
        process.nextTick(callback);
        return;
      }
      const other = this[kOtherSide];
      other.push(chunk);
      other[kPendingWrite] = callback;
    }

    _final(callback) {
      const other = this[kOtherSide];
      other.on('end', callback);
      other.push(null);
    }
  }

  return function duplexPair(options) {
    const side0 = new DuplexSide(options);
    const side1 = new DuplexSide(options);
    side0[kOtherSide] = side1;
    side1[kOtherSide] = side0;
    return [side0, side1];
  };
}

module.exports = { define };
