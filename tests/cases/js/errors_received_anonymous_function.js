// Node 20's ERR_INVALID_ARG_TYPE describes a function it received as `function NAME`, also
// when the name is empty (an anonymous arrow): "Received function " (determineSpecificType).
const tries = [
  () => new Event('x', () => {}),
  () => new Event('x', function named() {}),
  () => setTimeout(5),
  () => new EventTarget().dispatchEvent(() => {}),
];
for (const t of tries) {
  try { t(); } catch (e) { console.log(e.code, JSON.stringify(e.message)); }
}
