async function load(id) {
  await new Promise(r => setTimeout(r, 10));
  if (id < 0) throw new RangeError(`invalid id ${id}`);
  return { id, name: `item${id}` };
}
async function main() {
  const items = await Promise.all([1, 2, 3].map(load));
  console.log(items.map(({ id, name }) => `${id}=${name}`).join(', '));
  const [first, ...rest] = items;
  console.log(first, rest.length);
  const { name: n = 'none', missing = 'default' } = first;
  console.log(n, missing, first?.meta?.x, first.meta ?? 'no meta');
  await load(-1);
  console.log('unreachable');
}
main();
