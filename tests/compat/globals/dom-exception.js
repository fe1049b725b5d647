// DOMException: name/message/code, options object with cause, prototype chain.
const e = new DOMException('m', 'AbortError');
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException, String(e));
console.log(Object.getOwnPropertyNames(e).join(), Object.prototype.toString.call(e));
const t = new DOMException('x', { name: 'TimeoutError', cause: 'c' });
console.log(t.name, t.code, t.cause);
const d = new DOMException();
console.log(d.name, JSON.stringify(d.message), d.code, new DOMException('a', 'Custom').code);
console.log(DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, DOMException.DATA_CLONE_ERR, e.INDEX_SIZE_ERR);
console.log(typeof e.stack);
