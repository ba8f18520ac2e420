async function getUser(id) {
  console.log(`fetching ${id}`);
  return { id };
}
console.log("before");
getUser(1).then((u) => console.log(`got ${u.id}`));
console.log("after");
