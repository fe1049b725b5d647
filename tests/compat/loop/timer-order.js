// Timers fire by expiry, equal delays in creation order. The delays are tens of
// milliseconds apart: each timer counts from the real time it was made (as in Node),
// so a process held up between two setTimeout calls on a loaded machine (a sanitizer
// build) could otherwise see a longer delay expire first.
for (const [name, ms] of [['a', 200], ['b', 50], ['c', 50], ['d', 10], ['e', 100], ['f', 10]]) {
  setTimeout(() => console.log(name, ms), ms);
}
