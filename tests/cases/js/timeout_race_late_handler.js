function withTimeout(p, ms) {
  let t;
  const timeout = new Promise((_, rej) => { t = setTimeout(() => rej(new Error(`timeout after ${ms}ms`)), ms); });
  return Promise.race([p, timeout]).finally(() => clearTimeout(t));
}
const slow = new Promise(r => setTimeout(() => r('slow result'), 100));
const fast = new Promise(r => setTimeout(() => r('fast result'), 10));
withTimeout(fast, 50).then(v => console.log('ok', v), e => console.log('err', e.message));
withTimeout(slow, 50).then(v => console.log('ok', v), e => console.log('err', e.message));
const p = Promise.reject(new Error('late'));
setTimeout(() => p.catch(e => console.log('handled late', e.message)), 10);
