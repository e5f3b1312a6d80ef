package io.virtdeck.provision;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.virtdeck.cluster.ClusterCaches;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserClients;
import io.virtdeck.cluster.UserIdentity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The New VM wizard's catalog, read as the user when the wizard opens (these kinds change rarely
 * and are not cached): cluster and folder instance types, cluster preferences, and the DataSources
 * of the boot-image namespaces ({@code virtdeck.provision.boot-image-namespaces}) and of the
 * folder, each with the size of its image where the user may read its claim.
 */
@Service
public class ProvisionCatalog {

  static final String GROUP = "instancetype.kubevirt.io";

  private final UserClients clients;
  private final ClusterCaches caches;
  private final List<String> bootImageNamespaces;

  public ProvisionCatalog(
      UserClients clients,
      ClusterCaches caches,
      @Value(
              "${virtdeck.provision.boot-image-namespaces:boot-images,openshift-virtualization-os-images}")
          List<String> bootImageNamespaces) {
    this.clients = clients;
    this.caches = caches;
    this.bootImageNamespaces = List.copyOf(bootImageNamespaces);
  }

  /** What the user may choose from for a VM in {@code namespace}. */
  public Catalog read(UserIdentity user, String namespace) {
    KubernetesClient client = clients.as(user);
    List<String> unreadable = new ArrayList<>();
    List<InstanceTypeRow> types = new ArrayList<>();
    types.addAll(
        list(
                client,
                kind(
                    GROUP,
                    "v1",
                    "VirtualMachineClusterInstancetype",
                    "virtualmachineclusterinstancetypes",
                    false),
                null,
                unreadable)
            .stream()
            .map(o -> CatalogReader.instanceType(o, true))
            .toList());
    types.addAll(
        list(
                client,
                kind(
                    GROUP, "v1", "VirtualMachineInstancetype", "virtualmachineinstancetypes", true),
                namespace,
                unreadable)
            .stream()
            .map(o -> CatalogReader.instanceType(o, false))
            .toList());
    types.sort(
        Comparator.comparing(InstanceTypeRow::series)
            .thenComparingInt(InstanceTypeRow::cpus)
            .thenComparing(t -> memoryBytes(t.memory())));
    List<PreferenceRow> preferences =
        new ArrayList<>(
            list(
                    client,
                    kind(
                        GROUP,
                        "v1",
                        "VirtualMachineClusterPreference",
                        "virtualmachineclusterpreferences",
                        false),
                    null,
                    unreadable)
                .stream()
                .map(o -> CatalogReader.preference(o, true))
                .toList());
    preferences.sort(Comparator.comparing(PreferenceRow::name));
    List<BootSourceRow> sources = new ArrayList<>();
    Set<String> places = new LinkedHashSet<>(bootImageNamespaces);
    places.add(namespace);
    for (String place : places) {
      if (caches.namespaces().get(ResourceKey.cluster(place)).isEmpty()) {
        continue;
      }
      for (GenericKubernetesResource source :
          list(
              client,
              kind("cdi.kubevirt.io", "v1beta1", "DataSource", "datasources", true),
              place,
              unreadable)) {
        sources.add(CatalogReader.bootSource(source, imageSize(client, source)));
      }
    }
    return new Catalog(types, preferences, sources, unreadable);
  }

  private static String imageSize(KubernetesClient client, GenericKubernetesResource source) {
    ResourceKey claim = CatalogReader.sourceClaim(source);
    if (claim == null) {
      return "";
    }
    try {
      PersistentVolumeClaim pvc =
          client
              .persistentVolumeClaims()
              .inNamespace(claim.namespace())
              .withName(claim.name())
              .get();
      if (pvc == null) {
        return "";
      }
      Quantity size =
          pvc.getStatus() != null && pvc.getStatus().getCapacity() != null
              ? pvc.getStatus().getCapacity().get("storage")
              : null;
      if (size == null && pvc.getSpec().getResources() != null) {
        size = pvc.getSpec().getResources().getRequests().get("storage");
      }
      return size == null ? "" : size.toString();
    } catch (KubernetesClientException forbiddenOrGone) {
      return "";
    }
  }

  private static List<GenericKubernetesResource> list(
      KubernetesClient client,
      ResourceDefinitionContext kind,
      @org.jspecify.annotations.Nullable String namespace,
      List<String> unreadable) {
    try {
      var op = client.genericKubernetesResources(kind);
      return namespace == null ? op.list().getItems() : op.inNamespace(namespace).list().getItems();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 403) {
        unreadable.add(kind.getPlural() + (namespace == null ? "" : " in " + namespace));
      }
      return List.of();
    }
  }

  private static ResourceDefinitionContext kind(
      String group, String version, String kind, String plural, boolean namespaced) {
    return new ResourceDefinitionContext.Builder()
        .withGroup(group)
        .withVersion(version)
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(namespaced)
        .build();
  }

  private static long memoryBytes(String memory) {
    return io.virtdeck.cluster.KubeValues.bytesOrUnknown(memory);
  }
}
