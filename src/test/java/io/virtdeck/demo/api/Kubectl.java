package io.virtdeck.demo.api;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the kubectl found on the PATH against a kubeconfig; tests using it skip without one. */
final class Kubectl {

  /** What one kubectl command printed (standard output and error together). */
  record Result(int exitCode, String output) {}

  private final Path binary;
  private final Path kubeconfig;
  private final Path folder;

  private Kubectl(Path binary, Path kubeconfig, Path folder) {
    this.binary = binary;
    this.kubeconfig = kubeconfig;
    this.folder = folder;
  }

  /** kubectl for {@code kubeconfig}; the calling test is skipped when kubectl is not installed. */
  static Kubectl onPath(Path kubeconfig, Path folder) {
    Path found = null;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        found = candidate;
        break;
      }
    }
    assumeTrue(found != null, "kubectl is not on the PATH: the kubectl checks are skipped");
    return new Kubectl(found, kubeconfig, folder);
  }

  Result run(String... args) throws IOException, InterruptedException {
    Path output = Files.createTempFile(folder, "kubectl", ".out");
    Process process = start(output, args);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("kubectl " + String.join(" ", args) + " did not end");
    }
    return new Result(process.exitValue(), Files.readString(output));
  }

  /** Starts a long-running command (such as {@code get -w}) writing into {@code output}. */
  Process start(Path output, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(List.of(binary.toString(), "--kubeconfig", kubeconfig.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
  }
}
