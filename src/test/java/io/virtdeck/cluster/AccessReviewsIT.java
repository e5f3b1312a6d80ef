package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers are kept for a while; a review that got no answer is not. */
class AccessReviewsIT {

  private static final String REVIEWS = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";
  private static final UserIdentity ADMIN = UserIdentity.of("admin", List.of("admins"));

  private final KubernetesMockServer server = new KubernetesMockServer(false);
  private KubernetesClient client;
  private AccessReviews reviews;

  @BeforeEach
  void start() {
    server.init();
    client = server.createClient();
    var properties = new ClusterProperties(null, "test", null, null, null, null, null);
    var clients =
        new UserClients(
            client, new ClusterConnection("test", client.getConfiguration()), properties);
    reviews = new AccessReviews(clients, mock(ClusterCaches.class), properties, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    client.close();
    server.destroy();
  }

  @Test
  void aReviewThatFailedIsAskedAgainNotKeptAsDenied() {
    // a failure the client does not retry itself (it retries 5xx and timeouts a few times first)
    server.expect().post().withPath(REVIEWS).andReturn(403, "no reviews for you").once();
    server.expect().post().withPath(REVIEWS).andReturn(201, answer(true)).once();
    var list = AccessRequest.of("list", "kubevirt.io", "virtualmachines");

    assertThat(reviews.allowed(ADMIN, list)).isFalse();
    assertThat(reviews.allowed(ADMIN, list)).isTrue();
  }

  @Test
  void anAnswerIsKept() {
    server.expect().post().withPath(REVIEWS).andReturn(201, answer(false)).once();
    server.expect().post().withPath(REVIEWS).andReturn(201, answer(true)).once();
    var list = AccessRequest.of("list", "kubevirt.io", "virtualmachines");

    assertThat(reviews.allowed(ADMIN, list)).isFalse();
    assertThat(reviews.allowed(ADMIN, list)).isFalse();
  }

  private static Object answer(boolean allowed) {
    return new SelfSubjectAccessReviewBuilder()
        .withNewStatus()
        .withAllowed(allowed)
        .endStatus()
        .build();
  }
}
