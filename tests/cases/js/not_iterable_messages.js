// Iterating the wrong thing: V8 names the expression it could not iterate.
async function fetchItems() {
  await new Promise((r) => setTimeout(r, 10));
  return ['a', 'b'];
}
const config = { retries: 3, hosts: undefined, limits: { max: 5 } };
const attempts = [
  () => { for (const item of fetchItems()) console.log(item); },
  () => { for (const key of config) console.log(key); },
  () => { for (const h of config.hosts) console.log(h); },
  () => { const [first, second] = config.limits; },
  () => { const [x] = null; },
  () => Math.max(...config.limits),
  () => Math.max(...config.hosts),
  () => [...config['limits']],
  () => { const m = new Map([['k', 1]]); for (const [k, v] of m.get('k')) {} },
  () => new Set(5),
  () => { function first([a]) { return a; } first(null); },
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
(async () => {
  for (const item of await fetchItems()) console.log('awaited', item);
  try {
    for (const item of fetchItems()) console.log(item);
  } catch (e) {
    console.log('in async:', e.message);
  }
  const { hosts = ['default'] } = config;
  for (const h of hosts) console.log('host', h);
})();
