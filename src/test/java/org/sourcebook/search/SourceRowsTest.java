package org.sourcebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.build.SiteBuilder;
import org.sourcebook.model.Archive;
import org.sourcebook.site.SiteFile;
import org.sourcebook.site.SitePaths;
import org.sourcebook.site.ViewFactory;
import org.sourcebook.testutil.Project;

/** The sources index's rows and the posting files of its filter options agree, and every file stays small. */
class SourceRowsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    static Map<String, SiteFile> files = new HashMap<>();
    static JsonNode meta;

    @BeforeAll
    static void build() throws IOException {
        Path content = tmp.resolve("content");
        new CorpusGenerator(11).write(Project.content(), content, 1_100);
        Archive archive = SiteBuilder.check(content).archive();
        ViewFactory views = new ViewFactory(archive);
        for (SiteFile f : SourceRows.files(archive, s -> views.sourceRef(s, SitePaths.sources()))) {
            files.put(f.path(), f);
        }
        meta = data(files.get(SourceRows.META));
    }

    /** The JSON a script file registers ({@code SB_SEARCH.add(kind,n,DATA);}). */
    static JsonNode data(SiteFile f) throws IOException {
        String text = text(f);
        int start = text.indexOf(',', text.indexOf(',') + 1) + 1;
        return JSON.readTree(text.substring(start, text.lastIndexOf(')')));
    }

    static String body(SiteFile f) {
        String text = text(f);
        return text.substring(text.indexOf(',', text.indexOf(',') + 1) + 1, text.lastIndexOf(')'));
    }

    @Test
    void postingFilesListExactlyTheRowsWithEachOption() throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        int n = meta.get("files").asInt();
        assertTrue(n >= 5, "several row files: " + n);
        for (int i = 0; i < n; i++) {
            SiteFile f = files.get(SearchIndex.DIR + "s" + i + ".js");
            assertEquals(meta.get("sizes").get(i).asInt(), f.bytes().length, f.path() + ": the size the meta file gives");
            data(f).get("rows").forEach(rows::add);
        }
        assertEquals(1_100, rows.size());
        assertEquals(1_100, meta.get("total").asInt());
        int[] column = {6, 4, 8, 9};
        for (int f = 0; f < SourceRows.FACETS.size(); f++) {
            JsonNode options = meta.get("facets").get(SourceRows.FACETS.get(f));
            int covered = 0;
            for (int i = 0; i < options.size(); i++) {
                String value = options.get(i).get(0).asText();
                List<Integer> expected = new ArrayList<>();
                for (int r = 0; r < rows.size(); r++) {
                    JsonNode cell = rows.get(r).get(column[f]);
                    if ((cell.isNull() ? "" : cell.asText()).equals(value)) {
                        expected.add(r);
                    }
                }
                List<Integer> posted = new ArrayList<>();
                JsonNode sizes = options.get(i).get(2);
                for (int r = 0; r < sizes.size(); r++) {
                    SiteFile p = files.get(SearchIndex.DIR + "p" + SourceRows.LETTERS.charAt(f) + i + "-" + r + ".js");
                    assertEquals(sizes.get(r).asInt(), p == null ? 0 : p.bytes().length, "size of posting " + value);
                    if (p != null) {
                        posted.addAll(decode(body(p), r * SourceRows.RANGE));
                    }
                }
                assertEquals(expected, posted, SourceRows.FACETS.get(f) + " = '" + value + "'");
                assertEquals(expected.size(), options.get(i).get(1).asInt(), "count of " + value);
                covered += expected.size();
            }
            assertEquals(rows.size(), covered, "every row has one option of " + SourceRows.FACETS.get(f));
        }
    }

    @Test
    void everyFileStaysSmall() {
        for (SiteFile f : files.values()) {
            assertTrue(f.bytes().length <= 100_000, f.path() + " has " + f.bytes().length + " bytes");
        }
    }

    @Test
    void aPostingFileOfAFullRangeIsAtMostAbout11KBAtAnyDensityAndReadsBack() {
        Random rnd = new Random(3);
        for (double density : new double[] {1.0, 0.5, 0.1, 1.0 / 12, 0.05, 0.01, 0.0001}) {
            List<Integer> rows = new ArrayList<>();
            int from = 2 * SourceRows.RANGE;
            for (int r = from; r < from + SourceRows.RANGE; r++) {
                if (rnd.nextDouble() < density) {
                    rows.add(r);
                }
            }
            if (rows.isEmpty()) {
                rows.add(from + 17);
            }
            SiteFile p = SourceRows.posting("y0-2", rows, from, from + SourceRows.RANGE);
            assertTrue(p.bytes().length <= SourceRows.RANGE / 6 + 60, "density " + density + ": " + p.bytes().length + " bytes");
            assertEquals(rows, decode(body(p), from), "density " + density);
        }
    }

    /** The row numbers a posting file's data holds ({@code d} or {@code b}, read as {@code filters.js} reads it: the reference the posting files are checked against). */
    private static List<Integer> decode(String body, int from) {
        List<Integer> out = new ArrayList<>();
        try {
            Map<?, ?> data = new ObjectMapper().readValue(body, Map.class);
            if (data.get("d") instanceof List<?> gaps) {
                int at = from;
                for (Object g : gaps) {
                    at += ((Number) g).intValue();
                    out.add(at);
                }
            } else {
                String b = (String) data.get("b");
                for (int c = 0; c < b.length(); c++) {
                    int v = SourceRows.B64.indexOf(b.charAt(c));
                    for (int i = 0; i < 6; i++) {
                        if ((v & (1 << i)) != 0) {
                            out.add(from + c * 6 + i);
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a posting: " + body, e);
        }
        return out;
    }

    private static String text(SiteFile f) {
        return new String(f.bytes(), StandardCharsets.UTF_8);
    }
}
