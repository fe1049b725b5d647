// A refreshed timer moves behind timers that now expire before it, and stays ahead
// of later ones; it never fires before its refreshed time. (Gaps of 20 ms or more,
// so a slow machine cannot reorder them.)
const start = Date.now();
const a = setTimeout(() => console.log('a', Date.now() - start >= 150), 100);
setTimeout(() => console.log('b'), 120);
setTimeout(() => { a.refresh(); console.log('refreshed a'); }, 50);
setTimeout(() => console.log('c'), 200);
// Refreshed many times in a row, as a socket's idle timer is: it keeps one place.
const idle = setTimeout(() => console.log('idle fired', Date.now() - start >= 300), 300);
for (let i = 0; i < 5; i++) idle.refresh();
