'use strict';
// The server's connection list (Node keeps it in C++): every connection's parser,
// for closeAllConnections/closeIdleConnections and the periodic check that answers
// 408 to requests past headersTimeout/requestTimeout. A parser reports when its
// current message began (loop ms, 0 between messages) and whether its head is done.

const { getLibuvNow } = internalBinding('timers');

class ConnectionsList {
  constructor() {
    this.parsers = new Set();
  }

  add(parser) { this.parsers.add(parser); }
  remove(parser) { this.parsers.delete(parser); }

  all() { return Array.from(this.parsers); }

  idle() {
    const out = [];
    for (const p of this.parsers) if (p.lastMessageStart() === 0) out.push(p);
    return out;
  }

  active() {
    const out = [];
    for (const p of this.parsers) if (p.lastMessageStart() !== 0) out.push(p);
    return out;
  }

  expired(headersTimeout, requestTimeout) {
    const now = getLibuvNow() + 1;  // the parser's clock is uv_now + 1
    const headersDeadline = headersTimeout > 0 && now > headersTimeout ? now - headersTimeout : 0;
    const requestDeadline = requestTimeout > 0 && now > requestTimeout ? now - requestTimeout : 0;
    const out = [];
    if (headersDeadline === 0 && requestDeadline === 0) return out;
    for (const p of this.parsers) {
      const start = p.lastMessageStart();
      if (start === 0) continue;
      if ((!p.headersCompleted() && headersDeadline > 0 && start < headersDeadline) ||
          (requestDeadline > 0 && start < requestDeadline)) {
        // Reported once per message, as Node drops it from its active list.
        if (p._expiredStart === start) continue;
        p._expiredStart = start;
        out.push(p);
      }
    }
    return out;
  }
}

module.exports = { ConnectionsList };
