'use strict';
// process.on('SIGxxx'): listener arguments, once(), ordering with timers, the error for
// signals that cannot be caught, the listeners process starts with, and that a watcher
// does not keep the process alive (this script must end by itself).
console.log('names', process.eventNames().join());

const seen = [];
process.on('SIGUSR2', (...args) => seen.push(`usr2 ${args.join(' ')}`));
process.once('SIGHUP', (...args) => seen.push(`hup ${args.join(' ')}`));
process.on('SIGWINCH', function () { seen.push(`winch this===process ${this === process}`); });

for (const sig of ['SIGKILL', 'SIGSTOP']) {
  try {
    process.on(sig, () => {});
    console.log(sig, 'no error');
  } catch (e) {
    console.log(sig, e.name, e.message, e.code, e.errno, e.syscall, Object.keys(e).join());
  }
  console.log(sig, 'listeners after', process.listenerCount(sig));
}
// A name that is not a signal is an ordinary event.
process.on('SIGNOTHING', () => seen.push('ordinary'));
process.emit('SIGNOTHING');

process.kill(process.pid, 'SIGUSR2');
process.kill(process.pid, 'SIGHUP');
process.kill(process.pid, 'SIGWINCH');
console.log('sent; nothing delivered yet:', seen.length);

setTimeout(() => {
  console.log(seen.join('\n'));
  console.log('SIGHUP listeners', process.listenerCount('SIGHUP'));
  process.kill(process.pid, 'SIGUSR2');
  setTimeout(() => {
    console.log('second usr2:', seen.filter((s) => s.startsWith('usr2')).length);
    process.removeAllListeners('SIGUSR2');
    process.removeAllListeners('SIGWINCH');
    // SIGWINCH's default action is to ignore: sending it now is harmless.
    process.kill(process.pid, 'SIGWINCH');
    console.log('watchers left; the process ends on its own');
  }, 50);
}, 50);
