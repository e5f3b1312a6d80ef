package io.virtdeck.rvtools.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.network.PortGroup;
import io.virtdeck.network.PortGroupType;
import io.virtdeck.rvtools.read.SourceDisk;
import io.virtdeck.rvtools.read.SourceNic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The network and storage maps. */
class MapsTest {

  static PortGroup nad(String namespace, String name, int vlan) {
    return new PortGroup(
        new ResourceKey(namespace, name),
        PortGroupType.LINUX_BRIDGE,
        "bridge",
        vlan,
        "br1",
        0,
        "",
        "",
        "{}");
  }

  static SourceNic nic(String vm, String network) {
    return new SourceNic(vm, "Network adapter 1", network, "Vmxnet3", "00:50:56:00:00:01");
  }

  @Test
  void portGroupsGoToTheSameVlanHereOrToADraftOrThePodNetwork() {
    List<PortGroup> here =
        List.of(
            nad("default", "vlan-100-prod", 100),
            nad("shop", "vlan-100-shop", 100),
            nad("finance", "vlan-110-finance", 110));
    List<SourceNic> nics =
        List.of(
            nic("a", "PG-VLAN100-Prod"),
            nic("b", "PG-VLAN100-Prod"),
            nic("a", "VM Network"),
            nic("c", "PG-VLAN300-Backup"),
            nic("d", "PG-VLAN300-Old"),
            nic("e", "Trunk"),
            nic("f", "Unknown PG"));
    Map<String, Integer> vlans =
        Map.of(
            "PG-VLAN100-Prod",
            100,
            "VM Network",
            0,
            "PG-VLAN300-Backup",
            300,
            "PG-VLAN300-Old",
            300,
            "Trunk",
            -1);

    List<NetworkMapping> map = NetworkMapper.map(nics, vlans, here, "shop");

    assertThat(map)
        .extracting(NetworkMapping::portGroup)
        .containsExactly(
            "PG-VLAN100-Prod",
            "PG-VLAN300-Backup",
            "PG-VLAN300-Old",
            "Trunk",
            "Unknown PG",
            "VM Network");
    NetworkMapping prod = map.getFirst();
    assertThat(prod.vms()).isEqualTo(2);
    // the draft namespace's own port group first
    assertThat(prod.target()).isEqualTo(new NetworkTarget.Existing("shop", "vlan-100-shop"));
    assertThat(NetworkMapper.map(nics, vlans, here, "dev").getFirst().target())
        .isEqualTo(new NetworkTarget.Existing("default", "vlan-100-prod"));
    // one draft per VLAN, named after the first port group
    var draft = new NetworkTarget.Draft("shop", "vlan-300-pg-vlan300-backup", "br1", 300);
    assertThat(map.get(1).target()).isEqualTo(draft);
    assertThat(map.get(2).target()).isEqualTo(draft);
    assertThat(map.get(3).target()).isEqualTo(new NetworkTarget.Unmapped("rvtools.network.trunk"));
    assertThat(map.get(4).target())
        .isEqualTo(new NetworkTarget.Unmapped("rvtools.network.no-vlan"));
    assertThat(map.get(5).target()).isEqualTo(new NetworkTarget.Pod());
  }

  @Test
  void draftNamesAreDns1123() {
    assertThat(NetworkMapper.draftName("PG_VLAN 300 (Backup)!", 300))
        .isEqualTo("vlan-300-pg-vlan-300-backup");
    assertThat(NetworkMapper.draftName("x".repeat(100), 4094))
        .hasSizeLessThanOrEqualTo(63)
        .matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  }

  @Test
  void datastoresGoToClassesByTheFirstMatchingRuleAndAreCheckedAgainstFreeSpace() {
    List<SourceDisk> disks =
        List.of(
            new SourceDisk("a", "Hard disk 1", "DS-SSD-01", 100 * 1024, false, "", ""),
            new SourceDisk("b", "Hard disk 1", "DS-SSD-02", 50 * 1024, false, "", ""),
            new SourceDisk("b", "Hard disk 2", "NFS-Backup", 500 * 1024, false, "", ""),
            new SourceDisk("c", "Hard disk 1", "DS-SSD-01", 10 * 1024, false, "", ""));
    List<StorageRule> rules =
        List.of(new StorageRule("ssd", "ceph-rbd"), new StorageRule("", "never"));

    List<StorageMapping> map =
        StorageMapper.map(disks, rules, "nfs-slow", Map.of("ceph-rbd", 200L * 1024));

    assertThat(map)
        .extracting(StorageMapping::datastore)
        .containsExactly("DS-SSD-01", "DS-SSD-02", "NFS-Backup");
    assertThat(map.getFirst())
        .extracting(
            StorageMapping::vms,
            StorageMapping::neededMib,
            StorageMapping::storageClass,
            StorageMapping::classNeededMib)
        .containsExactly(2, 110L * 1024, "ceph-rbd", 160L * 1024);
    assertThat(map.getFirst().fits()).isTrue();
    assertThat(map.get(2).storageClass()).isEqualTo("nfs-slow");
    assertThat(map.get(2).classFreeMib()).isEqualTo(-1);
    List<StorageMapping> tight =
        StorageMapper.map(disks, rules, "nfs-slow", Map.of("ceph-rbd", 100L * 1024));
    assertThat(tight.getFirst().fits()).isFalse();
    assertThat(StorageMapper.map(disks, List.of(), "nfs-slow", Map.of()))
        .extracting(StorageMapping::storageClass)
        .containsOnly("nfs-slow");
  }
}
