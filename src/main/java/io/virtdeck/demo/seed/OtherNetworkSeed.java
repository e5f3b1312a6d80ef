package io.virtdeck.demo.seed;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;

/**
 * Port groups of other kinds than Linux bridges, so that the Networking view shows the variety a
 * real cluster has: OVN-Kubernetes localnet with a VLAN, macvtap, SR-IOV, and one whose CNI config
 * is malformed (shown as "unknown" with its raw text).
 */
final class OtherNetworkSeed {

  private record Raw(
      String namespace, String name, String config, Map<String, String> annotations) {}

  static final List<Raw> ALL =
      List.of(
          new Raw(
              "shop",
              "ovn-localnet-410",
              "{\"cniVersion\":\"0.3.1\",\"name\":\"ovn-localnet-410\",\"type\":\"ovn-k8s-cni-overlay\","
                  + "\"topology\":\"localnet\",\"netAttachDefName\":\"shop/ovn-localnet-410\","
                  + "\"physicalNetworkName\":\"physnet-tenant\",\"vlanID\":410,\"mtu\":1500}",
              Map.of()),
          new Raw(
              "infra",
              "macvtap-eth1",
              "{\"cniVersion\":\"0.3.1\",\"name\":\"macvtap-eth1\",\"type\":\"macvtap\",\"mtu\":1500}",
              Map.of("k8s.v1.cni.cncf.io/resourceName", "macvtap.network.kubevirt.io/eth1")),
          new Raw(
              "finance",
              "sriov-trading",
              "{\"cniVersion\":\"0.3.1\",\"name\":\"sriov-trading\",\"type\":\"sriov\",\"vlan\":120,"
                  + "\"ipam\":{\"type\":\"whereabouts\",\"range\":\"10.120.0.0/24\"}}",
              Map.of("k8s.v1.cni.cncf.io/resourceName", "openshift.io/mlx_trading")),
          new Raw(
              "dev",
              "legacy-broken",
              "{\"cniVersion\": \"0.3.1\", \"type\": \"bridge\", \"bridge\": \"br9\", \"vlan\": 90",
              Map.of("virtdeck.io/notes", "Hand-written config with a missing brace")));

  private OtherNetworkSeed() {}

  static void seed(KubernetesClient admin) {
    for (var nad : ALL) {
      var object =
          Json.object(
              "NetworkAttachmentDefinition",
              nad.namespace(),
              nad.name(),
              Map.of(),
              nad.annotations(),
              Json.map("spec", Json.map("config", nad.config())));
      Json.kind(admin, "NetworkAttachmentDefinition")
          .inNamespace(nad.namespace())
          .resource(object)
          .create();
    }
  }
}
