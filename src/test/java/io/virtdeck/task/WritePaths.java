package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserScopes;
import io.virtdeck.network.NewNic;
import io.virtdeck.network.NicRow;
import io.virtdeck.provision.CloneForm;
import io.virtdeck.provision.SettingsForm;
import io.virtdeck.storage.DiskChange;
import io.virtdeck.storage.NewDisk;
import io.virtdeck.storage.VmDiskRow;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.rows.PowerState;
import io.virtdeck.vm.rows.VmRow;
import io.virtdeck.yaml.YamlKind;
import java.util.List;

/**
 * Every write path of the product that touches a VM, as a table: each is run through the product's
 * services as a user on a running and/or a stopped VM by {@link PlantedFieldsIT}, which then checks
 * that fields VirtDeck does not know survived. A write path added later gets a row here.
 */
final class WritePaths {

  /** Whether a path runs on the running VM, the stopped one, or both. */
  enum On {
    RUNNING,
    STOPPED,
    BOTH;

    boolean includes(boolean running) {
      return this == BOTH || (this == RUNNING) == running;
    }
  }

  /** One write path: its name, where it applies, and how it is run (waiting until it is done). */
  record WritePath(String name, On on, Step step) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Runs a write path on {@code vm} as the user and waits until its tasks completed. */
  interface Step {
    void run(WriteServices s, ResourceKey vm);
  }

  private WritePaths() {}

  static String disk(ResourceKey vm) {
    return vm.name() + "-planted";
  }

  static final String NIC = "nic-planted";
  static final String SNAPSHOT = "-planted-snap";

