package io.virtdeck.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.virtdeck.testing.MutableClock;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers are kept for the review TTL; a review that got no answer is not, and is "unknown" rather
 * than "no".
 */
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

  @Test
  void aClusterThatDoesNotAnswerLeavesTheScopeUnknownNotEmpty() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        KubernetesClient silentClient = silentClient(silent)) {
      var silentReviews = reviews(silentClient, namespaces(40));

      NamespaceScope scope = silentReviews.listScope(ADMIN, "kubevirt.io", "virtualmachines");

      assertThat(scope.complete()).isFalse();
      assertThat(scope.unknown()).hasSize(40);
      assertThat(scope.namespaces()).isEmpty();
      assertThat(silentReviews.decide(ADMIN, AccessRequest.of("list", "", "pods")))
          .isEqualTo(Decision.UNKNOWN);
      silentReviews.destroy();
    }
  }

  @Test
  void aGrantForEveryNamespaceAnswersForEachWithOneReview() {
    server.expect().post().withPath(REVIEWS).andReturn(201, answer(true)).always();
    var withNamespaces = reviewsOver(namespaces(5));
    int before = server.getRequestCount();

    assertThat(withNamespaces.allowedNamespaces(ADMIN, CREATE_VMS))
        .containsExactly("ns-0", "ns-1", "ns-2", "ns-3", "ns-4");
    assertThat(server.getRequestCount() - before).isEqualTo(1);
  }

  @Test
  void withoutAGrantForEveryNamespaceEachIsAsked() {
    server
        .expect()
        .post()
        .withPath(REVIEWS)
        .andReply(201, request -> answer(request.getBody().readUtf8().contains("\"ns-3\"")))
        .always();
    var withNamespaces = reviewsOver(namespaces(5));

    assertThat(withNamespaces.allowedNamespaces(ADMIN, CREATE_VMS)).containsExactly("ns-3");
  }

  @Test
  void everyNamespaceIsAskedAtOnceNotOneAfterAnother() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        KubernetesClient silentClient = silentClient(silent)) {
      var silentReviews = reviews(silentClient, namespaces(40));

      // one after the other, 41 unanswered reviews would take 41 deadlines (two minutes)
      var allowed =
          assertTimeoutPreemptively(
              AccessReviews.DEADLINE.multipliedBy(5),
              () -> silentReviews.allowedNamespaces(ADMIN, CREATE_VMS));

      assertThat(allowed).isEmpty();
      silentReviews.destroy();
    }
  }

  @Test
  void keptAnswersExpireWithTheClock() {
    server.expect().post().withPath(REVIEWS).andReturn(201, answer(true)).once();
    server.expect().post().withPath(REVIEWS).andReturn(201, answer(false)).once();
    MutableClock ticking = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));
    var properties =
        new ClusterProperties(null, "test", null, null, null, null, Duration.ofSeconds(30));
    var timed =
        new AccessReviews(
            new UserClients(
                client, new ClusterConnection("test", client.getConfiguration()), properties),
            mock(ClusterCaches.class),
            properties,
            ticking);
    var list = AccessRequest.of("list", "kubevirt.io", "virtualmachines");

    assertThat(timed.allowed(ADMIN, list)).isTrue();
    ticking.advance(Duration.ofSeconds(20));
    assertThat(timed.allowed(ADMIN, list)).isTrue();
    ticking.advance(Duration.ofSeconds(20));
    assertThat(timed.allowed(ADMIN, list)).isFalse();
    timed.destroy();
  }

  private static Object answer(boolean allowed) {
    return new SelfSubjectAccessReviewBuilder()
        .withNewStatus()
        .withAllowed(allowed)
        .endStatus()
        .build();
  }

  private static final AccessRequest CREATE_VMS =
      AccessRequest.of("create", "kubevirt.io", "virtualmachines");

  private AccessReviews reviewsOver(ClusterCaches caches) {
    return reviews(client, caches);
  }

  private static AccessReviews reviews(KubernetesClient over, ClusterCaches caches) {
    var properties = new ClusterProperties(null, "test", null, null, null, null, null);
    return new AccessReviews(
        new UserClients(over, new ClusterConnection("test", over.getConfiguration()), properties),
        caches,
        properties,
        Clock.systemUTC());
  }

  private static KubernetesClient silentClient(ServerSocket silent) {
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder()
                .withMasterUrl("http://127.0.0.1:" + silent.getLocalPort())
                .withRequestTimeout(60_000)
                .build())
        .build();
  }

  /** Caches whose namespaces are ns-0 … ns-(count-1). */
  private static ClusterCaches namespaces(int count) {
    ClusterCaches caches = mock(ClusterCaches.class);
    @SuppressWarnings("unchecked")
    ResourceCache<Namespace> namespaces = mock(ResourceCache.class);
    when(namespaces.list())
        .thenReturn(
            IntStream.range(0, count)
                .mapToObj(
                    i ->
                        new NamespaceBuilder()
                            .withNewMetadata()
                            .withName("ns-" + i)
                            .endMetadata()
                            .build())
                .toList());
    when(caches.namespaces()).thenReturn(namespaces);
    return caches;
  }
}
