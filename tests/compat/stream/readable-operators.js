// Readable.prototype.map / filter / toArray / reduce / take.
const { Readable } = require('stream');
async function main() {
  console.log((await Readable.from([1, 2, 3, 4]).map((x) => x * 2).toArray()).join(','));
  console.log((await Readable.from([1, 2, 3, 4]).filter((x) => x % 2).toArray()).join(','));
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
  console.log((await Readable.from([5, 6, 7]).take(2).toArray()).join(','));
  console.log((await Readable.from([5, 6, 7]).drop(1).toArray()).join(','));
  console.log(await Readable.from([1, 2]).some((x) => x > 1), await Readable.from([1, 2]).every((x) => x > 1));
  console.log(await Readable.from([1, 2, 3]).find((x) => x > 1));
}
main();
