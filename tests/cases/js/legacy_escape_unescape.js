// Annex B's escape / unescape, globals in Node: %XX below 256, %uXXXX above, surrogates one by one.
console.log(escape('a b+c/é€\u{1F600}@*_-.'), unescape('%u20AC%E9%zz%4'), unescape(escape('héllo wörld')), escape.length, typeof unescape, escape(), unescape(123));
