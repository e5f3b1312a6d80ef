package io.virtdeck.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.fabric8.kubernetes.client.http.WebSocket;
import io.virtdeck.cluster.UserIdentity;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

class ConsoleRelayTest {

  private final WebSocketSession browser = mock(WebSocketSession.class);
  private final WebSocket api = mock(WebSocket.class);
  private final AtomicReference<CloseStatus> closed = new AtomicReference<>();
  private boolean running = true;
  private final ConsoleRelay relay =
      new ConsoleRelay(
          new ConsoleTarget("shop", "web-01", ConsoleKind.VNC, false),
          UserIdentity.of("helpdesk", List.of("virtdeck:helpdesk")),
          browser,
          1024,
          () -> running,
          new ConsoleRelay.RelayEvents() {
            @Override
            public void connected(ConsoleRelay r) {}

            @Override
            public void closed(ConsoleRelay r, CloseStatus status) {
              closed.set(status);
            }
          });

  @Test
  void theNextApiMessageIsRequestedOnlyAfterTheBrowserHasTheLastOne() throws Exception {
    when(browser.isOpen()).thenReturn(true);
    var sending = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    org.mockito.Mockito.doAnswer(
            inv -> {
              sending.countDown();
              release.await();
              return null;
            })
        .when(browser)
        .sendMessage(any(WebSocketMessage.class));
    relay.onOpen(api);
    verify(api, times(1)).request();

    relay.onMessage(api, ByteBuffer.wrap("RFB 003.008\n".getBytes()));
    sending.await();
    verify(api, times(1)).request(); // the browser has not taken it yet: nothing more is asked
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(api, times(2)).request());
  }

  @Test
  void browserInputBeyondTheLimitClosesBothSides() throws Exception {
    when(browser.isOpen()).thenReturn(true);
    relay.onOpen(api);
    when(api.queueSize()).thenReturn(1000L);
    relay.fromBrowser(ByteBuffer.allocate(100));
    verify(api, never()).send(any());
    verify(api).sendClose(1000, "Console closed");
    verify(browser).close(CloseReasons.TOO_MUCH_INPUT);
    assertThat(closed.get()).isEqualTo(CloseReasons.TOO_MUCH_INPUT);
  }

  @Test
  void theApiClosingWhenTheVmStoppedTellsTheBrowserItWasPoweredOff() throws Exception {
    when(browser.isOpen()).thenReturn(true);
    relay.onOpen(api);
    running = false;
    relay.onClose(api, 1000, "");
    verify(browser).close(CloseReasons.POWERED_OFF);
  }

  @Test
  void aSessionDroppedForAnotherUsersTakeOverSaysSoAndOtherwiseOnlyThatItClosed() throws Exception {
    when(browser.isOpen()).thenReturn(true);
    relay.onOpen(api);
    relay.takenOver();
    relay.onClose(api, 1000, "");
    verify(browser).close(CloseReasons.TAKEN_OVER);
  }

  @Test
  void theApiClosingForNoKnownReasonSaysTheConnectionClosed() throws Exception {
    when(browser.isOpen()).thenReturn(true);
    relay.onOpen(api);
    relay.onClose(api, 1000, "");
    verify(browser).close(CloseReasons.API_CLOSED);
  }

  @Test
  void anApiServerThatCannotBeReachedIsSaidInASentence() throws Exception {
    when(browser.isOpen()).thenReturn(true);
    relay.connected(null, new java.net.ConnectException("Connection refused"));
    verify(browser).close(CloseReasons.UNREACHABLE);
    assertThat(CloseReasons.UNREACHABLE.getReason()).isEqualTo("The Kubernetes API is unreachable");
  }

  @Test
  void anApiServerGoingAwayWhileTheVmRunsIsSaidInASentenceNotAPowerOff() throws Exception {
    when(browser.isOpen()).thenReturn(true);
    relay.onOpen(api);
    relay.onError(api, new java.io.EOFException("connection reset"));
    verify(browser).close(CloseReasons.UNREACHABLE);
  }

  @Test
  void aRefusedHandshakeIsToldByItsHttpStatus() {
    assertThat(CloseReasons.ofHandshake(403)).isEqualTo(CloseReasons.FORBIDDEN);
    assertThat(CloseReasons.ofHandshake(400)).isEqualTo(CloseReasons.NOT_RUNNING);
    assertThat(CloseReasons.ofHandshake(409)).isEqualTo(CloseReasons.HELD);
    assertThat(CloseReasons.ofHandshake(503)).isEqualTo(CloseReasons.UNREACHABLE);
    assertThat(CloseReasons.ofHandshake(500)).isEqualTo(CloseReasons.REFUSED);
  }

  @Test
  void theBrowserClosingClosesTheApiSocketOnce() throws Exception {
    relay.onOpen(api);
    relay.browserClosed(CloseStatus.NORMAL);
    relay.browserClosed(CloseStatus.NORMAL);
    verify(api, times(1)).sendClose(1000, "Console closed");
    assertThat(relay.isClosed()).isTrue();
  }

  @Test
  void aVncServerThatDidNotGreetIsConnectedAgainAndTheOldConnectionIsIgnored() throws Exception {
    when(browser.isOpen()).thenReturn(true);
    relay.onOpen(api);
    assertThat(relay.silent()).isTrue();
    WebSocket second = mock(WebSocket.class);

    assertThat(
            relay.reconnectIfSilent(
                () -> java.util.concurrent.CompletableFuture.completedFuture(second)))
        .isTrue();
    relay.onOpen(second);
    relay.onClose(api, 1000, "No greeting: connecting again"); // the old one closing
    relay.onMessage(api, ByteBuffer.wrap("late".getBytes()));
    relay.onMessage(second, ByteBuffer.wrap("RFB 003.008\n".getBytes()));

    verify(api).sendClose(1000, "No greeting: connecting again");
    verify(browser, never()).close(any());
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> verify(browser, times(1)).sendMessage(any(WebSocketMessage.class)));
    assertThat(relay.silent()).isFalse();
    assertThat(relay.isClosed()).isFalse();
  }

  @Test
  void aVncServerThatGreetedIsNotConnectedAgain() throws Exception {
    when(browser.isOpen()).thenReturn(true);
    relay.onOpen(api);
    relay.onMessage(api, ByteBuffer.wrap("RFB 003.008\n".getBytes()));

    assertThat(
            relay.reconnectIfSilent(
                () -> {
                  throw new AssertionError("connected again");
                }))
        .isFalse();
    verify(api, never()).sendClose(1000, "No greeting: connecting again");
  }

  @Test
  void aConsoleThatIsNotConnectedYetIsNotSilentButWaiting() {
    assertThat(relay.silent()).isFalse();
  }

  @Test
  void aConsoleIsUnansweredUntilTheApiConnectsOrRefusesAndSaysWhereItIs() {
    assertThat(relay.unanswered()).isTrue();
    assertThat(relay.describe())
        .contains("API answered never", "opened never", "first bytes never");
    relay.onOpen(api);
    assertThat(relay.unanswered()).isFalse();
    relay.onMessage(api, ByteBuffer.wrap("RFB 003.008\n".getBytes()));
    assertThat(relay.describe()).contains("opened after").doesNotContain("first bytes never");
  }

  @Test
  void aConsoleTheApiNeverAnsweredIsClosedAsUnreachable() throws Exception {
    when(browser.isOpen()).thenReturn(true);
    assertThat(relay.closeIfUnanswered()).isTrue();
    assertThat(closed.get()).isEqualTo(CloseReasons.UNREACHABLE);
    verify(browser).close(CloseReasons.UNREACHABLE);
  }

  @Test
  void aConsoleTheApiAnsweredIsNotClosedByTheDeadline() {
    relay.onOpen(api);
    assertThat(relay.closeIfUnanswered()).isFalse();
    assertThat(closed.get()).isNull();
  }

  @Test
  void aRefusedConsoleIsAnsweredAndClosed() {
    relay.connected(null, new java.io.IOException("refused"));
    assertThat(relay.unanswered()).isFalse();
    assertThat(closed.get()).isEqualTo(CloseReasons.UNREACHABLE);
  }
}
