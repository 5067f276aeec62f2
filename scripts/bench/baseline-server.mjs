// The baseline: a minimal node:http server doing one better-sqlite3 insert per request, with the
// app's connection settings (WAL, synchronous=FULL). Started by the benchmark as a child process.
import http from "node:http";
import Database from "better-sqlite3";

const [file, port] = process.argv.slice(2);
const db = new Database(file);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("CREATE TABLE IF NOT EXISTS answers (id INTEGER PRIMARY KEY, attempt TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL, at INTEGER NOT NULL, UNIQUE (attempt, question))");
const insert = db.prepare("INSERT INTO answers (attempt, question, answer, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
let n = 0;

const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    n++;
    insert.run(`a${process.pid}-${n}`, "q1", body || "{}", Date.now());
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"ok":true}');
  });
});
server.keepAliveTimeout = 5000;
server.listen(Number(port), "127.0.0.1", () => process.send?.("ready"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
