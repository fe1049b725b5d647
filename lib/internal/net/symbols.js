'use strict';
// Symbols shared by the net modules (and by http, which reuses sockets).

module.exports = {
  kSetNoDelay: Symbol('kSetNoDelay'),
  kSetKeepAlive: Symbol('kSetKeepAlive'),
  kSetKeepAliveInitialDelay: Symbol('kSetKeepAliveInitialDelay'),
  kLastWriteQueueSize: Symbol('lastWriteQueueSize'),
  kBytesRead: Symbol('kBytesRead'),
  kBytesWritten: Symbol('kBytesWritten'),
  kReinitializeHandle: Symbol('kReinitializeHandle'),
  normalizedArgsSymbol: Symbol('normalizedArgs'),
};
