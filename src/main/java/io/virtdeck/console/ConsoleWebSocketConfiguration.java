package io.virtdeck.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The console WebSocket at {@code /console-ws/{namespace}/{name}/{vnc|serial}}. It sits behind the
 * security filter chain (a session is required) and, with no allowed origins configured, Spring's
 * origin check accepts only the page's own origin: a page elsewhere cannot open a console with the
 * user's cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class ConsoleWebSocketConfiguration implements WebSocketConfigurer {

  private final ConsoleSocketHandler handler;
  private final ConsoleHandshake handshake;

  ConsoleWebSocketConfiguration(ConsoleSocketHandler handler, ConsoleHandshake handshake) {
    this.handler = handler;
    this.handshake = handshake;
  }

  @Override
  public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
    registry.addHandler(handler, ConsoleTarget.PREFIX + "**").addInterceptors(handshake);
  }
}
