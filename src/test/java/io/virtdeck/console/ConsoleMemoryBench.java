package io.virtdeck.console;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.virtdeck.demo.DemoCluster;
import java.lang.management.ManagementFactory;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console benchmark's memory figure: the live heap with many consoles open at once through
 * VirtDeck, minus the same consoles opened straight to the demo API (whose guest screens and
 * sessions live in the same JVM), per console.
 */
final class ConsoleMemoryBench {

  /** Opens one console and waits for its first bytes (a web console's first whole screen). */
  interface Opener {
    WebSocket open(boolean relay, String console, SocketBytes bytes) throws Exception;
  }

  private final DemoCluster demo;
  private final OpenConsoles consoles;
  private final Opener opener;

  ConsoleMemoryBench(DemoCluster demo, OpenConsoles consoles, Opener opener) {
    this.demo = demo;
    this.consoles = consoles;
    this.opener = opener;
  }

  String run(int wanted) throws Exception {
    List<String> targets = targets(wanted);
    held(false, targets).forEach(ConsoleMemoryBench::closeQuietly); // guest screens made
    settle();
    long before = liveHeap();
    List<Open> straight = held(false, targets);
    long withStraight = liveHeap();
    straight.forEach(ConsoleMemoryBench::closeQuietly);
    settle();
    long beforeRelayed = liveHeap();
    List<Open> relayed = held(true, targets);
    long withRelayed = liveHeap();
    int open = consoles.count();
    relayed.forEach(ConsoleMemoryBench::closeQuietly);
    settle();
    double perConsole =
        ((withRelayed - beforeRelayed) - (withStraight - before)) / (double) targets.size();
    return String.format(
        Locale.ROOT,
        "%.0f KiB per console through VirtDeck (%d consoles open at once, %d of them web consoles;"
            + " live heap +%.1f MiB through VirtDeck, +%.1f MiB straight to the API)",
        perConsole / 1024,
        open,
        targets.stream().filter(t -> t.endsWith("vnc")).count(),
        (withRelayed - beforeRelayed) / 1048576.0,
        (withStraight - before) / 1048576.0);
  }

  private record Open(WebSocket socket, SocketBytes bytes) {}

  /** A web console and a serial console of each running VM, {@code wanted} in all at most. */
  private List<String> targets(int wanted) {
    List<String> targets = new ArrayList<>();
    for (GenericKubernetesResource vmi :
        demo.server()
            .adminClient()
            .genericKubernetesResources("kubevirt.io/v1", "VirtualMachineInstance")
            .inAnyNamespace()
            .list()
            .getItems()) {
      if (vmi.getAdditionalProperties().get("status") instanceof Map<?, ?> status
          && "Running".equals(status.get("phase"))
          && targets.size() < wanted) {
        String vm = "/" + vmi.getMetadata().getNamespace() + "/" + vmi.getMetadata().getName();
        targets.add(vm + "/vnc");
        targets.add(vm + "/serial");
      }
    }
    return targets.subList(0, Math.min(wanted, targets.size()));
  }

  private List<Open> held(boolean relay, List<String> targets) throws Exception {
    List<Open> open = new ArrayList<>();
    for (String target : targets) {
      var bytes = new SocketBytes();
      var socket = opener.open(relay, target, bytes);
      if (target.endsWith("vnc")) {
        var rfb = new RfbProbe(bytes, socket);
        rfb.handshake();
        rfb.requestWholeScreen();
        rfb.readUpdate();
      } else {
        bytes.read();
      }
      open.add(new Open(socket, bytes));
    }
    return open;
  }

  private static void closeQuietly(Open open) {
    try {
      open.socket().sendClose(1000, "done").join();
      open.bytes().closed.get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception alreadyGone) {
      // closed from the other side meanwhile
    }
  }

  private void settle() throws InterruptedException {
    for (int i = 0;
        i < 600 && (consoles.count() > 0 || demo.server().openConsoleSessions() > 0);
        i++) {
      Thread.sleep(50);
    }
  }

  /** The heap in use after a full collection (the lowest of three, to pass by stray garbage). */
  private static long liveHeap() {
    long lowest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      lowest = Math.min(lowest, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return lowest;
  }
}
