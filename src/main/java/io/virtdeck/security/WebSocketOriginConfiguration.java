package io.virtdeck.security;

import jakarta.servlet.DispatcherType;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link PublicUrlFilter} (when {@code virtdeck.public-url} is set) and {@link
 * WebSocketOriginFilter} in front of every other filter, on every path.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketOriginConfiguration {

  @Bean
  FilterRegistrationBean<WebSocketOriginFilter> webSocketOriginFilter(PublicUrl publicUrl) {
    var registration = new FilterRegistrationBean<>(new WebSocketOriginFilter(publicUrl));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.addUrlPatterns("/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setName("webSocketOriginFilter");
    return registration;
  }

  @Bean
  @ConditionalOnProperty("virtdeck.public-url")
  FilterRegistrationBean<PublicUrlFilter> publicUrlFilter(PublicUrl publicUrl) {
    var registration =
        new FilterRegistrationBean<>(
            new PublicUrlFilter(Objects.requireNonNull(publicUrl.publicUrl())));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/*");
    registration.setName("publicUrlFilter");
    return registration;
  }
}
