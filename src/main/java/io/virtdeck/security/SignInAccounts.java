package io.virtdeck.security;

import java.util.List;

/**
 * Local accounts offered on the sign-in page (the demo cluster provides its demo users). Each signs
 * in with its password and then acts in Kubernetes as {@code username} with {@code groups}.
 */
public interface SignInAccounts {

  List<Account> accounts();

  /** One account; {@code description} says what it may do, for the sign-in page. */
  record Account(String username, String password, List<String> groups, String description) {

    public Account {
      groups = List.copyOf(groups);
    }
  }
}
