// Invalid URLs throw TypeError ERR_INVALID_URL with input (and base); canParse.
for (const [i, b] of [['', undefined], ['http://', undefined], ['http://a:99999/', undefined],
  ['//x', undefined], ['x', 'y:'], ['http://[::1', undefined], ['https://a b', undefined]]) {
  try {
    new URL(i, b);
    console.log('parsed', i);
  } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), Object.keys(e).join());
  }
}
console.log(URL.canParse('http://x'), URL.canParse('nope'), URL.canParse('/p', 'http://h'));
try { new URL(); } catch (e) { console.log(e.code, e.message); }
