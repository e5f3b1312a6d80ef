/**
 * RVTools' vocabulary: the sheet names and column headings of an RVTools export, shared by the
 * workbook VirtDeck writes and the one it reads.
 */
@NullMarked
package io.virtdeck.rvtools.sheets;

import org.jspecify.annotations.NullMarked;
