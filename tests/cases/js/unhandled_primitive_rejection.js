Promise.reject(42);
Promise.resolve().then(() => console.log('tick'));
