package io.virtdeck.demo.prometheus;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** A demo cluster in memory for the demo Prometheus's unit tests. */
final class FakeObjects implements DemoObjects {

  final Map<String, RunningVmi> running = new LinkedHashMap<>();
  final Set<String> vms = new java.util.HashSet<>();
  final Set<String> nodes = new java.util.TreeSet<>();
  final Map<String, String> alerts = new TreeMap<>();

  FakeObjects run(String namespace, String name, String node, int vcpus, long memory) {
    running.put(namespace + "/" + name, new RunningVmi(namespace, name, node, vcpus, memory));
    vms.add(namespace + "/" + name);
    nodes.add(node);
    return this;
  }

  @Override
  public Collection<RunningVmi> running() {
    return running.values();
  }

  @Override
  public @Nullable RunningVmi running(String namespace, String name) {
    return running.get(namespace + "/" + name);
  }

  @Override
  public boolean vmExists(String namespace, String name) {
    return vms.contains(namespace + "/" + name);
  }

  @Override
  public Set<String> nodes() {
    return nodes;
  }

  @Override
  public Map<String, String> requestedAlerts() {
    return alerts;
  }
}
