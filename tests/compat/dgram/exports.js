// The module's exports and the Socket class shape.
const dgram = require('dgram');
const { EventEmitter } = require('events');
console.log(Object.keys(dgram).filter((k) => !k.startsWith('_')).sort().join(','));
const s = dgram.createSocket('udp4');
console.log(s instanceof dgram.Socket, s instanceof EventEmitter, s.type);
const proto = ['bind', 'connect', 'disconnect', 'send', 'close', 'address', 'remoteAddress', 'setBroadcast',
  'setTTL', 'setMulticastTTL', 'setMulticastLoopback', 'setMulticastInterface', 'addMembership',
  'dropMembership', 'setRecvBufferSize', 'setSendBufferSize', 'getRecvBufferSize', 'getSendBufferSize',
  'getSendQueueSize', 'getSendQueueCount', 'ref', 'unref'];
console.log(proto.filter((m) => typeof dgram.Socket.prototype[m] !== 'function').join(',') || 'all methods');
console.log(typeof dgram.Socket.prototype[Symbol.asyncDispose]);
const t = new dgram.Socket('udp6');
console.log(t.type, require('node:dgram') === dgram);
s.close(); t.close();
import('node:dgram').then((m) => console.log('esm', typeof m.createSocket, typeof m.default.Socket));
