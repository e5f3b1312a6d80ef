package io.virtdeck.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.NamespaceScope;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.host.HostInventory;
import io.virtdeck.network.NetworkOperations;
import io.virtdeck.network.PortGroups;
import io.virtdeck.rvtools.plan.MigrationPlan;
import io.virtdeck.rvtools.plan.NetworkMapping;
import io.virtdeck.rvtools.plan.NetworkTarget;
import io.virtdeck.rvtools.plan.Planner;
import io.virtdeck.rvtools.read.ReadResult;
import io.virtdeck.rvtools.read.RvToolsReader;
import io.virtdeck.rvtools.read.SourceEstate;
import io.virtdeck.rvtools.testdata.EstateGenerator;
import io.virtdeck.rvtools.testdata.EstateWorkbook;
import io.virtdeck.rvtools.testdata.MalformedCorpus;
import io.virtdeck.storage.StorageInventory;
import io.virtdeck.task.Message;
import io.virtdeck.task.TaskStatus;
import io.virtdeck.testing.TaskTestbed;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning RVTools files against the demo cluster, as the signed-in user. */
class MigrationPlannerIT {

  static TaskTestbed bed;
  static MigrationPlanner planner;
  static PortGroups portGroups;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    bed = new TaskTestbed();
    var caches = bed.cluster.caches;
    portGroups = new PortGroups(caches, bed.reviews);
    planner =
        new MigrationPlanner(
            portGroups,
            new NetworkOperations(caches, portGroups, bed.reviews, bed.tasks),
            new StorageInventory(caches, bed.reviews),
            new HostInventory(caches, bed.reviews));
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  private static Path estateFile(String name, int vms) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      EstateWorkbook.write(
          EstateGenerator.generate(vms, 42), EstateWorkbook.Options.AS_RVTOOLS, out);
    }
    return file;
  }

  private static SourceEstate read(Path file) {
    return ((ReadResult.Read) RvToolsReader.read(file)).estate();
  }

  @Test
  void aTenThousandVmFileIsReadAndPlannedInA256MibHeap() throws Exception {
    Path file = estateFile("estate-10000.xlsx", 10_000);
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                classpath,
                BoundedPlan.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).containsPattern("PLANNED 10000 \\d+ \\d+ \\d+");
  }

  @Test
  void theMalformedCorpusGetsSentences() throws Exception {
    Path corpus = dir.resolve("corpus");
    MalformedCorpus.writeTo(corpus);
    ResourceBundle english = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.ROOT);

    for (String name :
        List.of(
            MalformedCorpus.EMPTY,
            MalformedCorpus.CSV_RENAMED,
            MalformedCorpus.ZIP_BOMB,
            MalformedCorpus.NO_VINFO)) {
      ReadResult result = RvToolsReader.read(corpus.resolve(name));
      assertThat(result).as(name).isInstanceOf(ReadResult.Refused.class);
      Message why = ((ReadResult.Refused) result).why();
      String sentence = MessageFormat.format(english.getString(why.key()), why.args().toArray());
      assertThat(sentence).as(name).isNotBlank().doesNotContain("{0}").endsWith(".");
    }
    for (String name : List.of(MalformedCorpus.REORDERED, MalformedCorpus.LOCALIZED)) {
      assertThat(RvToolsReader.read(corpus.resolve(name)))
          .as(name)
          .isInstanceOf(ReadResult.Read.class);
    }
  }

  @Test
  void theOperatorsPlanMapsVlansToPortGroupsHereAndCreatesTheMissingOneAsTheOperator()
      throws Exception {
    SourceEstate estate = read(estateFile("estate-300.xlsx", 300));
    var context = planner.context(TaskTestbed.OPERATOR).withDraftNamespace("shop");

    MigrationPlan plan = Planner.plan(estate, context);

    assertThat(target(plan, "PG-VLAN100-Prod"))
        .isEqualTo(new NetworkTarget.Existing("default", "vlan-100-prod"));
    assertThat(target(plan, "PG-VLAN200-DMZ"))
        .isEqualTo(new NetworkTarget.Existing("shop", "vlan-200-dmz"));
    assertThat(target(plan, "VM Network")).isEqualTo(new NetworkTarget.Pod());
    // VLAN 300 is infra's storage network here
    assertThat(target(plan, "PG-VLAN300-Backup"))
        .isEqualTo(new NetworkTarget.Existing("infra", "storage-net"));
    NetworkTarget.Draft backup = (NetworkTarget.Draft) target(plan, "PG-VLAN999-Legacy");
    assertThat(backup)
        .isEqualTo(new NetworkTarget.Draft("shop", "vlan-999-pg-vlan999-legacy", "br1", 999));
    assertThat(plan.context().largestHost().known()).isTrue();
    assertThat(plan.storage())
        .allSatisfy(s -> assertThat(s.storageClass()).isEqualTo(context.defaultClass()));
    assertThat(planner.check(TaskTestbed.OPERATOR, backup)).isEmpty();
    bed.cluster.server.clearReceivedRequests();

    bed.awaitFinished(planner.create(TaskTestbed.OPERATOR, backup), TaskStatus.COMPLETED);

    var created =
        portGroups.get(new ResourceKey("shop", backup.name()), NamespaceScope.ALL).orElseThrow();
    assertThat(created.vlan()).isEqualTo(999);
    assertThat(bed.cluster.server.receivedRequests())
        .filteredOn(r -> r.method().equals("POST") && r.path().contains("network-attachment"))
        .singleElement()
        .satisfies(r -> assertThat(r.impersonatedUser()).isEqualTo("operator"));
    MigrationPlan again =
        Planner.plan(estate, planner.withCurrentPortGroups(TaskTestbed.OPERATOR, context));
    assertThat(target(again, "PG-VLAN999-Legacy"))
        .isEqualTo(new NetworkTarget.Existing("shop", backup.name()));
  }

  @Test
  void theShopOwnerSeesNoHostsAndMayCreatePortGroupsOnlyInShop() {
    assertThat(planner.draftNamespaces(TaskTestbed.SHOP_OWNER)).containsExactly("shop");
    assertThat(planner.draftNamespaces(TaskTestbed.HELPDESK)).isEmpty();
    assertThat(planner.context(TaskTestbed.SHOP_OWNER).largestHost().known()).isFalse();
    var draft = new NetworkTarget.Draft("finance", "vlan-301-x", "br1", 301);
    assertThat(planner.check(TaskTestbed.SHOP_OWNER, draft))
        .extracting(Message::key)
        .containsExactly("rvtools.network.not-allowed");
  }

  private static NetworkTarget target(MigrationPlan plan, String portGroup) {
    return plan.networks().stream()
        .filter(n -> n.portGroup().equals(portGroup))
        .map(NetworkMapping::target)
        .findFirst()
        .orElseThrow();
  }
}
