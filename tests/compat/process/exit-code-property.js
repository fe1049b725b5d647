// process.exitCode set by the script becomes the exit status.
console.log(process.exitCode);
process.exitCode = 3;
console.log(process.exitCode);
