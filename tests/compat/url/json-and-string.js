// toString/toJSON/href agree; URL objects serialize as strings in JSON.
const u = new URL('https://h.com/a?b#c');
console.log(String(u), u.toJSON(), JSON.stringify({ u }), `${u}` === u.href);
console.log(Object.prototype.toString.call(u), Object.prototype.toString.call(u.searchParams));
console.log(Object.keys(u).length, 'href' in u, typeof URL.prototype.toJSON);
