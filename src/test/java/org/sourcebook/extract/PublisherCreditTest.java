package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;
import org.sourcebook.model.Claim;

/** A figure credited to the source's own publisher is the publisher's own claim: it names no one else. */
class PublisherCreditTest {

    private static List<String> credits(String publisher, String body) {
        FrontMatter fm = new FrontMatter("T", publisher, null, "2024", "other", "en", null, null, null, Map.of(), null, List.of(),
                false, List.of());
        Source s = new Source("t", Path.of("content/sources/t.md"), fm, body, 1, "", List.of());
        return ClaimExtractorSpecTest.extractor().extract(s).claims().stream()
                .map(c -> c.fact() + " " + c.value().toPlainString() + " @ " + c.attributedTo()).toList();
    }

    @Test
    void dropsACreditToThePublisherItself() {
        String body = "REGIONAL APPEALS COURT\n\nThe court found that 212 civilians were killed in the town. "
                + "The prosecutor submitted that 40 people remain missing.";
        assertEquals(List.of("killed 212 @ null", "missing 40 @ prosecutor"), credits("Regional Appeals Court", body));
    }

    @Test
    void keepsACreditToAnotherBody() {
        String body = "According to Human Rights Watch, 161 civilians were killed in the town.";
        assertEquals(List.of("killed 161 @ Human Rights Watch"), credits("Caucasus Weekly", body));
    }
}
