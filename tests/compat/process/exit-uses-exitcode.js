// process.exit() without an argument uses process.exitCode.
process.exitCode = 7;
process.on('exit', (code) => console.log('exit with', code));
process.exit();
