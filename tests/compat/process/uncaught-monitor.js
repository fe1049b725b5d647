// 'uncaughtExceptionMonitor' sees the error before the default handling.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('exit', (c) => console.log('exit', c));
throw new Error('watched');
