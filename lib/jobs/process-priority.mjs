// The parsing processes yield the CPU to the server: each lowers every one of its threads to the
// lowest priority (nice 19) when it starts. On Linux each thread has its own nice value, and a
// thread created later inherits its creator's; the threads V8 and Node start before any script
// runs (garbage collection helpers, the inspector's, libuv's) are listed in /proc/self/task and
// lowered one by one. Elsewhere the process lowers what the platform lets it.
import fs from "node:fs";
import os from "node:os";

/** Lowers every thread of this process to nice 19; returns how many were lowered. */
export function lowerThisProcessPriority() {
  let tids;
  try {
    tids = fs.readdirSync("/proc/self/task").map(Number);
  } catch {
    try {
      os.setPriority(19);
      return 1;
    } catch {
      return 0;
    }
  }
  let lowered = 0;
  for (const tid of tids) {
    try {
      os.setPriority(tid, 19);
      lowered++;
    } catch {
      // A thread that has ended meanwhile.
    }
  }
  return lowered;
}

/** The nice value of each thread of process `pid` (Linux, /proc/<pid>/task/<tid>/stat field 19), or null. */
export function threadNices(pid = process.pid) {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).map((tid) => {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces): state is field 3, nice field 19.
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
    });
  } catch {
    return null;
  }
}
