// Reference review sequences from ts-fsrs (FSRS-5, default weights, no fuzz, no short-term steps).
const f = require("ts-fsrs");
const params = f.generatorParameters({ enable_fuzz: false, enable_short_term: false });
const scheduler = f.fsrs(params);
let seed = 20261123;
const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const DAY = 86400000;
const sequences = [];
for (let s = 0; s < 40; s++) {
  let card = f.createEmptyCard(new Date(Date.UTC(2026, 0, 1, 12)));
  let now = new Date(card.due);
  const steps = [];
  for (let i = 0; i < 10; i++) {
    const r = rand();
    const rating = r < 0.12 ? 1 : r < 0.25 ? 2 : r < 0.85 ? 3 : 4;
    const item = scheduler.next(card, now, rating);
    card = item.card;
    steps.push({ at: now.toISOString(), rating, stability: card.stability, difficulty: card.difficulty,
                 scheduledDays: card.scheduled_days, due: new Date(card.due).toISOString(), state: card.state });
    const jitter = Math.floor(rand() * 7) - 2; // review up to 2 days early or 4 days late
    const next = Math.max(1, card.scheduled_days + jitter);
    now = new Date(now.getTime() + next * DAY);
  }
  sequences.push(steps);
}
console.log(JSON.stringify({ generator: "ts-fsrs 4.7.1", parameters: params, sequences }, null, 1));
