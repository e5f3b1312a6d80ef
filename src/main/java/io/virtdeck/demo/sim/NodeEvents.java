package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.virtdeck.demo.events.KubeEvents;
import java.time.Instant;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kubelet's events when a node is cordoned or uncordoned ({@code NodeNotSchedulable}, {@code
 * NodeSchedulable}): about the Node, without a namespace in the reference, recorded in {@code
 * default} as Kubernetes does for cluster-scoped objects.
 */
final class NodeEvents implements ResourceEventHandler<Node> {

  private static final Logger LOG = LoggerFactory.getLogger(NodeEvents.class);

  private final KubernetesClient admin;
  private final Executor executor;

  NodeEvents(KubernetesClient admin, Executor executor) {
    this.admin = admin;
    this.executor = executor;
  }

  @Override
  public void onAdd(Node node) {}

  @Override
  public void onUpdate(Node before, Node after) {
    boolean was = unschedulable(before);
    boolean is = unschedulable(after);
    if (was != is) {
      executor.execute(() -> record(after, is ? "NodeNotSchedulable" : "NodeSchedulable"));
    }
  }

  @Override
  public void onDelete(Node node, boolean deletedFinalStateUnknown) {}

  static boolean unschedulable(Node node) {
    return node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
  }

  private void record(Node node, String status) {
    String name = node.getMetadata().getName();
    var involved =
        new ObjectReferenceBuilder()
            .withApiVersion("v1")
            .withKind("Node")
            .withName(name)
            .withUid(name)
            .build();
    var event =
        KubeEvents.event(
            involved,
            KubeEvents.NORMAL,
            status,
            "Node " + name + " status is now: " + status,
            "kubelet",
            name,
            Instant.now());
    event.getMetadata().setNamespace("default");
    try {
      admin.v1().events().inNamespace("default").resource(event).create();
    } catch (KubernetesClientException e) {
      LOG.debug("Event {} on node {} not recorded", status, name, e);
    }
  }
}
