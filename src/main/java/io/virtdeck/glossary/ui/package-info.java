/** The glossary page and the info icon that explains a vSphere word in Kubernetes terms. */
@NullMarked
package io.virtdeck.glossary.ui;

import org.jspecify.annotations.NullMarked;
