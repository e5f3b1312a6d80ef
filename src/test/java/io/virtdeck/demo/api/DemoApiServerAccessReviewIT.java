package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.authorization.v1.ResourceRule;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectRulesReviewBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.demo.seed.DemoUsers.DemoUser;
import io.virtdeck.testing.DemoApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** SelfSubjectAccessReview and SelfSubjectRulesReview answers per demo user. */
class DemoApiServerAccessReviewIT {

  private static final Path KUBECTL = Path.of("/usr/bin/kubectl");

  @TempDir static Path folder;
  @RegisterExtension static final DemoApi demo = DemoApi.seeded(5);

  private static SubjectAccessReviewStatus can(
      KubernetesClient client, String verb, String group, String resource, String sub, String ns) {
    SelfSubjectAccessReview review =
        new SelfSubjectAccessReviewBuilder()
            .withNewSpec()
            .withNewResourceAttributes()
            .withVerb(verb)
            .withGroup(group)
            .withResource(resource)
            .withSubresource(sub)
            .withNamespace(ns)
            .endResourceAttributes()
            .endSpec()
            .build();
    return client.authorization().v1().selfSubjectAccessReview().create(review).getStatus();
  }

  private static boolean can(
      DemoUser user, String verb, String group, String resource, String sub, String ns) {
    return can(demo.users().as(user), verb, group, resource, sub, ns).getAllowed();
  }

  @Test
  void accessReviewsAnswerForTheImpersonatedUser() {
    var helpdesk =
        can(
            demo.users().as(DemoUsers.HELPDESK),
            "update",
            "subresources.kubevirt.io",
            "virtualmachines",
            "stop",
            "shop");
    assertThat(helpdesk.getAllowed()).isTrue();
    assertThat(helpdesk.getReason())
        .isEqualTo(
            "RBAC: allowed by ClusterRoleBinding \"virtdeck-helpdesk\" of ClusterRole"
                + " \"virtdeck-helpdesk\" to Group \"virtdeck:helpdesk\"");
    assertThat(can(DemoUsers.HELPDESK, "delete", "kubevirt.io", "virtualmachines", "", "shop"))
        .isFalse();
    assertThat(
            can(
                DemoUsers.HELPDESK,
                "update",
                "subresources.kubevirt.io",
                "virtualmachineinstances",
                "pause",
                "shop"))
        .isFalse();
    assertThat(can(DemoUsers.SHOP_OWNER, "create", "kubevirt.io", "virtualmachines", "", "shop"))
        .isTrue();
    assertThat(can(DemoUsers.SHOP_OWNER, "create", "kubevirt.io", "virtualmachines", "", "finance"))
        .isFalse();
    assertThat(can(DemoUsers.SHOP_OWNER, "list", "", "nodes", "", "")).isFalse();
    assertThat(can(DemoUsers.OPERATOR, "create", "cdi.kubevirt.io", "datavolumes", "", "dev"))
        .isTrue();
    assertThat(can(DemoUsers.OPERATOR, "list", "storage.k8s.io", "storageclasses", "", ""))
        .isTrue();
    assertThat(can(DemoUsers.OPERATOR, "delete", "", "namespaces", "", "")).isFalse();
    assertThat(can(DemoUsers.ADMIN, "delete", "", "namespaces", "", "")).isTrue();
  }

  @Test
  void unimpersonatedCallerIsAllowed() {
    var status = can(demo.admin(), "delete", "", "nodes", "", "");
    assertThat(status.getAllowed()).isTrue();
    assertThat(status.getReason()).isNotBlank();
  }

  @Test
  void rulesReviewListsWhatTheUserMayDoInANamespace() {
    var review =
        demo.users()
            .as(DemoUsers.SHOP_OWNER)
            .authorization()
            .v1()
            .selfSubjectRulesReview()
            .create(
                new SelfSubjectRulesReviewBuilder()
                    .withNewSpec()
                    .withNamespace("shop")
                    .endSpec()
                    .build());
    assertThat(review.getStatus().getIncomplete()).isFalse();
    assertThat(review.getStatus().getResourceRules())
        .flatExtracting(ResourceRule::getResources)
        .contains("virtualmachines", "datavolumes", "selfsubjectaccessreviews");
    assertThat(review.getStatus().getNonResourceRules()).isNotEmpty();
    var finance =
        demo.users()
            .as(DemoUsers.SHOP_OWNER)
            .authorization()
            .v1()
            .selfSubjectRulesReview()
            .create(
                new SelfSubjectRulesReviewBuilder()
                    .withNewSpec()
                    .withNamespace("finance")
                    .endSpec()
                    .build());
    assertThat(finance.getStatus().getResourceRules())
        .flatExtracting(ResourceRule::getResources)
        .doesNotContain("virtualmachines")
        .contains("selfsubjectrulesreviews");
  }

  @Test
  void kubectlAuthCanIWorksOverProtobuf() throws Exception {
    assumeTrue(Files.isExecutable(KUBECTL), "kubectl is not installed");
    var kubeconfig = demo.kubeconfig(folder.resolve("kubeconfig"));
    assertThat(
            kubectl(
                kubeconfig,
                "auth",
                "can-i",
                "--as",
                "helpdesk",
                "--as-group",
                "virtdeck:helpdesk",
                "update",
                "virtualmachines.subresources.kubevirt.io",
                "--subresource=stop",
                "-n",
                "shop"))
        .isEqualTo("yes");
    assertThat(
            kubectl(
                kubeconfig,
                "auth",
                "can-i",
                "--as",
                "helpdesk",
                "--as-group",
                "virtdeck:helpdesk",
                "delete",
                "vm",
                "-n",
                "shop"))
        .isEqualTo("no");
    assertThat(
            kubectl(
                kubeconfig,
                "auth",
                "can-i",
                "--as",
                "shop-owner",
                "--as-group",
                "shop:owners",
                "create",
                "datavolumes.cdi.kubevirt.io",
                "-n",
                "shop"))
        .isEqualTo("yes");
    assertThat(demo.server().receivedRequests())
        .anySatisfy(
            r -> {
              assertThat(r.path()).isEqualTo(SelfReviews.ACCESS);
              assertThat(r.impersonatedUser()).isEqualTo("shop-owner");
            });
  }

  private static String kubectl(Path kubeconfig, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of(KUBECTL.toString(), "--kubeconfig", kubeconfig.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    var lines =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().lines();
    return lines.reduce((first, second) -> second).orElse("");
  }
}
