// Named and default imports of node:readline and node:readline/promises.
import readline, { createInterface, emitKeypressEvents, cursorTo } from 'node:readline';
import { createInterface as createP, Readline } from 'readline/promises';
import { PassThrough } from 'node:stream';
import { once } from 'node:events';

console.log(typeof readline.createInterface, typeof emitKeypressEvents, typeof cursorTo, typeof Readline);
const input = new PassThrough();
const rl = createInterface({ input });
const lines = [];
rl.on('line', (l) => lines.push(l));
input.end('top\nlevel\nawait');
await once(rl, 'close');
console.log(lines);
const rlp = createP({ input: new PassThrough(), output: new PassThrough() });
setTimeout(() => rlp.input.write('yes\n'), 5);
console.log(await rlp.question('ok? '));
rlp.close();
