const thenable = {
  then(resolve) {
    console.log("then called");
    resolve("from thenable");
  },
};
(async () => {
  const v = await thenable;
  console.log("awaited", v);
})();
Promise.resolve("x")
  .finally(() => console.log("finally 1"))
  .then((v) => console.log("after finally", v));
Promise.reject(new Error("no"))
  .catch((e) => e.message + "!")
  .then((v) => console.log("recovered", v));
console.log("end of script");
