const wait = (ms, v, fail) =>
  new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
(async () => {
  console.log(await Promise.all([wait(30, "a"), wait(10, "b"), 3]));
  console.log(await Promise.race([wait(30, "slow"), wait(10, "fast")]));
  console.log(await Promise.any([wait(10, "bad", true), wait(20, "good")]));
  const settled = await Promise.allSettled([wait(10, "ok"), wait(5, "nope", true)]);
  console.log(settled.map((s) => s.status + ":" + (s.value ?? s.reason.message)));
  try {
    await Promise.any([wait(5, "x", true), Promise.reject(new Error("y"))]);
  } catch (e) {
    console.log(e.constructor.name, e.errors.map((x) => x.message));
  }
})();
