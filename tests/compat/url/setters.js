// URL setters, including those the standard ignores or restricts.
const u = new URL('http://user:pw@example.com:8080/p/q?x=1#frag');
const log = () => console.log(u.href);
u.protocol = 'https'; log();
u.protocol = 'foo'; log();
u.username = 'a b'; log();
u.password = ''; log();
u.host = 'other.org:99'; log();
u.hostname = 'x.y'; log();
u.port = '443'; log();
u.port = 'abc'; log();
u.port = '12ab'; log();
u.port = ''; log();
u.pathname = 'new path/%'; log();
u.search = 'a=b c'; log();
u.search = ''; log();
u.hash = 'h h'; log();
u.hash = ''; log();
u.href = 'ws://w/'; log();
try { u.href = 'nope'; } catch (e) { console.log(e.code); }
const m = new URL('mailto:x@y');
m.pathname = 'z'; m.host = 'h'; m.protocol = 'http'; console.log(m.href);
const f = new URL('file:///x');
f.port = '80'; f.username = 'u'; f.host = 'localhost'; console.log(f.href);
