package io.virtdeck.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Console thumbnails: kept briefly per VM and shared, and only for users who may get them. */
class ConsoleThumbnailsTest {

  private static final UserIdentity HELPDESK = UserIdentity.of("helpdesk", List.of());
  private static final UserIdentity ADMIN = UserIdentity.of("admin", List.of());
  private static final UserIdentity STRANGER = UserIdentity.of("stranger", List.of());
  private static final ResourceKey WEB = new ResourceKey("shop", "web-01");
  private static final ResourceKey STOPPED = new ResourceKey("shop", "web-02");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  private final AtomicLong nanos = new AtomicLong();
  private final AtomicInteger requests = new AtomicInteger();
  private final List<UserIdentity> requestedAs = new ArrayList<>();
  private Optional<byte[]> answer = Optional.of(PNG);

  private final ConsoleThumbnails thumbnails =
      new ConsoleThumbnails(
          (user, vm) -> !user.equals(STRANGER),
          vm -> !vm.equals(STOPPED),
          (user, vm) -> {
            requests.incrementAndGet();
            synchronized (requestedAs) {
              requestedAs.add(user);
            }
            return answer;
          },
          nanos::get);

  @Test
  void sessionsAskingWithinTheFreshTimeShareOneRequestMadeAsTheFirstOfThem() {
    var first = thumbnails.screenshot(HELPDESK, WEB).orElseThrow();
    var second = thumbnails.screenshot(ADMIN, WEB).orElseThrow();

    assertThat(first.status()).isEqualTo(Screenshot.Status.SHOWN);
    assertThat(first.png()).isEqualTo(PNG);
    assertThat(second).isSameAs(first);
    assertThat(requests).hasValue(1);
    assertThat(requestedAs).containsExactly(HELPDESK);
  }

  @Test
  void anOlderScreenshotIsFetchedAgain() {
    thumbnails.screenshot(HELPDESK, WEB);
    nanos.addAndGet(ConsoleThumbnails.FRESH.toNanos() - 1);
    thumbnails.screenshot(HELPDESK, WEB);
    assertThat(requests).hasValue(1);

    nanos.addAndGet(2);
    thumbnails.screenshot(HELPDESK, WEB);
    assertThat(requests).hasValue(2);
  }

  @Test
  void aUserWithoutTheRightGetsNothingEvenWhenAnotherUsersImageIsKept() {
    assertThat(thumbnails.screenshot(STRANGER, WEB)).isEmpty();
    assertThat(requests).hasValue(0);

    thumbnails.screenshot(ADMIN, WEB);
    assertThat(thumbnails.screenshot(STRANGER, WEB)).isEmpty();
    assertThat(thumbnails.permitted(STRANGER, WEB)).isFalse();
    assertThat(requests).hasValue(1);
  }

  @Test
  void aVmThatDoesNotRunHasNoScreenAndNothingIsAsked() {
    assertThat(thumbnails.screenshot(HELPDESK, STOPPED))
        .hasValueSatisfying(
            shot -> assertThat(shot.status()).isEqualTo(Screenshot.Status.NOT_RUNNING));
    assertThat(requests).hasValue(0);
  }

  @Test
  void aRefusedOrFailedRequestSaysTheScreenIsUnavailable() {
    answer = Optional.empty();
    assertThat(thumbnails.screenshot(HELPDESK, WEB))
        .hasValueSatisfying(
            shot -> assertThat(shot.status()).isEqualTo(Screenshot.Status.UNAVAILABLE));
  }

  @Test
  void manySessionsAskingAtOnceWaitForOneRequest() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger slowRequests = new AtomicInteger();
    var slow =
        new ConsoleThumbnails(
            (user, vm) -> true,
            vm -> true,
            (user, vm) -> {
              slowRequests.incrementAndGet();
              try {
                release.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Optional.of(PNG);
            },
            nanos::get);
    List<Future<Optional<Screenshot>>> answers = new ArrayList<>();
    try (ExecutorService sessions = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 20; i++) {
        answers.add(sessions.submit(() -> slow.screenshot(HELPDESK, WEB)));
      }
      release.countDown();
    }
    Set<Screenshot> distinct = new java.util.HashSet<>();
    for (var answer : answers) {
      distinct.add(answer.get().orElseThrow());
    }
    assertThat(slowRequests).hasValue(1);
    assertThat(distinct).hasSize(1);
  }
}
