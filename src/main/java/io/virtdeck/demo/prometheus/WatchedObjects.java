package io.virtdeck.demo.prometheus;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The demo cluster as the demo Prometheus sees it, through informers of VMIs, VMs and nodes that
 * keep slim copies: the running VMs (phase Running, on a node), which VMs exist, the nodes, and the
 * VMs that ask for an alert.
 */
final class WatchedObjects implements DemoObjects, AutoCloseable {

  private static final long PAGE = 500;

  private final Map<String, RunningVmi> running = new ConcurrentHashMap<>();
  private final Set<String> vms = ConcurrentHashMap.newKeySet();
  private final Map<String, String> alerts = new ConcurrentHashMap<>();
  private final Set<String> nodes = ConcurrentHashMap.newKeySet();
  private final List<SharedIndexInformer<GenericKubernetesResource>> informers = new ArrayList<>();

  /** Starts the informers; returns once they have listed their kinds. */
  static WatchedObjects start(KubernetesClient client) {
    WatchedObjects objects = new WatchedObjects();
    try {
      objects.inform(
          client,
          "kubevirt.io/v1",
          "VirtualMachineInstance",
          VmiFacts::slimVmi,
          objects::vmi,
          objects::vmiGone);
      objects.inform(
          client,
          "kubevirt.io/v1",
          "VirtualMachine",
          vm -> VmiFacts.identity(vm, DemoAlerts.ANNOTATION),
          objects::vm,
          objects::vmGone);
      objects.inform(
          client,
          "v1",
          "Node",
          node -> VmiFacts.identity(node, null),
          node -> objects.nodes.add(node.getMetadata().getName()),
          node -> objects.nodes.remove(node.getMetadata().getName()));
      for (var informer : objects.informers) {
        informer.start().toCompletableFuture().join();
      }
      return objects;
    } catch (RuntimeException e) {
      objects.close();
      throw e;
    }
  }

  private void inform(
      KubernetesClient client,
      String apiVersion,
      String kind,
      UnaryOperator<GenericKubernetesResource> slim,
      Consumer<GenericKubernetesResource> present,
      Consumer<GenericKubernetesResource> gone) {
    var informer =
        client
            .genericKubernetesResources(apiVersion, kind)
            .inAnyNamespace()
            .withLimit(PAGE)
            .runnableInformer(0)
            .itemStore(new SlimStore(slim));
    informer.addEventHandler(
        new ResourceEventHandler<>() {
          @Override
          public void onAdd(GenericKubernetesResource object) {
            present.accept(object);
          }

          @Override
          public void onUpdate(GenericKubernetesResource old, GenericKubernetesResource object) {
            present.accept(object);
          }

          @Override
          public void onDelete(GenericKubernetesResource object, boolean unknownFinalState) {
            gone.accept(object);
          }
        });
    informers.add(informer);
  }

  private static String key(GenericKubernetesResource object) {
    return object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
  }

  private void vmi(GenericKubernetesResource vmi) {
    RunningVmi now = VmiFacts.running(vmi);
    if (now == null) {
      running.remove(key(vmi));
    } else {
      running.put(key(vmi), now);
    }
  }

  private void vmiGone(GenericKubernetesResource vmi) {
    running.remove(key(vmi));
  }

  private void vm(GenericKubernetesResource vm) {
    vms.add(key(vm));
    String alert = VmiFacts.annotation(vm, DemoAlerts.ANNOTATION);
    if (alert == null) {
      alerts.remove(key(vm));
    } else {
      alerts.put(key(vm), alert);
    }
  }

  private void vmGone(GenericKubernetesResource vm) {
    vms.remove(key(vm));
    alerts.remove(key(vm));
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
    return Set.copyOf(nodes);
  }

  @Override
  public Map<String, String> requestedAlerts() {
    return Map.copyOf(alerts);
  }

  @Override
  public void close() {
    informers.forEach(SharedIndexInformer::close);
  }
}
