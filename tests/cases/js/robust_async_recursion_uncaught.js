// Uncaught, the rejection of unbounded `await` recursion ends the program with the RangeError.
async function dive(n) {
  return await dive(n + 1);
}
console.log('start');
dive(0);
