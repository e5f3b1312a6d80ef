package io.virtdeck.demo.prometheus;

/**
 * A running demo VM as its metrics see it.
 *
 * @param namespace the VM's namespace
 * @param name the VM's (and its instance's) name
 * @param node the host it runs on
 * @param vcpus its virtual CPUs (sockets × cores × threads)
 * @param memoryBytes its guest memory
 * @param seed a stable number from its namespace and name, from which its series are drawn
 */
record RunningVmi(
    String namespace, String name, String node, int vcpus, long memoryBytes, long seed) {

  RunningVmi(String namespace, String name, String node, int vcpus, long memoryBytes) {
    this(namespace, name, node, vcpus, memoryBytes, Synthetic.seed(namespace + "/" + name));
  }
}
