package io.virtdeck.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A task kept in the cluster comes back whole, with its revision, and without a user's token. */
class TaskObjectsTest {

  private static final Instant QUEUED = Instant.parse("2026-12-07T10:00:00Z");

  static Task powerOn(String id, UserIdentity initiator, Instant queued, TaskStatus status) {
    ApiCall call =
        ApiCall.put(
            "/apis/subresources.kubevirt.io/v1/namespaces/shop/virtualmachines/web-01/start", "{}");
    return new Task(
        id,
        "task.power-on",
        new ResourceKey("shop", "web-01"),
        "VirtualMachine",
        initiator,
        status,
        100,
        Message.of("task.failed.timeout", "60", "Running"),
        queued,
        queued.plusSeconds(1),
        queued.plusSeconds(61),
        call,
        List.of("virtctl start web-01 -n shop"),
        "spec: {}\n",
        "spec: {runStrategy: Always}\n",
        ScriptStep.of(call, List.of(Await.vmStatus("shop", "web-01", "Running"))));
  }

  @Test
  void aTaskComesBackFromItsObjectWithItsRevision() {
    Task task =
        powerOn("0f3c", UserIdentity.of("ann", List.of("staff")), QUEUED, TaskStatus.FAILED);

    GenericKubernetesResource object = TaskObjects.toObject(task, 7, "virtdeck");

    assertThat(object.getApiVersion()).isEqualTo("virtdeck.io/v1alpha1");
    assertThat(object.getKind()).isEqualTo("VirtDeckTask");
    assertThat(object.getMetadata().getName()).isEqualTo("0f3c");
    assertThat(object.getMetadata().getNamespace()).isEqualTo("virtdeck");
    var kept = TaskObjects.fromObject(object).orElseThrow();
    assertThat(kept.revision()).isEqualTo(7);
    assertThat(kept.task()).isEqualTo(task);
  }

  @Test
  void aUsersBearerTokenIsNeverWritten() {
    var withToken = new UserIdentity("ann", List.of("staff"), "secret-token");
    Task task = powerOn("0f3c", withToken, QUEUED, TaskStatus.FAILED);

    var spec = TaskObjects.spec(task, 1);

    assertThat(spec.toString()).doesNotContain("secret-token");
    var back = TaskObjects.fromObject(TaskObjects.toObject(task, 1, "virtdeck")).orElseThrow();
    assertThat(back.task().initiator()).isEqualTo(UserIdentity.of("ann", List.of("staff")));
  }

  @Test
  void anObjectThatIsNoTaskIsSkipped() {
    var object = new GenericKubernetesResource();
    object.setAdditionalProperty("spec", Map.of("revision", 1, "queued", "not a time"));

    assertThat(TaskObjects.fromObject(object)).isEmpty();
    assertThat(TaskObjects.fromObject(new GenericKubernetesResource())).isEmpty();
  }
}
