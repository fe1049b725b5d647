'use strict';
// Decoding the base64 text in 4-character chunks and concatenating equals decoding
// it whole; other chunk sizes show where partial quanta lose bits.
const data = Buffer.from('The quick brown fox \u{1f98a} jumps');
const text = data.toString('base64');
for (const size of [1, 2, 3, 4, 5, 8]) {
  const parts = [];
  for (let i = 0; i < text.length; i += size) parts.push(Buffer.from(text.slice(i, i + size), 'base64'));
  const joined = Buffer.concat(parts);
  console.log(size, joined.length, joined.equals(data), joined.toString('hex').slice(0, 40));
}
