// fs.constants values and the access mode shortcuts.
const fs = require('fs');
const c = fs.constants;
console.log(Object.keys(c).sort().join());
console.log(c.O_RDONLY, c.O_WRONLY, c.O_RDWR, c.O_CREAT, c.O_EXCL, c.O_TRUNC, c.O_APPEND, c.S_IFMT, c.S_IFDIR);
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, c.COPYFILE_EXCL, c.UV_DIRENT_DIR);
console.log(Object.isFrozen(c), require('fs/promises').constants === c);
