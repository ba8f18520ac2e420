// Quiz: https://sde-2-launchpad.vercel.app/lessons/js-output/event-loop-async (Q1 "A/D/C/B" and Q2
// "the Promise constructor is synchronous", written from their explanations)
console.log('A');
setTimeout(() => console.log('B'), 0);
Promise.resolve().then(() => console.log('C'));
console.log('D');
console.log(1);
new Promise((resolve) => {
  console.log(2);
  resolve();
  console.log(4);
}).then(() => console.log(3));
console.log(5);
