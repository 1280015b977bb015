package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.build.LoadedArchive;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.FurnitureDetector;
import org.sourcebook.content.Source;
import org.sourcebook.content.TextSpan;
import org.sourcebook.model.NumberDecision;

/** Page furniture found in sources nobody marked up, and how an editor corrects it. */
class FurnitureDetectorTest {

    private static Source source(String body, Boolean detection, List<String> notFurniture) {
        FrontMatter fm = new FrontMatter("T", null, null, "2024", "web-page", "en", null, null, null, Map.of(), null, List.of(),
                detection, notFurniture);
        return new Source("web", Path.of("content/sources/web.md"), fm, body, 1, "", List.of());
    }

    private static List<String> detected(String body) {
        return FurnitureDetector.detect(source(body, null, null)).stream()
                .map(s -> body.substring(s.start(), s.end())).toList();
    }

    private static final String ARTICLE = "At least 161 civilians were killed in Khojaly, according to Human Rights Watch.\n\n"
            + "The town of about 7,000 people was destroyed. Survivors described the night in detail to reporters.\n\n"
            + "The report was published in 1993 and is still cited by historians today.\n\n";

    @Test
    void aQuoteStopsWhereFurnitureStartsMidSentence() {
        // an editor's mark can start inside a sentence, even inside a word (the fuzzer found one): the sentence ends
        // where the furniture begins, so the first figure is kept and the second, whose noun is in the furniture, is not
        String body = "At least 161 civilians were killed, and 150 peEmbedded post qqqqople’s whereabouts are still unknown.";
        int mark = body.indexOf("Embedded post");
        Source s = source(body, false, null).withFurniture(List.of(new TextSpan(mark, body.length(), "Embedded post", "editor")));
        Extraction x = ClaimExtractorSpecTest.extractor().extract(s);
        assertEquals(List.of("At least 161 civilians were killed"), x.claims().stream().map(c -> c.quote()).toList());
        assertTrue(x.claims().stream().noneMatch(c -> s.inFurniture(c.start(), c.end())));
    }

    @Test
    void marksRelatedPostsAndEverythingAfter() {
        String body = ARTICLE + "Related posts\n\n10 planets where there is life!\n\nLeave a Comment";
        assertEquals(List.of("Related posts\n\n10 planets where there is life!\n\nLeave a Comment"), detected(body));
    }

    @Test
    void aRelatedListHeadedByAPictogramIsStillFurniture() {
        String body = ARTICLE + "📎 Related news\n› 20.02 — A town remembers its 300 dead";
        assertEquals(List.of("📎 Related news\n› 20.02 — A town remembers its 300 dead"), detected(body));
    }

    @Test
    void marksACommentSection() {
        String body = ARTICLE + "Leave a Reply\nYour email address will not be published. 3 comments";
        assertEquals(List.of("Leave a Reply\nYour email address will not be published. 3 comments"), detected(body));
    }

    @Test
    void marksShareCookieSubscriptionAndBylineLines() {
        String body = "By Jane Smith\n5 min read\n" + ARTICLE + "Share on Facebook\nWe use cookies to improve your experience.\n"
                + "Subscribe to our newsletter\n\nThe end of the article text comes here in a full sentence.";
        List<String> got = detected(body);
        assertTrue(got.contains("By Jane Smith"), got::toString);
        assertTrue(got.contains("5 min read"), got::toString);
        assertTrue(got.contains("Share on Facebook"), got::toString);
        assertTrue(got.contains("We use cookies to improve your experience."), got::toString);
        assertTrue(got.contains("Subscribe to our newsletter"), got::toString);
        assertTrue(got.stream().noneMatch(s -> s.contains("161")), got::toString);
    }

    @Test
    void marksANavigationMenu() {
        String body = "Home\nNews\nPolitics\nSociety\nContact\n\n" + ARTICLE;
        assertEquals(List.of("Home\nNews\nPolitics\nSociety\nContact"), detected(body));
        String bar = "Home | News | World | Opinion | Contact\n\n" + ARTICLE;
        assertEquals(List.of("Home | News | World | Opinion | Contact"), detected(bar));
    }

    @Test
    void aLineOfCountsBetweenDotsIsNoMenu() {
        String counts = "Burned in the village:\n9 schools · 4 clubs · 12 libraries · 2 museums\n\n";
        assertEquals(List.of(), detected(counts + ARTICLE));
        // links between dots stay a menu, even with a number in one of them
        String bar = "Home · 2024 Archive · Opinion · Contact\n\n";
        assertEquals(List.of("Home · 2024 Archive · Opinion · Contact"), detected(bar + ARTICLE));
    }

    @Test
    void aTableWithManyColumnsIsNoMenu() {
        String table = "| Source | Year | Killed | Wounded | Missing |\n|---|---|---|---|---|\n| Red Crescent | 1993 | 310 | 95 | 40 |\n\n";
        assertEquals(List.of(), detected(table + ARTICLE));
        // a bar of links between pipes, with no separator row under it, stays a menu
        String bar = "| Home | News | World | Opinion | Contact |\n\n" + ARTICLE;
        assertEquals(List.of("| Home | News | World | Opinion | Contact |"), detected(bar));
    }

