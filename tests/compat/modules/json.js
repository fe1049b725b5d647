// .json modules parse once and are cached; a syntax error names the file.
const data = require('./fixtures/data.json');
console.log(data.x, data.list.length, data.nested.ok, require('./fixtures/data') === data);
try {
  require('./fixtures/bad.json');
} catch (e) {
  console.log(e.name, e.message.startsWith(require('path').join(__dirname, 'fixtures/bad.json') + ':'));
}
