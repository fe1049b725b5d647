'use strict';
// getCursorPos() measures the prompt's display width: combining marks, emoji
// sequences, wide and zero-width characters, tabs, control characters, newlines.
const readline = require('readline');
const { PassThrough } = require('stream');
const rl = readline.createInterface({ input: new PassThrough() });
const out = [];
const prompts = ['a\u0301', '👍🏽', '👨‍👩‍👧', '한국어', 'ｆｕｌｌ', '\u200b', 'e\u20dd', '\x07x',
  '\t\tz', 'ab\ncd', 'ß', '\u{1F600}', '\u3000', '\uFF61'];
for (const p of prompts) {
  rl.setPrompt(p);
  out.push(JSON.stringify(rl.getCursorPos()));
}
console.log(out.join('\n'));
rl.close();