    @Test
    void marksAnEmbeddedSocialPostToTheEndOfItsParagraph() {
        String body = ARTICLE + "Jane Doe on X: \"613 people were killed. #Khojaly\"\n\nThe text goes on after the post here.";
        assertEquals(List.of("Jane Doe on X: \"613 people were killed. #Khojaly\""), detected(body));
    }

    private static List<String> detectedIn(String kind, String body) {
        FrontMatter fm = new FrontMatter("T", null, null, "2024", kind, "en", null, null, null, Map.of(), null, List.of());
        Source s = new Source("post", Path.of("content/sources/post.md"), fm, body, 1, "", List.of());
        return FurnitureDetector.detect(s).stream().map(t -> body.substring(t.start(), t.end())).toList();
    }

    private static final String THREAD = "Aid Monitor @aidmonitor\n"
            + "1/2 Our teams counted 240 wounded in the camp tonight. https://t.co/x1y2z3\n\n"
            + "Aid Monitor @aidmonitor · Mar 3\n"
            + "2/2 Thanks @reliefdesk for the update: 35 children are still missing.\n\n"
            + "Dr. K. Amadi @kamadi · Mar 3\n"
            + "Replying to @aidmonitor\n"
            + "The clinic logged over 300 injured by noon.";

    @Test
    void aThreadKeepsItsPostsAndDropsOnlyTheirHeaderLines() {
        assertEquals(List.of("Aid Monitor @aidmonitor", "Aid Monitor @aidmonitor · Mar 3", "Dr. K. Amadi @kamadi · Mar 3", "Replying to @aidmonitor"),
                detectedIn("social-post", THREAD));
    }

    @Test
    void aPageThatOpensWithAPostHeaderIsAPostWhateverItsKind() {
        assertEquals(List.of("Aid Monitor @aidmonitor", "Aid Monitor @aidmonitor · Mar 3", "Dr. K. Amadi @kamadi · Mar 3", "Replying to @aidmonitor"),
                detectedIn("other", THREAD));
    }

    @Test
    void aPostEmbeddedInAnArticleIsStillFurniture() {
        String body = ARTICLE + "Aid Monitor @aidmonitor · Mar 3\nOur teams counted 240 wounded in the camp tonight.\n\nThe article goes on here.";
        assertEquals(List.of("Aid Monitor @aidmonitor · Mar 3\nOur teams counted 240 wounded in the camp tonight."), detectedIn("news-report", body));
    }

    @Test
    void aSentenceThatMentionsAHandleIsNoPostHeader() {
        assertTrue(FurnitureDetector.isPostHeader("Jane Doe @jdoe"));
        assertTrue(FurnitureDetector.isPostHeader("**Jane Doe** @jdoe · Feb 26, 2024"));
        assertTrue(!FurnitureDetector.isPostHeader("Thanks @reliefdesk for the update: 35 children are still missing."));
        assertTrue(!FurnitureDetector.isPostHeader("Over 300 injured, says @kamadi"));
    }

    @Test
    void findsNothingInPlainText() {
        assertEquals(List.of(), detected(ARTICLE));
    }

    @Test
    void anEditorTurnsDetectionOffOrKeepsText() {
        String body = ARTICLE + "Related posts\n\nMore text";
        assertEquals(List.of(), FurnitureDetector.detect(source(body, false, null)));
        assertEquals(List.of(), FurnitureDetector.detect(source(body, null, List.of("Related posts"))));
    }

    @Test
    void detectedSpansAreMarkedAsDetected() {
        String body = ARTICLE + "Related posts\n\nMore";
        List<TextSpan> spans = FurnitureDetector.detect(source(body, null, null));
        assertEquals("detected", spans.get(0).origin());
    }

    @Test
    void numbersInDetectedFurnitureAreNeverClaims() {
        String body = ARTICLE + "Related posts\n\n613 people were killed in Khojaly, a new book says\n\nLeave a Comment";
        Source s = source(body, null, null);
        s = s.withFurniture(FurnitureDetector.detect(s));
        Extraction x = ClaimExtractorSpecTest.extractor().extract(s);
        assertTrue(x.claims().stream().noneMatch(c -> c.value().intValue() == 613), x.claims()::toString);
        assertTrue(x.decisions().stream().anyMatch(d -> d.text().equals("613") && "furniture".equals(d.reason())), x.decisions()::toString);
    }

    @Test
    void theSeedsGetNoFurnitureBeyondTheEditorsMarks() {
        LoadedArchive loaded = ArchiveLoader.load(SeedScoreTest.projectDir().resolve("content"));
        for (Source s : loaded.archive().sources()) {
            assertTrue(s.furniture().stream().noneMatch(t -> t.origin().equals("detected")),
                    () -> s.slug() + ": " + s.furniture().stream().map(t -> s.body().substring(t.start(), t.end())).toList());
        }
        List<NumberDecision> ds = loaded.archive().decisionsOf("afandiyev-article-2024");
        assertTrue(ds.stream().anyMatch(d -> d.text().equals("10") && "furniture".equals(d.reason())), ds::toString);
    }
}
