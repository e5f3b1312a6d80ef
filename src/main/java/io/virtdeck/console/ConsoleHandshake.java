package io.virtdeck.console;

import io.virtdeck.security.CurrentUser;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/** Lets only a signed-in user's session open a console, and remembers who it is. */
@Component
class ConsoleHandshake implements HandshakeInterceptor {

  private final CurrentUser currentUser;

  ConsoleHandshake(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @Override
  public boolean beforeHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Map<String, Object> attributes) {
    var user = currentUser.identity();
    if (user.isEmpty()) {
      response.setStatusCode(HttpStatus.UNAUTHORIZED);
      return false;
    }
    attributes.put(ConsoleSocketHandler.USER, user.get());
    return true;
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      @Nullable Exception exception) {}
}
