// process.memoryUsage keys and types; rss() is a number.
const m = process.memoryUsage();
console.log(Object.keys(m).join(), Object.values(m).every((v) => typeof v === 'number' && v >= 0));
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
const cpu = process.cpuUsage();
console.log(Object.keys(cpu).join(), typeof cpu.user);
