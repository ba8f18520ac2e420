new Promise((_, rej) => rej('a string reason'));
