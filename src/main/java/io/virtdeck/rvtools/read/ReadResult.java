package io.virtdeck.rvtools.read;

import io.virtdeck.task.Message;

/** What reading an uploaded file gave: an estate, or the sentence saying why not. */
public sealed interface ReadResult {

  record Read(SourceEstate estate) implements ReadResult {}

  record Refused(Message why) implements ReadResult {}
}
