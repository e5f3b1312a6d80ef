package io.virtdeck.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link WebSocketOriginFilter} in front of every other filter, on every path. */
@Configuration(proxyBeanMethods = false)
class WebSocketOriginConfiguration {

  @Bean
  FilterRegistrationBean<WebSocketOriginFilter> webSocketOriginFilter(PublicUrl publicUrl) {
    var registration = new FilterRegistrationBean<>(new WebSocketOriginFilter(publicUrl));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setName("webSocketOriginFilter");
    return registration;
  }
}
