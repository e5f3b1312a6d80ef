package io.virtdeck.vm.rows;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.model.VirtualMachine;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import io.virtdeck.testing.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VmRowsTest {

  private final VirtualMachine web = Fixtures.load("vm-web.yaml", VirtualMachine.class);
  private final VirtualMachineInstance webVmi =
      Fixtures.load("vmi-web.yaml", VirtualMachineInstance.class);

  @Test
  void runningVmShowsHostAddressesAndGuestReportedOs() {
    VmRow row = VmRows.row(web, webVmi);

    assertThat(row.name()).isEqualTo("web-01");
    assertThat(row.namespace()).isEqualTo("shop");
    assertThat(row.powerState()).isEqualTo(PowerState.POWERED_ON);
    assertThat(row.status()).isEqualTo("Running");
    assertThat(row.host()).isEqualTo("worker-02");
    assertThat(row.ipAddresses()).containsExactly("10.244.1.15", "192.168.100.21");
    assertThat(row.guestOs()).isEqualTo("Fedora Linux 40 (Cloud Edition)");
    assertThat(row.vcpus()).isEqualTo(4);
    assertThat(row.memoryBytes()).isEqualTo(4L * 1024 * 1024 * 1024);
    assertThat(row.created()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
  }

  @Test
  void vmWithoutInstanceIsPoweredOffWithOsFromItsPreference() {
    VirtualMachine vm = Fixtures.load("vm-stopped.yaml", VirtualMachine.class);

    VmRow row = VmRows.row(vm, null);

    assertThat(row.powerState()).isEqualTo(PowerState.POWERED_OFF);
    assertThat(row.status()).isEqualTo("Stopped");
    assertThat(row.host()).isEmpty();
    assertThat(row.ipAddresses()).isEmpty();
    assertThat(row.guestOs()).isEqualTo("Windows Server 2022");
    assertThat(row.vcpus()).isEqualTo(1);
    assertThat(row.memoryBytes()).isEqualTo(8L * 1024 * 1024 * 1024);
  }

  @Test
  void aVmWhoseInstanceTheUserMayNotListShowsOnlyWhatTheVmSays() {
    VmRow row = VmRows.withoutInstance(web);

    assertThat(row.powerState()).isEqualTo(PowerState.POWERED_ON);
    assertThat(row.status()).isEqualTo("Running");
    assertThat(row.host()).isEmpty();
    assertThat(row.ipAddresses()).isEmpty();
    assertThat(row.guestOs()).isEqualTo("Fedora 40");
    assertThat(row.vcpus()).isEqualTo(4);
  }

  @Test
  void aVmsPrintableStatusSaysItsPowerState() {
    assertThat(VmRows.powerState("Paused")).isEqualTo(PowerState.SUSPENDED);
    assertThat(VmRows.powerState("Migrating")).isEqualTo(PowerState.POWERED_ON);
    assertThat(VmRows.powerState("Provisioning")).isEqualTo(PowerState.STARTING);
    assertThat(VmRows.powerState("Terminating")).isEqualTo(PowerState.STOPPING);
    assertThat(VmRows.powerState("ErrorUnschedulable")).isEqualTo(PowerState.POWERED_OFF);
  }

  @Test
  void vmSizedByAnInstanceTypeShowsTheCpuAndMemoryOfItsInstance() {
    var matcher = new VirtualMachine.Matcher();
    matcher.name = "u1.large";
    web.getSpec().instancetype = matcher;
    web.getSpec().template.spec.domain.cpu = null;
    web.getSpec().template.spec.domain.memory = null;
    var cpu = new io.virtdeck.cluster.model.VmiSpec.Cpu();
    cpu.sockets = 2;
    webVmi.getSpec().domain.cpu = cpu;
    var memory = new io.virtdeck.cluster.model.VmiSpec.Memory();
    memory.guest = "8Gi";
    webVmi.getSpec().domain.memory = memory;

    assertThat(VmRows.row(web, webVmi).vcpus()).isEqualTo(2);
    assertThat(VmRows.row(web, webVmi).memoryBytes()).isEqualTo(8L * 1024 * 1024 * 1024);
    assertThat(VmRows.row(web, null).vcpus()).as("not resolved while it is off").isZero();
  }

  @Test
  void guestOsFallsBackToTheOsAnnotationBeforeTheAgentReports() {
    assertThat(VmRows.row(web, null).guestOs()).isEqualTo("Fedora 40");
  }

  @Test
  void instanceThatCannotBeScheduledIsStillPoweringOn() {
    VirtualMachine vm = Fixtures.load("vm-unschedulable.yaml", VirtualMachine.class);
    VirtualMachineInstance vmi =
        Fixtures.load("vmi-unschedulable.yaml", VirtualMachineInstance.class);

    VmRow row = VmRows.row(vm, vmi);

    assertThat(row.powerState()).isEqualTo(PowerState.STARTING);
    assertThat(row.status()).isEqualTo("ErrorUnschedulable");
    assertThat(row.host()).isEmpty();
    assertThat(row.vcpus()).isEqualTo(16);
  }

  @Test
  void pausedInstanceIsSuspended() {
    var paused = new io.virtdeck.cluster.model.Condition();
    paused.type = "Paused";
    paused.status = "True";
    webVmi.getStatus().conditions = java.util.List.of(paused);

    assertThat(VmRows.row(web, webVmi).powerState()).isEqualTo(PowerState.SUSPENDED);
  }

  @Test
  void stoppingVmIsPoweringOff() {
    web.getStatus().printableStatus = "Stopping";

    assertThat(VmRows.row(web, webVmi).powerState()).isEqualTo(PowerState.STOPPING);
  }
}
