package io.virtdeck.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.network.NewNic;
import io.virtdeck.security.AuditLog;
import io.virtdeck.task.TaskProperties;
import io.virtdeck.testing.ResettableDemo;
import io.virtdeck.vm.power.PowerAction;
import io.virtdeck.vm.rows.PowerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The built-in labs against the demo cluster: steps seen done after clicks (VirtDeck's services as
 * the user) and after the kubectl commands the labs themselves offer, each user seeing only what
 * they may list; the reset for administrators only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LabConditionsIT {

  private static final UserIdentity OPERATOR =
      UserIdentity.of("operator", DemoUsers.OPERATOR.groups());
  private static final UserIdentity SHOP_OWNER =
      UserIdentity.of("shop-owner", DemoUsers.SHOP_OWNER.groups());
  private static final UserIdentity ADMIN = UserIdentity.of("admin", DemoUsers.ADMIN.groups());
  private static final Path KUBECTL = Path.of("/usr/bin/kubectl");

  @TempDir static Path folder;
  private static ResettableDemo demo;
  private static LabChecks checks;
  private static LabLibrary library;

  @BeforeAll
  static void start() {
    assumeTrue(Files.isExecutable(KUBECTL), "kubectl is not at /usr/bin/kubectl");
    demo = new ResettableDemo(folder);
    checks = new LabChecks(demo.caches, demo.inventory, demo.reviews);
    library = new LabLibrary(new LabProperties(null));
  }

  @AfterAll
  static void stop() {
    if (demo != null) {
      demo.close();
    }
  }

  @Test
  @Order(1)
  void powerStepsAfterAClickAndAfterTheLabsKubectl() throws Exception {
    Lab lab = library.lab("01-power-on").orElseThrow();
    assertThat(checks.progress(lab, OPERATOR)).containsExactly(false, false, false);

    demo.done(demo.vms.run(OPERATOR, PowerAction.POWER_ON, new ResourceKey("shop", "web-02")));
    await().atMost(ResettableDemo.WAIT).until(() -> checks.progress(lab, OPERATOR).get(0));
    List<Boolean> clicked = checks.progress(lab, OPERATOR);
    assertThat(clicked).containsExactly(true, false, false);

    kubectl(lab.steps().get(1).kubectl());
    await()
        .atMost(ResettableDemo.WAIT)
        .until(() -> LabProgress.advance(lab, checks.factsFor(OPERATOR), clicked).get(1));
    kubectl(lab.steps().get(2).kubectl());
    await()
        .atMost(ResettableDemo.WAIT)
        .until(
            () ->
                LabProgress.count(LabProgress.advance(lab, checks.factsFor(OPERATOR), clicked))
                    == 3);
  }

  @Test
  @Order(2)
  void aPortGroupMadeWithTheLabsKubectlThenANicAddedByClicking() throws Exception {
    Lab lab = library.lab("02-port-group-vlan").orElseThrow();
    assertThat(checks.progress(lab, OPERATOR)).containsExactly(false, false);

    kubectl(lab.steps().get(0).kubectl());
    await().atMost(ResettableDemo.WAIT).until(() -> checks.progress(lab, OPERATOR).get(0));
    demo.done(
        demo.network.run(
            OPERATOR,
            demo.network.prepareAdd(
                new ResourceKey("shop", "web-01"), new NewNic("nic-30", "vlan-30", "virtio", ""))));
    await()
        .atMost(ResettableDemo.WAIT)
        .until(() -> checks.progress(lab, OPERATOR).equals(List.of(true, true)));
  }

  @Test
  @Order(3)
  void eachUserSeesOnlyWhatTheyMayList() {
    var erp =
        new StepCondition.VmPower(new ResourceKey("finance", "erp-02"), PowerState.POWERED_ON);
    await().atMost(ResettableDemo.WAIT).until(() -> erp.met(checks.factsFor(OPERATOR)));

    assertThat(erp.met(checks.factsFor(SHOP_OWNER))).isFalse();
    assertThat(
            new StepCondition.VmPower(new ResourceKey("shop", "app-01"), PowerState.POWERED_ON)
                .met(checks.factsFor(SHOP_OWNER)))
        .isTrue();
  }

  @Test
  @Order(4)
  void onlyAnAdministratorResetsAndTheSeedIsBack() {
    var beans = new StaticListableBeanFactory();
    beans.addBean("cluster", demo.cluster);
    LabReset reset =
        new LabReset(
            beans.getBeanProvider(ClusterReset.class),
            new TaskProperties(0, null, null),
            new AuditLog(Clock.systemUTC()));

    assertThat(reset.offeredTo(OPERATOR)).isFalse();
    assertThat(reset.offeredTo(ADMIN)).isTrue();
    assertThatThrownBy(() -> reset.reset(OPERATOR)).isInstanceOf(IllegalStateException.class);
    demo.cluster
        .server()
        .adminClient()
        .resource(
            new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata()
                .withName("lab-scratch")
                .endMetadata()
                .build())
        .create();

    reset.reset(ADMIN);

    assertThat(demo.cluster.server().adminClient().namespaces().withName("lab-scratch").get())
        .isNull();
    assertThat(demo.cluster.server().adminClient().namespaces().withName("shop").get()).isNotNull();
    demo.awaitVmStatus("shop", "web-01", "Running");
  }

  /** Runs a lab's kubectl text in bash against the demo cluster, as a trainee would paste it. */
  private static void kubectl(String command) throws Exception {
    ProcessBuilder bash =
        new ProcessBuilder("bash", "-c", command)
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("kubectl.log").toFile());
    bash.environment().put("KUBECONFIG", demo.cluster.kubeconfig().toString());
    Process process = bash.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue())
        .as("%s\n%s", command, Files.readString(folder.resolve("kubectl.log")))
        .isZero();
  }
}
