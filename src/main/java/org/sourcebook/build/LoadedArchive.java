package org.sourcebook.build;

import java.util.List;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.model.Archive;

/** The archive, when the content had no errors, and every diagnostic found on the way. */
public record LoadedArchive(Archive archive, List<Diagnostic> diagnostics) {
    public boolean ok() {
        return archive != null && diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