  static final List<WritePath> ALL =
      List.of(
          new WritePath(
              "power on and power off",
              On.STOPPED,
              (s, vm) -> {
                s.done(s.vms().run(s.user(), PowerAction.POWER_ON, vm));
                s.until(() -> s.power(vm) == PowerState.POWERED_ON);
                s.done(s.vms().run(s.user(), PowerAction.POWER_OFF, vm));
                s.until(() -> s.power(vm) == PowerState.POWERED_OFF);
              }),
          new WritePath(
              "restart",
              On.RUNNING,
              (s, vm) -> s.done(s.vms().run(s.user(), PowerAction.RESTART, vm))),
          new WritePath(
              "suspend and resume",
              On.RUNNING,
              (s, vm) -> {
                s.done(s.vms().run(s.user(), PowerAction.SUSPEND, vm));
                s.until(() -> s.power(vm) == PowerState.SUSPENDED);
                s.done(s.vms().run(s.user(), PowerAction.RESUME, vm));
                s.until(() -> s.power(vm) == PowerState.POWERED_ON);
              }),
          new WritePath(
              "add a new disk",
              On.BOTH,
              (s, vm) -> {
                NewDisk disk = new NewDisk(disk(vm), "1Gi", "ceph-rbd", "scsi");
                assertThat(s.storage().checkNewDisk(vm, disk)).isEmpty();
                s.done(s.storage().createAndAttach(s.user(), vm, disk));
                s.until(() -> diskNames(s, vm).contains(disk(vm)));
                s.settled(vm);
              }),
          new WritePath(
              "expand a disk",
              On.BOTH,
              (s, vm) -> {
                ResourceKey claim = new ResourceKey(vm.namespace(), disk(vm));
                assertThat(s.storage().checkExpand(claim, "2Gi")).isEmpty();
                s.done(s.storage().run(s.user(), s.storage().prepareExpand(claim, "2Gi")));
              }),
          new WritePath(
              "detach a disk",
              On.BOTH,
              (s, vm) -> {
                s.done(s.storage().run(s.user(), s.storage().prepareDetach(vm, disk(vm))));
                s.until(() -> !diskNames(s, vm).contains(disk(vm)));
              }),
          new WritePath(
              "attach an existing disk",
              On.BOTH,
              (s, vm) -> {
                ResourceKey claim = new ResourceKey(vm.namespace(), disk(vm));
                s.until(() -> s.storage().attachRefusal(vm, claim).isEmpty());
                var attach = s.storage().prepareAttach(vm, claim, "scsi");
                assertThat(attach.change()).isIn(DiskChange.ATTACH, DiskChange.HOTPLUG);
                s.done(s.storage().run(s.user(), attach));
                s.until(() -> diskNames(s, vm).contains(disk(vm)));
              }),
          new WritePath(
              "detach the attached disk again",
              On.BOTH,
              (s, vm) -> {
                s.done(s.storage().run(s.user(), s.storage().prepareDetach(vm, disk(vm))));
                s.until(() -> !diskNames(s, vm).contains(disk(vm)));
              }),
          new WritePath(
              "add a NIC",
              On.BOTH,
              (s, vm) -> {
                NewNic nic = new NewNic(NIC, "vlan-200-dmz", "virtio", "");
                assertThat(s.network().checkNic(vm, nic)).isEmpty();
                s.done(s.network().run(s.user(), s.network().prepareAdd(vm, nic)));
              }),
          new WritePath(
              "change a NIC's port group",
              On.BOTH,
              (s, vm) -> {
                // The NIC was added by the test: plant in its multus reference too (as
                // multus.default would be), which Change port group must keep.
                s.plantInMultus(vm, NIC);
                s.done(
                    s.network()
                        .run(
                            s.user(),
                            s.network().prepareReconnect(vm, NIC, "default/vlan-100-prod")));
                assertThat(s.multus(vm, NIC))
                    .containsEntry("networkName", "default/vlan-100-prod")
                    .containsEntry(WriteServices.MULTUS_OPTION, "kept");
              }),
          new WritePath(
              "remove a NIC",
              On.BOTH,
              (s, vm) -> {
                s.done(s.network().run(s.user(), s.network().prepareRemove(vm, NIC)));
                s.until(
                    () ->
                        s.portGroups().nics(vm).stream()
                            .filter(n -> n.name().equals(NIC))
                            .allMatch(
                                n ->
                                    n.state() == NicRow.State.REMOVED_AT_RESTART
                                        || n.state() == NicRow.State.UNPLUGGING));
              }),
          new WritePath(
              "edit settings: CPU, memory, description, a tag and a custom attribute",
              On.BOTH,
              (s, vm) -> {
                var current = s.editing().current(vm).orElseThrow();
                var form = SettingsForm.of(current.settings());
                var edited =
                    new SettingsForm(
                        String.valueOf(
                            current.settings().sockets() == null
                                ? 2
                                : current.settings().sockets() + 1),
                        form.cores(),
                        form.threads(),
                        "3Gi",
                        form.runStrategy(),
                        "Edited by the planted-fields test",
                        form.labels() + "edited=yes\n",
                        form.annotations() + "example.com/edited=yes\n");
                assertThat(s.editing().problems(current, edited)).isEmpty();
                s.done(
                    s.editing()
                        .run(s.user(), s.editing().prepare(vm, current, edited).orElseThrow()));
              }),
          new WritePath(
              "clone the VM (the clone keeps the fields too)",
              On.BOTH,
              (s, vm) -> {
                var source = s.cloning().vm(s.user(), vm).orElseThrow();
                var form = new CloneForm(vm.name() + "-planted-clone", true, true, "", "", false);
                assertThat(s.cloning().problems(source, form)).isEmpty();
                var clone = s.cloning().prepare(source, form);
                s.done(s.cloning().clone(s.user(), clone));
                assertThat(s.bed().templateSpec(clone.newVm()))
                    .containsEntry("futureSpec", PlantedFieldsIT.KEPT);
              }),
          new WritePath(
              "convert to template and back to a virtual machine",
              On.STOPPED,
              (s, vm) -> {
                s.done(
                    s.templating()
                        .run(s.user(), s.templating().prepareToTemplate(vm).orElseThrow()));
                s.until(() -> template(s, vm));
                s.done(
                    s.templating()
                        .run(s.user(), s.templating().prepareToVirtualMachine(vm).orElseThrow()));
                s.until(() -> !template(s, vm));
              }),
          new WritePath(
              "edit the YAML: add a label",
              On.BOTH,
              (s, vm) -> {
                String seen = s.yamls().yaml(YamlKind.VM, vm, UserScopes.ALL).orElseThrow();
                assertThat(seen).contains("\n  labels:\n");
                String edited =
                    seen.replace("\n  labels:\n", "\n  labels:\n    yaml-edited: \"yes\"\n");
                var review = s.yamls().review(s.user(), YamlKind.VM, vm, seen, edited);
                assertThat(review.problems()).isEmpty();
                s.done(s.yamls().send(s.user(), review.operation().orElseThrow()));
              }),
          new WritePath(
              "migrate to another host",
              On.RUNNING,
              (s, vm) -> s.done(s.hosts().migrate(s.user(), vm, null))),
          new WritePath(
              "take a snapshot",
              On.BOTH,
              (s, vm) -> s.done(s.snapshots().take(s.user(), vm, vm.name() + SNAPSHOT, ""))),
          new WritePath(
              "revert to the snapshot (stopped VM)",
              On.STOPPED,
              (s, vm) -> s.done(s.snapshots().revert(s.user(), vm, vm.name() + SNAPSHOT))),
          new WritePath(
              "power off, revert and power on (running VM)",
              On.RUNNING,
              (s, vm) -> {
                s.done(s.snapshots().powerOffAndRevert(s.user(), vm, vm.name() + SNAPSHOT, true));
                s.until(() -> s.completed(vm, "task.power_on"));
                s.until(() -> s.power(vm) == PowerState.POWERED_ON);
              }));

  private static boolean template(WriteServices s, ResourceKey vm) {
    return s.inventory().row(vm, UserScopes.ALL).map(VmRow::template).orElse(false);
  }

  private static List<String> diskNames(WriteServices s, ResourceKey vm) {
    return s.storageInventory().vmDisks(vm).stream().map(VmDiskRow::name).toList();
  }
}
