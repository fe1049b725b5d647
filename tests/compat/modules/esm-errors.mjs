// ESM resolution errors: missing files and packages, unknown builtins, directory imports.
for (const spec of ['./fixtures/nope.mjs', 'no-such-pkg', 'node:nope', './fixtures/dir']) {
  try {
    await import(spec);
    console.log('loaded', spec);
  } catch (e) {
    console.log(spec, e.code);
  }
}
