// console.log of URL, URLSearchParams, AbortController/AbortSignal and EventTargets.
console.log(new URL('https://u:p@a.com:8080/x?y=1#z'));
console.log(new URLSearchParams('a=1&b=x y'), new URLSearchParams());
console.log({ nested: { deeper: { url: new URL('http://x/') } } });
const ac = new AbortController();
console.log(ac, ac.signal);
ac.abort();
console.log(ac.signal.aborted);
class Emitter extends EventTarget {}
console.log(new Emitter(), [new EventTarget()]);
const ev = new CustomEvent('c', { detail: 1 });
console.log(String(ev), Object.keys(ev).length);
