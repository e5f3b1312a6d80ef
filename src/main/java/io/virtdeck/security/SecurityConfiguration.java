package io.virtdeck.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
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
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; "
          + "form-action 'self'; frame-ancestors 'none'";

  /**
   * Headers are written before the request is handled, not when the response commits: Vaadin's page
   * outgrows the container's buffer, which commits the response behind Spring Security's back, so
   * headers written lazily never reached the main document. Written first, they also keep Vaadin
   * from setting its own X-Frame-Options.
   */
  private static final ObjectPostProcessor<HeaderWriterFilter> EAGER_HEADERS =
      new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
          filter.setShouldWriteHeadersEagerly(true);
          return filter;
        }
      };

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      SecurityProperties properties,
      ObjectProvider<SignInAccounts> accounts,
      ClientRegistrationRepository registrations,
      Environment environment,
      Clock clock,
      RequestUtil vaadinRequests,
      SignInThrottle throttle,
      AuditLog audit,
      CurrentUser currentUser)
      throws Exception {
    boolean oidc = useOidc(properties, accounts.getIfAvailable());
    boolean managementApart = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
    http.authorizeHttpRequests(
        auth -> {
          auth.requestMatchers(
                  "/actuator/health",
                  "/actuator/health/**",
                  "/error/**",
                  "/error",
                  "/styles/**",
                  "/login") // with any query: ?error, ?locked
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
        headers -> {
          headers
              .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
              .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
              .frameOptions(f -> f.deny())
              .contentTypeOptions(Customizer.withDefaults())
              .cacheControl(Customizer.withDefaults());
          headers.addObjectPostProcessor(EAGER_HEADERS);
        });
    http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
    http.addFilterAfter(
        new AbsoluteSessionTimeoutFilter(properties.absoluteTimeout(), clock),
        SessionManagementFilter.class);
    // Vaadin's own CSRF set-up exempts the login page, which lets a foreign site sign a browser
    // in (login CSRF); only Vaadin's internal requests, which carry Vaadin's own token, are exempt.
    http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
    http.addFilterBefore(
        new SignInThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class);
    http.with(
        VaadinSecurityConfigurer.vaadin(),
        vaadin -> {
          vaadin.enableCsrfConfiguration(false);
          if (oidc) {
            vaadin.oauth2LoginPage(
                "/oauth2/authorization/" + SecurityProperties.REGISTRATION, "{baseUrl}");
            vaadin.logoutSuccessHandler(oidcLogout(registrations));
          } else {
            vaadin.loginView("/login"); // plain HTML (SignInPage), no Vaadin client to start
          }
        });
    if (oidc) {
      http.oauth2Login(
          o ->
              o.failureUrl("/signin-failed")
                  .userInfoEndpoint(u -> u.oidcUserService(checkedClaims(currentUser))));
    }
    return http.build();
  }

  /** Refuses the sign-in when the claims name a user in Kubernetes' reserved space. */
  private static OAuth2UserService<OidcUserRequest, OidcUser> checkedClaims(CurrentUser users) {
    OidcUserService standard = new OidcUserService();
    return request -> {
      OidcUser user = standard.loadUser(request);
      try {
        users.fromOidc(user);
      } catch (CurrentUser.RefusedIdentityException refused) {
        throw new OAuth2AuthenticationException(
            new OAuth2Error("access_denied"), refused.getMessage(), refused);
      }
      return user;
    };
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
