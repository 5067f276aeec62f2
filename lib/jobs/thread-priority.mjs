// The parsing threads yield the CPU to the server's request thread: each lowers its own scheduling
// priority to the lowest (nice 19) when it starts. On Linux a thread has its own id and its own
// nice value (setpriority on a thread id changes that thread only); the id is read from
// /proc/thread-self with a synchronous call, which runs on the calling thread. Elsewhere the thread
// keeps the process's priority.
import fs from "node:fs";
import os from "node:os";

/** This thread's kernel id, or null where there is no /proc/thread-self. */
export function currentThreadId() {
  try {
    const tid = Number(fs.readlinkSync("/proc/thread-self").split("/").pop());
    return Number.isInteger(tid) ? tid : null;
  } catch {
    return null;
  }
}

/** Lowers this thread (only) to nice 19; returns its id, or null when the platform does not allow it. */
export function lowerThisThreadPriority() {
  const tid = currentThreadId();
  if (tid === null) return null;
  try {
    os.setPriority(tid, 19);
    return tid;
  } catch {
    return null;
  }
}

/** A thread's nice value (Linux, /proc/<pid>/task/<tid>/stat field 19), or null. */
export function threadNice(tid, pid = process.pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): state is field 3, nice field 19.
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  } catch {
    return null;
  }
}
