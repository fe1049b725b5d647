'use strict';
const { parseArgs, inspect } = require('util');
const show = (config) => {
  try {
    const r = parseArgs(config);
    console.log(inspect(r, { depth: 4 }));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
};
const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', multiple: true, short: 't' },
  level: { type: 'string', default: 'info' },
  flags: { type: 'boolean', multiple: true, default: [false] },
};
show({ args: ['-v', '--file', 'a.txt', '-t', 'x', '--tag=y'], options });
show({ args: ['-vfout.txt'], options });
show({ args: ['-vf', 'out.txt', '--level=debug'], options });
show({ args: ['--flags', '--flags'], options });
show({ args: ['pos'], options });
show({ args: ['pos', '--', '--not-an-option'], options, allowPositionals: true });
show({ args: ['--unknown'], options });
show({ args: ['--unknown'], options, allowPositionals: true });
show({ args: ['--file'], options });
show({ args: ['--verbose=yes'], options });
show({ args: ['--file', '-v'], options });
show({ args: ['-f', '-v'], options });
show({ args: ['--unknown', 'x', '-abc'], strict: false });
show({ args: ['-v', 'x', '--', 'y'], options, tokens: true, allowPositionals: true });
show({ args: [], options: { s: { type: 'string', short: 'ss' } } });
show({ args: [], options: { s: { type: 'number' } } });
show({ args: [], options: { s: { type: 'string', default: 5 } } });
show({ args: 'x' });
show({ args: ['--__proto__'], strict: false });
show({ strict: false });
