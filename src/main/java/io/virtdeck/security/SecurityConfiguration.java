package io.virtdeck.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.SessionManagementFilter;

/**
 * Nothing but sign-in and the health probes is reachable without a session. Sign-in is OIDC, or the
 * local accounts a {@link SignInAccounts} bean offers (the demo cluster's users). The Prometheus
 * endpoint is open only when Actuator has a port of its own ({@code management.server.port}, not
 * published by the Service or Ingress); on the UI's port it is refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
          + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      SecurityProperties properties,
      ObjectProvider<SignInAccounts> accounts,
      ClientRegistrationRepository registrations,
      Environment environment)
      throws Exception {
    boolean oidc = useOidc(properties, accounts.getIfAvailable());
    boolean managementApart = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
    http.authorizeHttpRequests(
        auth -> {
          auth.requestMatchers(
                  "/actuator/health", "/actuator/health/**", "/error/**", "/error", "/styles/**")
              .permitAll();
          auth.requestMatchers("/console-ws/**").authenticated(); // io.virtdeck.console
          var prometheus = auth.requestMatchers("/actuator/prometheus");
          if (managementApart) {
            prometheus.permitAll();
          } else {
            prometheus.denyAll();
          }
        });
    http.headers(
        headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(
                    r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny()));
    http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
    http.addFilterAfter(
        new AbsoluteSessionTimeoutFilter(properties.absoluteTimeout()),
        SessionManagementFilter.class);
    http.with(
        VaadinSecurityConfigurer.vaadin(),
        vaadin -> {
          if (oidc) {
            vaadin.oauth2LoginPage(
                "/oauth2/authorization/" + SecurityProperties.REGISTRATION, "{baseUrl}");
            vaadin.logoutSuccessHandler(oidcLogout(registrations));
          } else {
            vaadin.loginView("/login"); // plain HTML (SignInPage), no Vaadin client to start
          }
        });
    if (oidc) {
      http.oauth2Login(o -> o.failureUrl("/signin-failed"));
    }
    return http.build();
  }

  static boolean useOidc(SecurityProperties properties, @Nullable SignInAccounts accounts) {
    return switch (properties.signIn()) {
      case OIDC -> true;
      case ACCOUNTS -> false;
      case AUTO -> accounts == null;
    };
  }

  private static OidcClientInitiatedLogoutSuccessHandler oidcLogout(
      ClientRegistrationRepository registrations) {
    var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    handler.setPostLogoutRedirectUri("{baseUrl}");
    return handler;
  }

  /** Local accounts, when some are offered; each carries its Kubernetes groups. */
  @Bean
  UserDetailsService localAccounts(ObjectProvider<SignInAccounts> accounts) {
    SignInAccounts offered = accounts.getIfAvailable();
    List<SignInAccounts.Account> list = offered == null ? List.of() : offered.accounts();
    return new InMemoryUserDetailsManager(
        list.stream()
            .map(
                a ->
                    User.withUsername(a.username())
                        .password("{noop}" + a.password())
                        .authorities(a.groups().stream().map(GroupAuthority::new).toList())
                        .build())
            .toList());
  }
}
