const tries = [() => { function g([a]) {} g(null); }, () => { function g([a]) {} g(undefined); }, () => { function g([a]) {} g(); }, () => { let a; [a] = undefined; }, () => { let a; [[a]] = [null]; }, () => { let a; [a] = 5; }];
for (const t of tries) { try { t(); console.log('ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
