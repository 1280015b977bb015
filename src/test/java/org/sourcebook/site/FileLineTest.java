package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.model.ArchiveConfig;
import org.sourcebook.model.FactSchema;

class FileLineTest {
    @Test
    void lineOfAnOffsetIsTheLineSourceCountsByScanning() {
        for (String body : List.of("", "one line", "a\nb\n\nc", "\n\nstarts with blank lines\n", "ends\n")) {
            FrontMatter fm = new FrontMatter("T", null, null, "2024", "statement", "en", null, null, null, Map.of(), null, List.of());
            Source s = new Source("s", Path.of("s.md"), fm, body, 7, "x", List.of());
            Archive a = new Archive(new ArchiveConfig(null, null, null, null), new FactSchema(List.of()), List.of(s), List.of(), List.of());
            ViewFactory views = new ViewFactory(a);
            for (int offset = 0; offset <= body.length() + 2; offset++) {
                assertEquals(s.fileLine(offset), views.fileLine(s, offset), "offset " + offset + " of '" + body + "'");
            }
        }
    }
}
