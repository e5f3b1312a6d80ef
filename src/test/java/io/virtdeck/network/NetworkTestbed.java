package io.virtdeck.network;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.testing.TaskTestbed;

/** The demo cluster with the network services wired by hand, for integration tests. */
final class NetworkTestbed extends TaskTestbed {

  final PortGroups portGroups;
  final NetworkOperations operations;

  NetworkTestbed() {
    portGroups = new PortGroups(cluster.caches, reviews);
    operations = new NetworkOperations(cluster.caches, portGroups, reviews, tasks);
  }

  NicRow nic(ResourceKey vm, String name) {
    return portGroups.nics(vm).stream()
        .filter(n -> n.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
