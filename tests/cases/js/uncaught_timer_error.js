setTimeout(() => {
  console.log("first timer");
  throw new TypeError("bad thing");
}, 10);
setTimeout(() => console.log("second timer never runs"), 20);
console.log("scheduled");
