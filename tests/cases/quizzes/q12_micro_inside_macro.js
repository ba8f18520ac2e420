// Quiz: https://naveenkarthik.com/articles/js-output-settimeout-promise (Q2, written from its explanation)
setTimeout(() => {
  console.log('macro');
  Promise.resolve().then(() => console.log('micro inside macro'));
}, 0);
setTimeout(() => console.log('next macro'), 0);
