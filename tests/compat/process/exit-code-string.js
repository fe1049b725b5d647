// An integer string is accepted as exit code; other strings and non-integers throw.
try { process.exitCode = 'abc'; } catch (e) { console.log(e.code, e.name, e.message); }
try { process.exitCode = 1.5; } catch (e) { console.log(e.code, e.message); }
process.exitCode = '4';
console.log(process.exitCode);
