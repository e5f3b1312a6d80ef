package io.virtdeck.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The demo cluster alone in its own JVM, without VirtDeck, so that VirtDeck's memory can be
 * measured apart from it. Arguments as {@code --name=value}: {@code port} (0: a free one), {@code
 * scale} (VMs in all; 0: the standard demo), {@code churn} (status changes per second), {@code
 * kubeconfig} (where to write it), {@code vm-count}. Prints {@code DEMO-CLUSTER-READY <url>
 * <kubeconfig>} and {@code DEMO-PROMETHEUS-READY <url>} when serving, and runs until killed.
 */
public final class DemoClusterMain {

  private DemoClusterMain() {}

  @SuppressWarnings("NullAway") // no kubeconfig given: DemoProperties fills in its default
  public static void main(String[] args) throws InterruptedException {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("expected --name=value: " + arg);
      }
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    var properties =
        new DemoProperties(
            Integer.parseInt(options.getOrDefault("port", "0")),
            Integer.parseInt(options.getOrDefault("vm-count", "25")),
            options.containsKey("kubeconfig") ? Path.of(options.get("kubeconfig")) : null,
            Duration.ofMillis(500),
            Integer.parseInt(options.getOrDefault("scale", "0")),
            Integer.parseInt(options.getOrDefault("churn", "0")));
    DemoCluster cluster = DemoCluster.start(properties);
    Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
    System.out.println(
        "DEMO-CLUSTER-READY "
            + cluster.server().url()
            + " "
            + cluster.kubeconfig().toAbsolutePath());
    System.out.println("DEMO-PROMETHEUS-READY " + cluster.prometheus().url());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
