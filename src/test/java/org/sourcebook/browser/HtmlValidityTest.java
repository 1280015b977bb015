package org.sourcebook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Nu HTML Checker, in-process, on every generated page: no error. Needs no browser. */
class HtmlValidityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPageIsValidHtml() throws Exception {
        BuiltSite site = BuiltSite.real();
        EmbeddedValidator validator = validator();
        List<String> pages = site.pages();
        assertTrue(pages.size() > 10, "the site has pages: " + pages);
        List<String> errors = new ArrayList<>();
        for (String p : pages) {
            errors.addAll(errors(p, validator.validate(site.dir.resolve(p))));
        }
        assertEquals(List.of(), errors, "Nu HTML Checker errors");
    }

    @Test
    void theCheckerReportsABrokenPage(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p></span></body></html>");
        assertFalse(errors("bad.html", validator().validate(bad)).isEmpty(), "a page with stray end tags must fail");
    }

    private static EmbeddedValidator validator() {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        return validator;
    }

    private static List<String> errors(String page, String report) throws Exception {
        List<String> errors = new ArrayList<>();
        for (JsonNode m : JSON.readTree(report).path("messages")) {
            if ("error".equals(m.path("type").asText()) || "non-document-error".equals(m.path("type").asText())) {
                errors.add(page + ":" + m.path("lastLine").asText() + ": " + m.path("message").asText()
                        + " [" + m.path("extract").asText().strip() + "]");
            }
        }
        return errors;
    }
}
