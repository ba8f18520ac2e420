async function main() {
  console.log('main');
  await new Promise(() => {});
  console.log('never');
}
main().finally(() => console.log('never either'));
console.log('end of script');
