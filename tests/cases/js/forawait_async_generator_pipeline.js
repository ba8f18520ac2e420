// Producer/consumer with async generators: a paginated fetch, a transform stage, a batch
// stage and a consumer that stops early; every stage is closed in order.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* fetchPages(total) {
  try {
    for (let page = 1; page <= total; page++) {
      await sleep(60);
      console.log(`fetched page ${page}`);
      yield [page * 10, page * 10 + 1];
    }
  } finally {
    console.log('fetchPages closed');
  }
}
async function* flatten(source) {
  try {
    for await (const items of source) yield* items;
  } finally {
    console.log('flatten closed');
  }
}
async function* batch(source, size) {
  let buf = [];
  try {
    for await (const x of source) {
      buf.push(x);
      if (buf.length === size) { yield buf; buf = []; }
    }
    if (buf.length) yield buf;
  } finally {
    console.log('batch closed');
  }
}
async function* delegateAll(...sources) {
  for (const s of sources) yield* s;
  return 'all delegated';
}
(async () => {
  let n = 0;
  for await (const b of batch(flatten(fetchPages(10)), 3)) {
    console.log('batch', b);
    if (++n === 2) break;
  }
  // One tick lands between the two pages (60 ms and 120 ms after the start): 30 ms margins.
  const ticker = setInterval(() => console.log('  tick'), 90);
  const all = [];
  const d = delegateAll(fetchPages(2), [Promise.resolve('p'), 'q'], (async function* () { yield 'inner'; })());
  for (let r = await d.next(); !r.done; r = await d.next()) all.push(r.value);
  clearInterval(ticker);
  console.log(all, 'done');
})();
