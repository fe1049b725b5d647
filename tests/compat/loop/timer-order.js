// Timers fire by expiry, equal delays in creation order.
for (const [name, ms] of [['a', 20], ['b', 5], ['c', 5], ['d', 1], ['e', 10], ['f', 1]]) {
  setTimeout(() => console.log(name, ms), ms);
}
