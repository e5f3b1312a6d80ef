package io.virtdeck.task;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a request path names: group, version, namespace, resource, object and subresource, read from
 * {@code /api/v1/...} or {@code /apis/GROUP/VERSION/...}. Scripts name objects this way (kubectl's
 * short names, Ansible's apiVersion and kind).
 */
public record ApiTarget(
    String group,
    String version,
    @Nullable String namespace,
    String resource,
    @Nullable String name,
    @Nullable String subresource) {

  /** kubectl's short names of the resources VirtDeck writes, and their kinds. */
  private static final Map<String, List<String>> KNOWN =
      Map.ofEntries(
          Map.entry("virtualmachines", List.of("vm", "VirtualMachine")),
          Map.entry("virtualmachineinstances", List.of("vmi", "VirtualMachineInstance")),
          Map.entry(
              "virtualmachineinstancemigrations",
              List.of("vmim", "VirtualMachineInstanceMigration")),
          Map.entry("virtualmachinesnapshots", List.of("vmsnapshot", "VirtualMachineSnapshot")),
          Map.entry("virtualmachinerestores", List.of("vmrestore", "VirtualMachineRestore")),
          Map.entry("virtualmachineclones", List.of("vmclone", "VirtualMachineClone")),
          Map.entry("datavolumes", List.of("dv", "DataVolume")),
          Map.entry("persistentvolumeclaims", List.of("pvc", "PersistentVolumeClaim")),
          Map.entry(
              "network-attachment-definitions",
              List.of("network-attachment-definitions", "NetworkAttachmentDefinition")),
          Map.entry("nodes", List.of("node", "Node")),
          Map.entry("secrets", List.of("secret", "Secret")),
          Map.entry("namespaces", List.of("namespace", "Namespace")));

  /**
   * Reads a request path (a query string is ignored). A path that names no resource is kept whole
   * as the subresource of an unnamed one: scripts send it as a raw request.
   */
  public static ApiTarget parse(String path) {
    String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    List<String> parts = List.of(plain.replaceFirst("^/", "").split("/"));
    int at;
    String group;
    String version;
    if (parts.size() >= 3 && parts.get(0).equals("api")) {
      group = "";
      version = parts.get(1);
      at = 2;
    } else if (parts.size() >= 4 && parts.get(0).equals("apis")) {
      group = parts.get(1);
      version = parts.get(2);
      at = 3;
    } else {
      return new ApiTarget("", "", null, "", null, plain);
    }
    String namespace = null;
    if (parts.get(at).equals("namespaces") && parts.size() > at + 2) {
      namespace = parts.get(at + 1);
      at += 2;
    }
    return new ApiTarget(
        group,
        version,
        namespace,
        parts.get(at),
        parts.size() > at + 1 ? parts.get(at + 1) : null,
        parts.size() > at + 2 ? String.join("/", parts.subList(at + 2, parts.size())) : null);
  }

  /** {@code group/version}, or the version alone for the core group. */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** The kind, for the resources VirtDeck writes; otherwise guessed from the plural. */
  public String kind() {
    List<String> known = KNOWN.get(resource);
    if (known != null) {
      return known.get(1);
    }
    String singular =
        resource.endsWith("s") ? resource.substring(0, resource.length() - 1) : resource;
    return Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
  }

  /** The resource as kubectl names it: a short name where there is one, else plural.group. */
  public String kubectlResource() {
    List<String> known = KNOWN.get(resource);
    if (known != null) {
      return known.get(0);
    }
    return group.isEmpty() ? resource : resource + "." + group;
  }

  /** {@code -n NAMESPACE} for kubectl, or nothing for a cluster-scoped object. */
  public String namespaceFlag() {
    return namespace == null ? "" : " -n " + namespace;
  }

  /** KubeVirt's subresource API ({@code subresources.kubevirt.io}): actions, not objects. */
  public boolean isAction() {
    return subresource != null || group.startsWith("subresources.");
  }
}
