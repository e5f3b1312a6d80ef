package io.virtdeck.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.virtdeck.cluster.ResourceCache;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.model.Condition;
import io.virtdeck.cluster.model.VirtualMachineInstance;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An instance's alarm follows its current state in the cache, one instance at a time. */
class UnschedulableVmsTest {

  static final ResourceKey XL = new ResourceKey("dev", "analytics-xl-01");

  @SuppressWarnings("unchecked")
  private final ResourceCache<VirtualMachineInstance> instances = mock(ResourceCache.class);

  private final UnschedulableVms vms = new UnschedulableVms(instances);

  @Test
  void anInstanceThatCannotBeScheduledIsAnAlarmUntilItIsScheduledOrGone() {
    when(instances.get(XL)).thenReturn(Optional.of(instance("False")));
    vms.refresh(XL);
    assertThat(vms.current())
        .singleElement()
        .satisfies(
            alarm -> {
              assertThat(alarm.target()).isEqualTo(AlarmTarget.vm("dev", "analytics-xl-01"));
              assertThat(alarm.description()).isEqualTo("0/3 nodes are available");
            });

    when(instances.get(XL)).thenReturn(Optional.of(instance("True")));
    vms.refresh(XL);
    assertThat(vms.current()).isEmpty();

    when(instances.get(XL)).thenReturn(Optional.of(instance("False")));
    vms.refresh(XL);
    when(instances.get(XL)).thenReturn(Optional.empty());
    vms.refresh(XL);
    assertThat(vms.current()).isEmpty();
  }

  @Test
  void refreshingAllReadsEveryInstanceTheCacheHolds() {
    VirtualMachineInstance xl = instance("False");
    when(instances.list()).thenReturn(List.of(xl));
    when(instances.get(XL)).thenReturn(Optional.of(xl));

    vms.refreshAll();

    assertThat(vms.current()).hasSize(1);
  }

  /** analytics-xl-01's instance with its PodScheduled condition {@code scheduled}. */
  static VirtualMachineInstance instance(String scheduled) {
    var vmi = new VirtualMachineInstance();
    vmi.setMetadata(
        new ObjectMetaBuilder()
            .withNamespace(XL.namespace())
            .withName(XL.name())
            .withCreationTimestamp("2026-12-07T08:00:00Z")
            .build());
    var condition = new Condition();
    condition.type = "PodScheduled";
    condition.status = scheduled;
    condition.message = "0/3 nodes are available";
    var status = new VirtualMachineInstance.Status();
    status.conditions = List.of(condition);
    vmi.setStatus(status);
    return vmi;
  }
}
