package io.virtdeck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How long a JVM's busiest threads ran and how long they waited, runnable, for a free core: the
 * thread names and native ids from {@code jcmd Thread.print}, the times from Linux's {@code
 * /proc/<pid>/task/<tid>/schedstat} (nanoseconds on a CPU, nanoseconds waiting in the run queue). A
 * thread that waited about as long as it ran was held back by the machine, not by its own work or
 * by what it reads from the network.
 */
final class ThreadWaits {

  /** A thread dump's header line: the name in quotes, then the native id (decimal or hex). */
  private static final Pattern THREAD =
      Pattern.compile("(?m)^\"(?<name>[^\"]+)\".*? nid=(?<nid>0x[0-9a-fA-F]+|\\d+)");

  record ThreadTime(String name, long ranNanos, long waitedNanos) {}

  private ThreadWaits() {}

  /** The {@code top} threads by time run, of the JVM with {@code pid}, formatted for the report. */
  static String read(long pid, String threadDump, int top) {
    List<ThreadTime> times = parse(threadDump, tid -> schedstat(pid, tid));
    return times.isEmpty() ? "not available (no /proc schedstat)" : format(times, top);
  }

  /** Each thread of the dump whose schedstat could be read, busiest first. */
  static List<ThreadTime> parse(String threadDump, LongFunction<Optional<String>> schedstat) {
    var times = new ArrayList<ThreadTime>();
    var m = THREAD.matcher(threadDump);
    while (m.find()) {
      String nid = m.group("nid");
      long tid = nid.startsWith("0x") ? Long.parseLong(nid.substring(2), 16) : Long.parseLong(nid);
      schedstat
          .apply(tid)
          .map(line -> line.trim().split("\\s+"))
          .filter(fields -> fields.length >= 2)
          .ifPresent(
              fields ->
                  times.add(
                      new ThreadTime(
                          name(m.group("name")),
                          Long.parseLong(fields[0]),
                          Long.parseLong(fields[1]))));
    }
    times.sort(Comparator.comparingLong(ThreadTime::ranNanos).reversed());
    return times;
  }

  /** The launcher's main thread is listed as DestroyJavaVM once {@code main()} has returned. */
  private static String name(String listed) {
    return listed.equals("DestroyJavaVM") ? "main" : listed;
  }

  static String format(List<ThreadTime> times, int top) {
    return times.stream()
        .limit(top)
        .map(
            t ->
                "%s ran %.1f s, waited %.1f s"
                    .formatted(t.name(), t.ranNanos() / 1e9, t.waitedNanos() / 1e9))
        .collect(Collectors.joining("; "));
  }

  private static Optional<String> schedstat(long pid, long tid) {
    try {
      return Optional.of(
          Files.readString(Path.of("/proc", "" + pid, "task", "" + tid, "schedstat")));
    } catch (Exception e) {
      return Optional.empty(); // the thread ended, or no /proc here
    }
  }
}
