package io.virtdeck.demo.sim;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.net.HttpURLConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Resource contexts and map helpers for the simulator (no API discovery needed). */
final class Api {

  static final ResourceDefinitionContext VM =
      context("kubevirt.io", "v1", "VirtualMachine", "virtualmachines");
  static final ResourceDefinitionContext VMI =
      context("kubevirt.io", "v1", "VirtualMachineInstance", "virtualmachineinstances");
  static final ResourceDefinitionContext MIGRATION =
      context(
          "kubevirt.io",
          "v1",
          "VirtualMachineInstanceMigration",
          "virtualmachineinstancemigrations");
  static final ResourceDefinitionContext SNAPSHOT =
      context(
          "snapshot.kubevirt.io", "v1beta1", "VirtualMachineSnapshot", "virtualmachinesnapshots");
  static final ResourceDefinitionContext CONTENT =
      context(
          "snapshot.kubevirt.io",
          "v1beta1",
          "VirtualMachineSnapshotContent",
          "virtualmachinesnapshotcontents");
  static final ResourceDefinitionContext RESTORE =
      context("snapshot.kubevirt.io", "v1beta1", "VirtualMachineRestore", "virtualmachinerestores");
  static final ResourceDefinitionContext CLONE =
      context("clone.kubevirt.io", "v1beta1", "VirtualMachineClone", "virtualmachineclones");
  static final ResourceDefinitionContext VOLUME_SNAPSHOT_CLASS =
      new ResourceDefinitionContext.Builder()
          .withGroup("snapshot.storage.k8s.io")
          .withVersion("v1")
          .withKind("VolumeSnapshotClass")
          .withPlural("volumesnapshotclasses")
          .withNamespaced(false)
          .build();
  static final ResourceDefinitionContext NODE_MAINTENANCE =
      new ResourceDefinitionContext.Builder()
          .withGroup("nodemaintenance.medik8s.io")
          .withVersion("v1beta1")
          .withKind("NodeMaintenance")
          .withPlural("nodemaintenances")
          .withNamespaced(false)
          .build();
  static final ResourceDefinitionContext DATA_VOLUME =
      context("cdi.kubevirt.io", "v1beta1", "DataVolume", "datavolumes");
  static final ResourceDefinitionContext NAD =
      context(
          "k8s.cni.cncf.io", "v1", "NetworkAttachmentDefinition", "network-attachment-definitions");

  private Api() {}

  private static ResourceDefinitionContext context(
      String group, String version, String kind, String plural) {
    return new ResourceDefinitionContext.Builder()
        .withGroup(group)
        .withVersion(version)
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(true)
        .build();
  }

  static MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      op(KubernetesClient client, ResourceDefinitionContext context) {
    return client.genericKubernetesResources(context);
  }

  /** An ordered map from alternating keys and values; null values are skipped. */
  static Map<String, Object> map(@Nullable Object... keyValues) {
    var result = new LinkedHashMap<String, Object>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        result.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
      }
    }
    return result;
  }

  /** A nested value of a generic object, or null when any step is missing or of another type. */
  @SuppressWarnings("unchecked")
  static <T> @Nullable T get(@Nullable GenericKubernetesResource object, Object... path) {
    if (object == null) {
      return null;
    }
    try {
      return (T) object.get(path);
    } catch (RuntimeException e) {
      return null;
    }
  }

  static boolean isNotFound(KubernetesClientException e) {
    return e.getCode() == HttpURLConnection.HTTP_NOT_FOUND;
  }

  static boolean isConflict(KubernetesClientException e) {
    return e.getCode() == HttpURLConnection.HTTP_CONFLICT;
  }
}
