package org.sourcebook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;

class ArchiveTest {
    private static final FactSchema SCHEMA = new FactSchema(List.of(
            new FactDef("killed", "Killed", "d", null, "g", "people", true, null),
            new FactDef("killed.women", "Women killed", "d", "killed", "g", "people", false, null),
            new FactDef("families", "Families", "d", null, "g", "families", false, null),
            new FactDef("missing", "Missing", "d", null, "g", "people", false, null)));

    private static Source source(String slug, String body) {
        FrontMatter fm = new FrontMatter("T " + slug, null, null, "2024", "statement", "en", null, null, null, Map.of(), null, List.of());
        return new Source(slug, Path.of(slug + ".md"), fm, body, 5, "x", List.of());
    }

    private static Claim claim(String src, String body, String fact, String quote, int value, Qualifier q) {
        int at = body.indexOf(quote);
        return new Claim(null, src, fact, BigDecimal.valueOf(value), q, null, quote, at, at + quote.length(), null, "extracted", null);
    }

    @Test
    void statusTellsAgreementDisagreementAndSingleSources() {
        String a = "613 were killed. 8 families died. 150 missing.";
        String b = "613 were killed. 6 families died.";
        Archive archive = new Archive(new ArchiveConfig(null, null, null, null), SCHEMA,
                List.of(source("b", b), source("a", a)),
                List.of(claim("a", a, "killed", "613 were killed", 613, Qualifier.EXACT),
                        claim("b", b, "killed", "613 were killed", 613, Qualifier.EXACT),
                        claim("a", a, "families", "8 families", 8, Qualifier.EXACT),
                        claim("b", b, "families", "6 families", 6, Qualifier.EXACT),
                        claim("a", a, "missing", "150 missing", 150, Qualifier.EXACT)),
                List.of());
        assertEquals(FactStatus.AGREE, archive.status("killed"));
        assertEquals(FactStatus.DIFFER, archive.status("families"));
        assertEquals(List.of("6", "8"), archive.distinctValues("families"));
        assertEquals(FactStatus.ONE_SOURCE, archive.status("missing"));
        assertEquals(FactStatus.NOT_STATED, archive.status("killed.women"));
        assertEquals(List.of("a", "b"), archive.sources().stream().map(Source::slug).toList(), "sources are sorted by slug");
    }

    @Test
    void theSameNumberWithADifferentBoundIsADifferentValue() {
        String a = "1000 were wounded.";
        String b = "over 1000 were wounded.";
        Archive archive = new Archive(new ArchiveConfig(null, null, null, null), SCHEMA,
                List.of(source("a", a), source("b", b)),
                List.of(claim("a", a, "killed", "1000 were wounded", 1000, Qualifier.EXACT),
                        claim("b", b, "killed", "over 1000 were wounded", 1000, Qualifier.MORE_THAN)),
                List.of());
        assertEquals(FactStatus.DIFFER, archive.status("killed"));
        assertEquals(List.of("1,000", "more than 1,000"), archive.distinctValues("killed"));
    }

    @Test
    void rangesShowBothBounds() {
        assertEquals("500\u20131,000", Values.display(BigDecimal.valueOf(500), Qualifier.RANGE, BigDecimal.valueOf(1000)));
        assertEquals("about 20", Values.display(BigDecimal.valueOf(20), Qualifier.APPROXIMATELY, null));
    }
}
