// A log parser: async readers produce lines, a RegExp with named groups parses them.
const LINE = /^\[(?<level>INFO|WARN|ERROR)\]\s+(?<time>\d{2}:\d{2}:\d{2})\s+(?<msg>.*)$/;
const logs = {
  api: ['[INFO] 10:00:01 started', '[WARN] 10:00:05 slow request /users?id=7', 'garbage line'],
  db: ['[ERROR] 10:00:03 connection lost', '[INFO] 10:00:09 reconnected'],
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function read(name, delay) {
  const out = [];
  for (const line of logs[name]) {
    await sleep(delay);
    const m = LINE.exec(line);
    if (!m) {
      console.log(`${name}: unparsable ${JSON.stringify(line)}`);
      continue;
    }
    const { level, time, msg } = m.groups;
    console.log(`${name}: ${level.padEnd(5)} ${time} ${msg.replace(/\/\w+\?id=(\d+)/, '<user $1>')}`);
    out.push({ name, level, seconds: time.split(/:/).reduce((s, part) => s * 60 + Number(part), 0) });
  }
  return out;
}
const all = (await Promise.all([read('api', 20), read('db', 200)])).flat();
all.sort((a, b) => a.seconds - b.seconds);
console.log(all.map((e) => `${e.seconds}:${e.name}:${e.level}`).join(' '));
const counts = {};
for (const { level } of all) counts[level] = (counts[level] ?? 0) + 1;
console.log(counts, Object.keys(counts).filter((k) => /^[EW]/.test(k)));
const template = 'Hello {name}, you have {count} new {what}';
const fill = (t, vars) => t.replace(/\{(\w+)\}/g, (_, key) => vars[key] ?? `{${key}}`);
console.log(fill(template, { name: 'Ada', count: 3 }));
