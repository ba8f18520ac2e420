import { run } from './double';
const r = run(
  `
const o = (() => {
  const ms = (s) => s * 1000;
  const a = { sleep: (delay, result) => [1].map((resolve) => [2].map(() => [resolve, result, ms(delay)])) };
  return a;
})();
console.log(o.sleep(1, 'r'));
`,
  'js',
);
console.log(r.stdout, r.error);
