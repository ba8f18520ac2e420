// Quiz: https://naveenkarthik.com/articles/js-output-settimeout-promise (Q1, written from its explanation:
// the .then logs 1, schedules a timer that logs 2 and logs 3; a timer scheduled during the sync part logs 4).
Promise.resolve().then(() => {
  console.log(1);
  setTimeout(() => console.log(2), 0);
  console.log(3);
});
setTimeout(() => console.log(4), 0);
