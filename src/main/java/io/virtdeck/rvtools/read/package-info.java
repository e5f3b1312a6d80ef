/**
 * Reading a vSphere estate's RVTools export: streamed sheet by sheet with POI's event API (no
 * workbook held in memory), guarded against zip bombs, with a sentence naming what is missing or
 * wrong for a file that is not an RVTools export.
 */
@NullMarked
package io.virtdeck.rvtools.read;

import org.jspecify.annotations.NullMarked;
