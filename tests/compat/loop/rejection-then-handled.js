// A rejection handled in the same tick is not reported; one handled after a
// macrotask triggers unhandledRejection then rejectionHandled.
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
const early = Promise.reject('early');
early.catch((r) => console.log('caught', r));
const late = Promise.reject('late');
setTimeout(() => late.catch((r) => console.log('caught', r)), 1);
