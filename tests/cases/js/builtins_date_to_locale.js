// Date toLocaleString / toLocaleDateString / toLocaleTimeString with locales and options (ECMA-402 §20.4).
const event = new Date(Date.UTC(2012, 11, 20, 3, 0, 0));
const options = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
console.log(event.toLocaleDateString('de-DE', options));
console.log(event.toLocaleDateString('en-US', options));
console.log(event.toLocaleDateString(undefined, options));
console.log(event.toLocaleString('en-GB', { timeZone: 'UTC' }), event.toLocaleString('ko-KR', { timeZone: 'UTC' }));
console.log(event.toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' }), event.toLocaleTimeString('en-US', { timeZone: 'America/New_York' }));
console.log(event.toLocaleString(), event.toLocaleDateString(), event.toLocaleTimeString(), event.toLocaleDateString('en-US', { month: 'short', day: 'numeric' }));
console.log(new Date(NaN).toLocaleString(), [event].toLocaleString());
try { event.toLocaleString('en-US', { timeZone: 'Mars/Olympus' }); } catch (e) { console.log(e.name, e.message); }
