package io.virtdeck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A JVM the benchmark started: its output goes to a log file and is watched for lines; its heap is
 * read with {@code jcmd} after a full GC.
 */
final class JvmProcess implements AutoCloseable {

  private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

  private final Process process;
  private final long startNanos = System.nanoTime();
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final ConcurrentHashMap<Pattern, CompletableFuture<Matcher>> waits =
      new ConcurrentHashMap<>();

  private @Nullable Thread reader;

  private JvmProcess(Process process) {
    this.process = process;
  }

  static JvmProcess start(List<String> command, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var jvm = new JvmProcess(process);
    jvm.reader =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  try (var in =
                          new BufferedReader(
                              new InputStreamReader(
                                  process.getInputStream(), StandardCharsets.UTF_8));
                      var out = new PrintWriter(Files.newBufferedWriter(log), true)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                      out.println(line);
                      jvm.accept(line);
                    }
                  } catch (IOException e) {
                    // the process ended
                  }
                });
    return jvm;
  }

  private void accept(String line) {
    lines.add(line);
    waits.forEach(
        (pattern, future) -> {
          Matcher m = pattern.matcher(line);
          if (m.find()) {
            future.complete(m);
          }
        });
  }

  /** Waits for a line matching {@code regex}; returns the match and the seconds since start. */
  Matcher await(String regex, Duration timeout) throws Exception {
    Pattern pattern = Pattern.compile(regex);
    var future = waits.computeIfAbsent(pattern, p -> new CompletableFuture<>());
    for (String line : lines) {
      Matcher m = pattern.matcher(line);
      if (m.find()) {
        future.complete(m);
      }
    }
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("no line /" + regex + "/ within " + timeout, e);
    }
  }

  /** Waits until the JVM has ended and its output is read; its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("still running after " + timeout);
    }
    if (reader != null) {
      reader.join(Duration.ofSeconds(30));
    }
    return process.exitValue();
  }

  double secondsSinceStart() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  /** {@code jcmd Thread.print}: every thread's name, state, native id and stack. */
  String threadDump() throws Exception {
    return jcmd("Thread.print");
  }

  /** Every output line so far. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  /**
   * Live heap in MiB: the bytes of every object the class histogram counts, which it does right
   * after a full GC in the same pause. ("used" from {@code GC.heap_info} after {@code GC.run} also
   * counts what the churn allocated in the second between the two commands: up to 300 MiB.)
   */
  double heapAfterFullGcMiB() throws Exception {
    Matcher m = TOTAL.matcher(jcmd("GC.class_histogram"));
    if (!m.find()) {
      throw new IllegalStateException("no histogram total from jcmd");
    }
    return Long.parseLong(m.group(1)) / (1024.0 * 1024.0);
  }

  /**
   * The median of three {@link #heapAfterFullGcMiB} readings: with changes streaming in, each
   * reading also counts what was in flight at its instant, a few MiB either way, which is more than
   * the difference a few sessions make.
   */
  double heapAfterFullGcMedianMiB() throws Exception {
    double[] readings = {heapAfterFullGcMiB(), heapAfterFullGcMiB(), heapAfterFullGcMiB()};
    java.util.Arrays.sort(readings);
    return readings[1];
  }

  private String jcmd(String command) throws Exception {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    var p =
        new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return out;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
