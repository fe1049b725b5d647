import console2, { log, Console, table } from 'node:console';
log('named log', { a: 1 });
console.log(console2 === console, typeof Console, typeof table);
import { inspect } from 'node:util';
console.log(inspect(new Console(process.stdout)).length > 0);
