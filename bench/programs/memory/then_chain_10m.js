// A ten-million-link promise chain: every link is made before the first one runs.
let p = Promise.resolve(0);
for (let i = 0; i < 10_000_000; i++) p = p.then((x) => x + 1);
p.then((x) => console.log(x));
