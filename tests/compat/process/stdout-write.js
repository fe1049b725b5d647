// process.stdout.write returns true and output keeps order with console.log.
console.log('one');
console.log(process.stdout.write('two\n'));
process.stdout.write('three');
process.stdout.write('\n');
console.log(typeof process.stderr.write);
