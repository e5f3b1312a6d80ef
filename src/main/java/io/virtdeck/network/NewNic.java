package io.virtdeck.network;

/**
 * A network adapter to add: its name, the multus {@code networkName} of its port group (as the VM's
 * namespace sees it), its model (virtio or e1000e) and its MAC address ("" lets KubeVirt pick).
 */
public record NewNic(String name, String networkName, String model, String macAddress) {

  /** Models offered; KubeVirt hot-plugs virtio only. */
  public static final java.util.List<String> MODELS = java.util.List.of("virtio", "e1000e");

  public boolean hotPluggable() {
    return "virtio".equals(model);
  }
}
