'use strict';
// A line-based server: readline on each accepted socket, one reply per line; the
// client reads the replies with readline too. Commands arrive split at odd places.
const net = require('net');
const readline = require('readline');

const server = net.createServer((sock) => {
  const rl = readline.createInterface({ input: sock, crlfDelay: Infinity });
  rl.on('line', (line) => {
    const [cmd, ...args] = line.split(' ');
    if (cmd === 'ECHO') sock.write(`+${args.join(' ')}\r\n`);
    else if (cmd === 'LEN') sock.write(`:${Buffer.byteLength(args.join(' '))}\r\n`);
    else if (cmd === 'QUIT') {
      sock.end('+BYE\r\n');
      rl.close();
    } else sock.write(`-ERR unknown '${cmd}'\r\n`);
  });
  rl.on('close', () => console.log('server rl closed'));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const replies = readline.createInterface({ input: client });
  replies.on('line', (l) => console.log('reply', JSON.stringify(l)));
  replies.on('close', () => {
    console.log('client rl closed');
    server.close();
  });
  const parts = ['EC', 'HO hello wo', 'rld\r', '\nLEN ', 'żółw\nFOO\r\nECHO ', '日本', '\nQU', 'IT\n'];
  let i = 0;
  const send = () => {
    if (i < parts.length) client.write(parts[i++], () => setTimeout(send, 5));
  };
  send();
});
