// AbortController: abort(reason), default reason, event order, onabort, once-only abort.
const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, typeof signal.throwIfAborted, signal.onabort);
signal.onabort = (e) => console.log('onabort', e.type, e.isTrusted, e.target === signal);
signal.addEventListener('abort', (e) => console.log('listener', e.type, signal.aborted));
signal.addEventListener('abort', { handleEvent(e) { console.log('handleEvent', e.type); } });
ac.abort('why');
ac.abort('again');
console.log(signal.aborted, signal.reason);
try { signal.throwIfAborted(); } catch (e) { console.log('thrown', e); }
const ac2 = new AbortController();
ac2.abort();
console.log(ac2.signal.reason.name, ac2.signal.reason.message, ac2.signal.reason.code, ac2.signal.reason instanceof DOMException);
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(signal));
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
