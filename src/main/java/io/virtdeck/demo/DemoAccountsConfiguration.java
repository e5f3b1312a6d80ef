package io.virtdeck.demo;

import io.virtdeck.demo.seed.DemoUsers;
import io.virtdeck.security.SignInAccounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo users' sign-in accounts: with the embedded demo cluster, or with {@code
 * virtdeck.demo.accounts=true} when VirtDeck points at a demo cluster running in its own JVM
 * ({@link DemoClusterMain}), as the benchmark does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(
    "'${virtdeck.cluster.source:demo}' == 'demo' or ${virtdeck.demo.accounts:false}")
class DemoAccountsConfiguration {

  /** The demo users sign in with the password "demo" and act with their RBAC groups. */
  @Bean
  SignInAccounts demoSignInAccounts() {
    return () ->
        DemoUsers.ALL.stream()
            .map(u -> new SignInAccounts.Account(u.username(), "demo", u.groups(), u.description()))
            .toList();
  }
}
