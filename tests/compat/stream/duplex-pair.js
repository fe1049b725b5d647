// duplexPair(): what is written to one side is read from the other.
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
b.on('data', (c) => console.log('b got', c.toString()));
a.on('data', (c) => console.log('a got', c.toString()));
b.on('end', () => console.log('b end'));
a.write('ping');
b.write('pong');
a.end();
