package io.virtdeck.rvtools.plan;

/**
 * Where a source port group's adapters go: the pod network (untagged), an existing port group here
 * (a NetworkAttachmentDefinition with the same VLAN), a draft port group to create, or nowhere yet
 * (a trunk or range of VLANs, or a port group the file gives no VLAN for: mapped by hand).
 */
public sealed interface NetworkTarget {

  record Pod() implements NetworkTarget {}

  record Existing(String namespace, String name) implements NetworkTarget {}

  record Draft(String namespace, String name, String bridge, int vlan) implements NetworkTarget {}

  record Unmapped(String reasonKey) implements NetworkTarget {}
}
