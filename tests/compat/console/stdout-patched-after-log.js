// console.log before and after a program takes over process.stdout.write: output
// stays in order and the patched write sees later console output.
console.log('first');
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => write(`[patched] ${chunk}`, ...rest);
console.log('second', { n: 1 });
process.stdout.write = write;
console.log('third');
