package io.virtdeck.yaml.ui;

import io.virtdeck.cluster.AccessReviews;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.cluster.UserIdentity;
import io.virtdeck.ui.FollowedScopes;
import io.virtdeck.yaml.ObjectYamls;
import io.virtdeck.yaml.YamlKind;
import org.springframework.stereotype.Component;

/** Makes the YAML tab's content for object pages (VM, host, datastore, port group). */
@Component
public class YamlPanels {

  private final ObjectYamls yamls;
  private final AccessReviews reviews;

  public YamlPanels(ObjectYamls yamls, AccessReviews reviews) {
    this.yamls = yamls;
    this.reviews = reviews;
  }

  /** The YAML tab of one object for one user. */
  public YamlPanel create(YamlKind kind, ResourceKey key, UserIdentity user) {
    return new YamlPanel(yamls, new FollowedScopes(reviews, user), kind, key, user);
  }
}
