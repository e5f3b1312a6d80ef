package io.virtdeck.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.CachedKind;
import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.UserScopes;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlarmScopeTest {

  private static Alarm alarm(AlarmTarget target, String name) {
    return new Alarm(
        "id", AlarmSeverity.WARNING, Alarm.Source.CONDITION, target, name, "", Instant.EPOCH, null);
  }

  private static final AlarmScope SHOP_VMS_ONLY =
      new AlarmScope(
          UserScopes.of(Map.of(CachedKind.VIRTUAL_MACHINES, NamespaceScope.only(Set.of("shop")))));

  @Test
  void aUserSeesVmAlarmsOnlyInNamespacesWhereTheyMayListVms() {
    assertThat(SHOP_VMS_ONLY.sees(alarm(AlarmTarget.vm("shop", "web-01"), "X"))).isTrue();
    assertThat(SHOP_VMS_ONLY.sees(alarm(AlarmTarget.vm("finance", "erp-01"), "X"))).isFalse();
    assertThat(SHOP_VMS_ONLY.sees(alarm(AlarmTarget.folder("finance"), "X"))).isFalse();
    assertThat(SHOP_VMS_ONLY.sees(alarm(AlarmTarget.DATACENTER, "X"))).isFalse();
  }

  @Test
  void hostDatastoreAndReadFromKindsNeedTheirOwnRight() {
    assertThat(SHOP_VMS_ONLY.sees(alarm(AlarmTarget.host("worker-01"), "X"))).isFalse();
    assertThat(SHOP_VMS_ONLY.sees(alarm(AlarmTarget.datastore("fast"), "X"))).isFalse();
    assertThat(
            SHOP_VMS_ONLY.sees(
                alarm(AlarmTarget.vm("shop", "web-01"), ConditionAlarms.SNAPSHOT_FAILED)))
        .isFalse();
    var all = new AlarmScope(UserScopes.ALL);
    assertThat(all.sees(alarm(AlarmTarget.host("worker-01"), "X"))).isTrue();
    assertThat(all.sees(alarm(AlarmTarget.vm("shop", "web-01"), ConditionAlarms.SNAPSHOT_FAILED)))
        .isTrue();
  }

  @Test
  void aDatastoreFullAlarmNeedsEveryObjectItsFiguresAreBuiltFrom() {
    var full = alarm(AlarmTarget.datastore("ceph-rbd"), "alarm.condition.datastore-full-warning");
    var claimsOnlyInShop = new java.util.EnumMap<CachedKind, NamespaceScope>(CachedKind.class);
    for (CachedKind kind : CachedKind.values()) {
      claimsOnlyInShop.put(kind, NamespaceScope.ALL);
    }
    claimsOnlyInShop.put(CachedKind.PERSISTENT_VOLUME_CLAIMS, NamespaceScope.only(Set.of("shop")));

    assertThat(new AlarmScope(UserScopes.of(claimsOnlyInShop)).sees(full)).isFalse();
    assertThat(new AlarmScope(UserScopes.ALL).sees(full)).isTrue();
  }

  @Test
  void aFolderHoldsItsVmsAlarmsAndTheDatacenterEverything() {
    var vm = AlarmTarget.vm("shop", "web-01");
    assertThat(AlarmScope.within(vm, AlarmTarget.folder("shop"))).isTrue();
    assertThat(AlarmScope.within(vm, AlarmTarget.folder("dev"))).isFalse();
    assertThat(AlarmScope.within(AlarmTarget.host("w"), AlarmTarget.DATACENTER)).isTrue();
    assertThat(AlarmScope.within(vm, AlarmTarget.vm("shop", "web-02"))).isFalse();
  }
}
