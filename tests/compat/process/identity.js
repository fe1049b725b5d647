// Identity fields of process.
console.log(typeof process.pid, typeof process.ppid, process.platform, process.arch);
console.log(process.version.startsWith('v20.'), process.versions.node === process.version.slice(1), process.release.name);
console.log(Object.prototype.toString.call(process), typeof process.on, process.title.length > 0);
console.log(typeof process.cwd(), process.cwd() === require('path').resolve('.'));
