/**
 * The vSphere-to-Kubernetes glossary: which KubeVirt object or operation each vSphere word really
 * is. Pure Java; the views live in {@code glossary.ui}.
 */
@NullMarked
package io.virtdeck.glossary;

import org.jspecify.annotations.NullMarked;
