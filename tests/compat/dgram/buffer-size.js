// Buffer sizes: ERR_SOCKET_BUFFER_SIZE before bind, getters/setters after, options.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
for (const [name, f] of [['getRecv', () => s.getRecvBufferSize()], ['getSend', () => s.getSendBufferSize()],
                        ['setRecv', () => s.setRecvBufferSize(8192)]]) {
  try { f(); } catch (e) {
    console.log(name, e.name, e.code, e.message, e.errno, e.syscall, JSON.stringify(e.info), e instanceof Error);
  }
}
s.bind(0, '127.0.0.1', () => {
  console.log(typeof s.getRecvBufferSize(), typeof s.getSendBufferSize());
  s.setRecvBufferSize(16384);
  s.setSendBufferSize(32768);
  console.log(s.getRecvBufferSize(), s.getSendBufferSize());
  const t = dgram.createSocket({ type: 'udp4', recvBufferSize: 10000, sendBufferSize: 20000 });
  t.bind(0, '127.0.0.1', () => {
    console.log(t.getRecvBufferSize(), t.getSendBufferSize());
    t.close();
    s.close();
  });
});
