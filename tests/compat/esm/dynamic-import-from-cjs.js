// import() from a CommonJS main loads builtins and CommonJS files as ES namespaces.
import('node:path').then((m) => console.log('path', typeof m.join, typeof m.default.join));
import('../modules/fixtures/dyn-target.cjs').then((m) => console.log('cjs', m.default.answer));
