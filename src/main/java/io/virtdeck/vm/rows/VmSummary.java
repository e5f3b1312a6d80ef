package io.virtdeck.vm.rows;

import java.util.List;
import java.util.Map;

/**
 * A VM's Summary tab: the grid row plus hardware, labels, notes, guest agent and the reason it is
 * not running where there is one, and whether a change waits for the next restart (KubeVirt's
 * {@code RestartRequired} condition).
 */
public record VmSummary(
    VmRow row,
    String runStrategy,
    boolean guestAgentConnected,
    List<VmDisk> disks,
    List<VmNic> nics,
    Map<String, String> labels,
    String notes,
    String problem,
    boolean restartRequired) {}
