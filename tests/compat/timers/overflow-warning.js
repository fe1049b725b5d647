// A delay above 2^31-1 warns (TimeoutOverflowWarning) and becomes 1 ms.
process.on('warning', (w) => console.log('warning', w.name, w.message.split('\n')[0]));
setTimeout(() => console.log('fired soon'), 2 ** 31);
