// A refreshed timer moves behind timers that now expire before it, and behind one
// created earlier with the same expiry; it never fires before its refreshed time.
const start = Date.now();
const a = setTimeout(() => console.log('a', Date.now() - start >= 150), 100);
setTimeout(() => console.log('b'), 120);
setTimeout(() => { a.refresh(); console.log('refreshed a'); }, 50);
setTimeout(() => console.log('c'), 150);
// Refreshed many times in a row, as a socket's idle timer is: it keeps one place.
const idle = setTimeout(() => console.log('idle fired', Date.now() - start >= 200), 200);
for (let i = 0; i < 5; i++) idle.refresh();
