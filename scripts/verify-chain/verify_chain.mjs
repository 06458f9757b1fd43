// Verify a knowable audit chain without Python: node verify_chain.mjs chain.jsonl
// (the file `knowable audit export --out chain.jsonl` writes). Recomputes every RFC 8785
// event's hash (hash_version 2) and checks every link; events from before knowable took
// up RFC 8785 (hash_version 1) are checked for their links only. Exit status 1 on a break.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// RFC 8785: ECMAScript's own number and string serialisation; object members sorted by
// UTF-16 code units, which is what Array.prototype.sort compares by default.
function canonical(value) {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error("not JSON");
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
  const names = Object.keys(value).sort();
  return "{" + names.map((n) => JSON.stringify(n) + ":" + canonical(value[n])).join(",") + "}";
}

const sha256 = (text) => createHash("sha256").update(text, "utf8").digest("hex");
const lines = readFileSync(process.argv[2], "utf8").split("\n").filter((l) => l.trim());
let prev = "0".repeat(64);
let hashed = 0;
let linked = 0;
const problems = [];
for (const line of lines) {
  const e = JSON.parse(line);
  if (e.prev_hash !== prev) problems.push(`event #${e.seq}: link to the previous event broken`);
  if (e.hash_version === 2) {
    const body = {
      seq: e.seq, at: e.at, actor: e.actor, action: e.action,
      entity_type: e.entity_type, entity_id: e.entity_id, payload: e.payload,
    };
    if (sha256(e.prev_hash + canonical(body)) !== e.hash) {
      problems.push(`event #${e.seq}: content does not match its hash`);
    }
    hashed += 1;
  } else {
    linked += 1;
  }
  prev = e.hash;
}
if (problems.length) {
  console.log(`chain BROKEN: ${problems.length} problem(s); first: ${problems[0]}`);
  process.exit(1);
}
console.log(
  `chain intact: ${lines.length} events, ${hashed} re-hashed (RFC 8785), ` +
    `${linked} legacy events checked by link only; head ${prev}`,
);
