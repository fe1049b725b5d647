// url.format (objects and WHATWG URLs) and url.resolve.
const url = require('url');
console.log(url.format({ protocol: 'https', hostname: 'a.com', port: 8080, pathname: '/x', query: { a: 1, b: 'c d' } }));
console.log(url.format({ protocol: 'http:', host: 'h:1', pathname: 'p', search: 'q=1', hash: 'h' }));
console.log(url.format(new URL('https://u:p@a.com/x?y#z'), { auth: false, search: false, fragment: false }));
console.log(url.format('http://A.com/x'));
console.log(url.resolve('/one/two/three', 'four'));
console.log(url.resolve('http://example.com/', '/one'));
console.log(url.resolve('http://example.com/one', '/two'));
console.log(url.resolve('http://example.com/a/b', '../c'));
