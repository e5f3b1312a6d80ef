package io.virtdeck.demo.seed;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** NetworkAttachmentDefinitions ("port groups"): Linux bridges with VLANs. */
final class NetworkSeed {

  /** One bridge network: where it lives, the bridge, its VLAN and MTU (null: default). */
  record Nad(String namespace, String name, String bridge, int vlan, @Nullable Integer mtu) {

    /** The bridge CNI configuration, as the NAD's spec.config string. */
    String config() {
      return "{\"cniVersion\":\"0.3.1\",\"name\":\"%s\",\"type\":\"bridge\",\"bridge\":\"%s\",\"vlan\":%d,%s\"macspoofchk\":true,\"preserveDefaultVlan\":false,\"ipam\":{}}"
          .formatted(name, bridge, vlan, mtu == null ? "" : "\"mtu\":" + mtu + ",");
    }
  }

  static final Nad PROD = new Nad("default", "vlan-100-prod", "br1", 100, null);
  static final Nad DMZ = new Nad("shop", "vlan-200-dmz", "br1", 200, null);
  static final Nad FINANCE = new Nad("finance", "vlan-110-finance", "br1", 110, null);
  static final Nad LAB = new Nad("dev", "vlan-150-lab", "br1", 150, null);
  static final Nad STORAGE = new Nad("infra", "storage-net", "br-storage", 300, 9000);

  static final List<Nad> ALL = List.of(PROD, DMZ, FINANCE, LAB, STORAGE);

  private NetworkSeed() {}

  static void seed(KubernetesClient admin) {
    for (var nad : ALL) {
      var object =
          Json.object(
              "NetworkAttachmentDefinition",
              nad.namespace(),
              nad.name(),
              Json.strings("virtdeck.io/vlan", String.valueOf(nad.vlan())),
              Json.strings(
                  "k8s.v1.cni.cncf.io/resourceName", "bridge.network.kubevirt.io/" + nad.bridge(),
                  "virtdeck.io/notes", "VLAN " + nad.vlan() + " on bridge " + nad.bridge()),
              Json.map("spec", Json.map("config", nad.config())));
      Json.kind(admin, "NetworkAttachmentDefinition")
          .inNamespace(nad.namespace())
          .resource(object)
          .create();
    }
  }

  /** The multus networkName a VM in the given namespace uses to reach this network. */
  static String networkName(Nad nad, String vmNamespace) {
    return nad.namespace().equals(vmNamespace) ? nad.name() : nad.namespace() + "/" + nad.name();
  }
}
