async function retry(fn, attempts) {
  let delay = 10;
  for (let i = 1; i <= attempts; i++) {
    try {
      return await fn(i);
    } catch (err) {
      console.log(`attempt ${i} failed: ${err.message}; waiting ${delay}ms`);
      await new Promise(r => setTimeout(r, delay));
      delay *= 2;
    } finally {
      console.log('finally', i);
    }
  }
  throw new Error('all attempts failed');
}
let calls = 0;
retry(async (i) => {
  calls++;
  if (i < 3) throw new Error(`flaky #${i}`);
  return 'ok on ' + i;
}, 5).then(v => console.log(v, calls));
retry(async () => { throw new RangeError('never'); }, 2).catch(e => console.log('caught:', e.message));
