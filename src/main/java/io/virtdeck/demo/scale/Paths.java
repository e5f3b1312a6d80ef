package io.virtdeck.demo.scale;

/** API collection paths of the kinds the scaled cluster writes. */
final class Paths {

  static final String NAMESPACES = "/api/v1/namespaces";
  static final String NODES = "/api/v1/nodes";

  private Paths() {}

  static String vms(String namespace) {
    return "/apis/kubevirt.io/v1/namespaces/" + namespace + "/virtualmachines";
  }

  static String vmis(String namespace) {
    return "/apis/kubevirt.io/v1/namespaces/" + namespace + "/virtualmachineinstances";
  }

  static String dataVolumes(String namespace) {
    return "/apis/cdi.kubevirt.io/v1beta1/namespaces/" + namespace + "/datavolumes";
  }

  static String claims(String namespace) {
    return "/api/v1/namespaces/" + namespace + "/persistentvolumeclaims";
  }

  static String nads(String namespace) {
    return "/apis/k8s.cni.cncf.io/v1/namespaces/" + namespace + "/network-attachment-definitions";
  }

  static String snapshots(String namespace) {
    return "/apis/snapshot.kubevirt.io/v1beta1/namespaces/"
        + namespace
        + "/virtualmachinesnapshots";
  }
}
