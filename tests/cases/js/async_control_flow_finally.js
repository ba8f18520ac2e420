const tick = () => new Promise((r) => setTimeout(r, 5));
async function flow() {
  const log = [];
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      try {
        await tick();
        if (j === 1) continue outer;
        if (i === 2) break outer;
        log.push(`${i}${j}`);
      } finally {
        log.push(`f${i}${j}`);
        await null;
      }
    }
  }
  let k = 0;
  do {
    k++;
    if (k === 2) continue;
    await tick();
  } while (k < 4);
  switch (await Promise.resolve(2)) {
    case 1: log.push('one');
    case 2: log.push('two');
    case 3: log.push('three'); break;
    default: log.push('default');
  }
  try {
    return await (async () => { throw new Error('inner'); })();
  } catch (e) {
    log.push('caught ' + e.message);
  } finally {
    log.push('finally k=' + k);
  }
  return log;
}
async function finallyOverrides() {
  try { return 'try'; } finally { await tick(); console.log('finally ran after return value computed'); }
}
async function throwInFinally() {
  try { throw new Error('original'); } finally { await null; throw new Error('from finally'); }
}
flow().then((log) => console.log(log.join(' ')));
finallyOverrides().then(console.log);
throwInFinally().catch((e) => console.log(e.message));
