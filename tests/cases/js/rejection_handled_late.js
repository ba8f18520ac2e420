// A rejection an 'unhandledRejection' listener took, handled later: Node announces it at the
// next drain as 'rejectionHandled', or warns PromiseRejectionHandledWarning with its rejection id.
process.on('unhandledRejection', (r, p) => console.log('unhandled:', r.message));
const a = Promise.reject(new Error('A'));
const b = Promise.reject(new Error('B'));
Promise.reject(new Error('C')).catch(() => console.log('C caught in time'));
setTimeout(() => {
  b.catch((e) => console.log('caught', e.message));
  a.catch((e) => console.log('caught', e.message));
}, 0);
setTimeout(() => {
  process.on('rejectionHandled', (p) => console.log('rejectionHandled', p === d));
  d.catch(() => console.log('d caught'));
}, 5);
const d = Promise.reject(new Error('D'));
