// One user iterable (a class whose [Symbol.iterator] is a generator method) used at every
// iteration site: for-of, spread, call spread, destructuring, Array.from, Map, Set,
// Object.fromEntries, Promise.all / race / allSettled / any, yield*, for await.
class Deck {
  constructor(...cards) { this.cards = cards; this.opened = 0; }
  *[Symbol.iterator]() {
    this.opened++;
    try {
      for (const c of this.cards) yield c;
    } finally {
      console.log(`  deck closed (opened ${this.opened})`);
    }
  }
}
const deck = new Deck('A', 'K', 'Q');
for (const c of deck) console.log('card', c);
console.log([...deck], Math.max(...new Deck(3, 9, 4)), String.prototype.concat.call('>', ...deck));
const [top, ...others] = deck;
const [only] = deck;
console.log(top, others, only);
console.log(Array.from(deck, (c, i) => c + i), new Set(deck), new Map(new Deck(['x', 1], ['y', 2])));
console.log(Object.fromEntries(new Deck(['a', 1], ['b', 2])));
function* wrap(it) { yield '<'; yield* it; yield '>'; }
console.log([...wrap(deck)].join(''));
const later = (v, ms) => new Promise((r) => setTimeout(r, ms, v));
(async () => {
  console.log(await Promise.all(new Deck(later('p1', 40), 'p2', Promise.resolve('p3'))));
  console.log(await Promise.race(new Deck(later('slow', 80), later('fast', 40))));
  console.log((await Promise.allSettled(new Deck(Promise.reject(new Error('no')), 1))).map((r) => r.status));
  console.log(await Promise.any(new Deck(Promise.reject(1), later('any', 40))));
  for await (const c of new Deck(later('w1', 40), 'w2')) console.log('awaited card', c);
  console.log('opened', deck.opened);
})();
