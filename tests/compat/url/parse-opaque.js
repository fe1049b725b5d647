// Non-special schemes: opaque paths, opaque hosts, and their serialization.
const inputs = [
  'mailto:Foo@Example.COM', 'data:text/plain,hi there', 'javascript:alert(1)', 'urn:isbn:0451450523',
  'foo://Host/Path?Q#F', 'foo://h:99/x', 'foo:/a/../b', 'foo://', 'sc:\u0001x', 'blob:https://a.com/uuid',
  'non-spec:/.//p', 'git+ssh://git@github.com/a/b.git',
];
for (const s of inputs) {
  const u = new URL(s);
  console.log(JSON.stringify([u.href, u.protocol, u.host, u.pathname, u.search, u.hash, u.origin]));
}
