package io.virtdeck.security;

import org.springframework.security.core.GrantedAuthority;

/** A Kubernetes group the user belongs to, carried as a Spring Security authority. */
record GroupAuthority(String group) implements GrantedAuthority {

  static final String PREFIX = "GROUP_";

  @Override
  public String getAuthority() {
    return PREFIX + group;
  }
}
