const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function loopVar() {
  for (var i = 0; i < 3; i++) {
    setTimeout(() => console.log('var after timer', i), 0);
    await sleep(30);
  }
}
async function forAwaitReject() {
  const ps = [sleep(30).then(() => 'one'), Promise.reject(new Error('two failed')), sleep(60).then(() => 'three')];
  try {
    for await (const v of ps) console.log('for await', v);
  } catch (e) {
    console.log('for await caught', e.message);
  }
}
(async () => {
  await loopVar();
  await forAwaitReject();
  console.log('done');
})();
