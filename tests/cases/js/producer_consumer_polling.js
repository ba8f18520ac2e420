async function producer(queue, n) {
  for (let i = 0; i < n; i++) {
    await new Promise(r => setTimeout(r, 20));
    queue.push(i);
    console.log('produced', i);
  }
  queue.push(null);
}
async function consumer(queue) {
  while (true) {
    if (queue.length === 0) { await new Promise(r => setTimeout(r, 100)); continue; }
    const item = queue.shift();
    if (item === null) break;
    console.log('consumed', item);
  }
  return 'consumer done';
}
const q = [];
Promise.all([producer(q, 3), consumer(q)]).then(([a, b]) => console.log(a, b));
