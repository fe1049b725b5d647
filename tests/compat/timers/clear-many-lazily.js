// Thousands of cleared timers (kept in the heap until they surface or are compacted
// away) never fire, and the live ones fire in order.
const fired = [];
for (let i = 0; i < 5000; i++) clearTimeout(setTimeout(() => fired.push('dead' + i), 10 + (i % 50)));
setTimeout(() => fired.push('x'), 30);
setTimeout(() => fired.push('y'), 20);
const keep = [];
for (let i = 0; i < 100; i++) keep.push(setTimeout(() => fired.push('k' + i), 40));
for (let i = 0; i < 100; i += 2) clearTimeout(keep[i]);
setTimeout(() => console.log(fired.join(',')), 100);
