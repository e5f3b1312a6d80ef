package io.virtdeck.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import org.junit.jupiter.api.Test;

/** Each kind with a YAML tab is patched at its own API path, with the right RBAC names. */
class YamlKindTest {

  @Test
  void pathsOfNamespacedAndClusterScopedKinds() {
    ResourceKey shop = new ResourceKey("shop", "x");
    assertThat(YamlKind.VM.path(shop))
        .isEqualTo("/apis/kubevirt.io/v1/namespaces/shop/virtualmachines/x");
    assertThat(YamlKind.SNAPSHOT.path(shop))
        .isEqualTo("/apis/snapshot.kubevirt.io/v1beta1/namespaces/shop/virtualmachinesnapshots/x");
    assertThat(YamlKind.PORT_GROUP.path(shop))
        .isEqualTo("/apis/k8s.cni.cncf.io/v1/namespaces/shop/network-attachment-definitions/x");
    assertThat(YamlKind.HOST.path(ResourceKey.cluster("worker-01")))
        .isEqualTo("/api/v1/nodes/worker-01");
    assertThat(YamlKind.DATASTORE.path(ResourceKey.cluster("ceph-rbd")))
        .isEqualTo("/apis/storage.k8s.io/v1/storageclasses/ceph-rbd");
  }

  @Test
  void theRightToPatchNamesTheOneObject() {
    assertThat(YamlKind.VM.access("patch", new ResourceKey("shop", "x")).describe())
        .isEqualTo("patch virtualmachines.kubevirt.io x in namespace shop");
    assertThat(YamlKind.HOST.access("patch", ResourceKey.cluster("worker-01")).describe())
        .isEqualTo("patch nodes worker-01");
  }
}
