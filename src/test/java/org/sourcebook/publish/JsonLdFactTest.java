package org.sourcebook.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactDef;
import org.sourcebook.model.Qualifier;

/** A fact page's JSON-LD is written directly; it must be the JSON its maps give. */
class JsonLdFactTest {
    @Test
    void writesWhatItsMapsGive() {
        FactDef f = new FactDef("killed", "People <killed> & \"wounded\"", null, null, "g", "people", true, null);
        List<Claim> claims = new ArrayList<>();
        Map<String, Source> sources = new LinkedHashMap<>();
        String[] kinds = {"news-report", "op-ed", "statement"};
        for (int i = 0; i < 12; i++) {
            String slug = "s" + (i % 5);
            FrontMatter fm = new FrontMatter("Title " + i % 5 + " “quoted” <b>", null, null, "2024", kinds[i % 3], "en", null,
                    null, null, Map.of(), null, List.of());
            sources.putIfAbsent(slug, new Source(slug, Path.of(slug + ".md"), fm, "x".repeat(50), 5, "h", List.of()));
            String quote = "q" + i + " \\ \t é";
            claims.add(new Claim("c-killed-" + i, slug, "killed", BigDecimal.valueOf(i), Qualifier.EXACT, null, quote, 0,
                    quote.length(), null, "extracted", null));
        }
        java.util.function.Function<Claim, String> link = c -> "../sources/" + c.source() + ".html#" + c.id();
        assertEquals(JsonLd.factGraph(f, "killed.html#fact", claims, sources, link), JsonLd.fact(f, "killed.html#fact", claims, sources, link));
        FactDef defined = new FactDef("killed", "Killed", "The number killed.", null, "g", "people", true, null);
        assertEquals(JsonLd.factGraph(defined, "x#fact", claims, sources, link), JsonLd.fact(defined, "x#fact", claims, sources, link));
        assertEquals(JsonLd.factGraph(defined, "x#fact", List.of(), sources, link), JsonLd.fact(defined, "x#fact", List.of(), sources, link));
    }
}
