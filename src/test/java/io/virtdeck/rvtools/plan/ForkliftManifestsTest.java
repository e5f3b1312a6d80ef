package io.virtdeck.rvtools.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.rvtools.read.SourceDisk;
import io.virtdeck.rvtools.read.SourceEstate;
import io.virtdeck.rvtools.read.SourceNic;
import io.virtdeck.rvtools.read.SourceVm;
import io.virtdeck.testing.OpenApiSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The draft Forklift objects: what each maps and which VMs the plan takes. */
class ForkliftManifestsTest {

  static MigrationPlan plan() {
    var ready = ReadinessRulesTest.vm("Ubuntu Linux (64-bit)");
    var blocked =
        new SourceVm(
            "solaris-1",
            "poweredOn",
            false,
            "Oracle Solaris 11 (64-bit)",
            "bios",
            false,
            2,
            4096,
            1024,
            "Legacy",
            "esx01",
            "toolsOk",
            false,
            "",
            "u2");
    var estate =
        new SourceEstate(
            List.of(ready, blocked),
            List.of(
                new SourceDisk("vm-1", "Hard disk 1", "DS-SSD-01", 40960, false, "sharingNone", ""),
                new SourceDisk("solaris-1", "Hard disk 1", "NFS", 1024, false, "", "")),
            List.of(
                new SourceNic("vm-1", "Network adapter 1", "PG-VLAN100-Prod", "", ""),
                new SourceNic("vm-1", "Network adapter 2", "VM Network", "", ""),
                new SourceNic("solaris-1", "Network adapter 1", "PG-VLAN300", "", ""),
                new SourceNic("vm-1", "Network adapter 3", "Trunk", "", "")),
            Map.of(),
            List.of(),
            List.of(),
            Map.of("PG-VLAN100-Prod", 100, "VM Network", 0, "PG-VLAN300", 300, "Trunk", -1),
            List.of());
    var context =
        new PlanContext(
            List.of(MapsTest.nad("default", "vlan-100-prod", 100)),
            "shop",
            List.of(new StorageRule("ssd", "ceph-rbd")),
            "nfs-slow",
            Map.of(),
            HostLimits.UNKNOWN);
    return Planner.plan(estate, context);
  }

  @Test
  void networkMapStorageMapAndPlanOfTheVmsThatAreNotBlocked() {
    var settings =
        new ForkliftSettings("openshift-mtv", "vsphere-prod", "host", "migrated", "wave-1");

    List<Map<String, Object>> objects = ForkliftManifests.objects(plan(), settings);

    assertThat(objects)
        .extracting(o -> o.get("kind"))
        .containsExactly("NetworkMap", "StorageMap", "Plan");
    assertThat(objects)
        .allSatisfy(o -> assertThat(o.get("apiVersion")).isEqualTo("forklift.konveyor.io/v1beta1"));
    assertThat(objects.getFirst().toString())
        .contains(
            "{source={name=PG-VLAN100-Prod}, destination={type=multus, name=vlan-100-prod, namespace=default}}")
        .contains("{source={name=VM Network}, destination={type=pod}}")
        .contains(
            "{source={name=PG-VLAN300}, destination={type=multus, name=vlan-300-pg-vlan300, namespace=shop}}")
        .doesNotContain("Trunk")
        .contains(
            "provider={source={name=vsphere-prod, namespace=openshift-mtv}, destination={name=host, namespace=openshift-mtv}}");
    assertThat(objects.get(1).toString())
        .contains("{source={name=DS-SSD-01}, destination={storageClass=ceph-rbd}}")
        .contains("{source={name=NFS}, destination={storageClass=nfs-slow}}");
    assertThat(objects.get(2).toString())
        .contains("targetNamespace=migrated")
        .contains("network={name=wave-1-network, namespace=openshift-mtv}")
        .contains("storage={name=wave-1-storage, namespace=openshift-mtv}")
        .contains("vms=[{name=vm-1}]")
        .doesNotContain("solaris-1");
  }

  @Test
  void everyObjectIsValidAgainstForkliftsCrdSchema() {
    var schema = OpenApiSchema.forkliftV1beta1();

    for (Map<String, Object> object :
        ForkliftManifests.objects(plan(), ForkliftSettings.defaults("migrated"))) {
      // metadata is the API server's ObjectMeta, which a CRD's schema leaves open
      var withoutMetadata = new LinkedHashMap<>(object);
      withoutMetadata.remove("metadata");
      assertThat(schema.problems(withoutMetadata, "forklift." + object.get("kind"), Set.of()))
          .as("%s", object.get("kind"))
          .isEmpty();
    }
  }

  @Test
  void theYamlIsOneStreamWithACommentForWhatIsLeftToMapByHand() {
    String yaml = ForkliftManifests.yaml(plan(), ForkliftSettings.defaults("migrated"));

    assertThat(yaml).contains("# not mapped (map by hand): port group Trunk");
    assertThat(yaml.split("(?m)^---$")).hasSize(4);
    assertThat(yaml)
        .contains("kind: NetworkMap")
        .contains("kind: StorageMap")
        .contains("kind: Plan")
        .contains("apiVersion: forklift.konveyor.io/v1beta1");
  }

  @Test
  void namesTypedForForkliftAreCheckedBeforeAnyYamlIsWritten() {
    assertThat(ForkliftSettings.defaults("migrated").problems()).isEmpty();
    assertThat(new ForkliftSettings("", "vsphere", "host", "Migrated", "wave_1").problems())
        .extracting(m -> m.key())
        .containsExactly(
            "rvtools.forklift.namespace.invalid",
            "rvtools.forklift.target.invalid",
            "rvtools.forklift.name.invalid");
    assertThat(
            new ForkliftSettings("mtv", "-vsphere", "host", "migrated", "x".repeat(56)).problems())
        .extracting(m -> m.key() + " " + m.args())
        .containsExactly(
            "rvtools.forklift.provider.invalid [63]", "rvtools.forklift.name.invalid [55]");
    assertThat(
            new ForkliftSettings("mtv", "vsphere", "host", "migrated", "x".repeat(55)).problems())
        .isEmpty();
  }
}
