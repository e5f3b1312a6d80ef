package io.virtdeck.rvtools.plan;

/**
 * A source port group (from vNetwork), its VLAN (from vPort or dvPort: 0 untagged, -1 a trunk or
 * unknown), the VMs with an adapter on it, and where those adapters go here.
 */
public record NetworkMapping(
    String portGroup, int vlan, int vms, int adapters, NetworkTarget target) {}
