package org.sourcebook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {

    @Test
    void splitsYamlFromBodyAndCountsLines() {
        SplitFile f = FrontMatterSplitter.split("---\ntitle: A\nkind: other\n---\nLine one.\n\nLine two.\n").orElseThrow();
        assertEquals("title: A\nkind: other\n", f.yaml());
        assertEquals("Line one.\n\nLine two.\n", f.body());
        assertEquals(5, f.bodyLine());
    }

    @Test
    void keepsLeadingBlankLinesOfTheBody() {
        SplitFile f = FrontMatterSplitter.split("---\ntitle: A\n---\n\n\nText").orElseThrow();
        assertEquals("\n\nText", f.body());
    }

    @Test
    void acceptsBomAndCrlfAndReadsLineEndsAsLf() {
        SplitFile f = FrontMatterSplitter.split("\uFEFF---\r\ntitle: A\r\n---\r\nOne\r\nTwo").orElseThrow();
        assertEquals("One\nTwo", f.body());
    }

    @Test
    void refusesTextWithoutFrontMatterOrUnclosedFence() {
        assertTrue(FrontMatterSplitter.split("Just text").isEmpty());
        assertTrue(FrontMatterSplitter.split("---\ntitle: A\nno closing fence").isEmpty());
    }

    @Test
    void aDashedLineInsideTheBodyStaysInTheBody() {
        SplitFile f = FrontMatterSplitter.split("---\ntitle: A\n---\nabove\n---\nbelow").orElseThrow();
        assertEquals("above\n---\nbelow", f.body());
    }
}
