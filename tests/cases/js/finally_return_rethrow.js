async function a() {
  try {
    await Promise.reject(new Error('inner'));
  } catch (e) {
    console.log('caught', e.message);
    throw new Error('rethrown', { cause: e });
  } finally {
    console.log('a finally');
  }
}
async function b() {
  try {
    return await a();
  } catch (e) {
    console.log('b caught', e.message, '<-', e.cause.message);
    return 'b recovered';
  } finally {
    console.log('b finally');
  }
}
async function c() {
  try {
    return 'from try';
  } finally {
    console.log('c finally runs before return');
  }
}
async function d() {
  try { throw new Error('x'); } finally { return 'finally wins'; }
}
b().then(console.log);
c().then(console.log);
d().then(console.log);
