package org.sourcebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sourcebook.site.SiteFile;

class SearchIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON a file passes to SB_SEARCH.add(kind, n, data). */
    private static JsonNode data(SiteFile f) throws Exception {
        String s = new String(f.bytes(), StandardCharsets.UTF_8);
        int start = s.indexOf(',', s.indexOf(',') + 1) + 1;
        return JSON.readTree(s.substring(start, s.lastIndexOf(");")));
    }

    private static List<SearchDoc> docs(int n) {
        List<SearchDoc> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new SearchDoc("quote", "Doc " + i, "sources/s" + i + ".html",
                    "common word" + i + " alpha" + (i % 50) + " beta" + (i % 7), null, List.of()));
        }
        return out;
    }

    @Test
    void everyTermIsInTheShardOfItsLongestKeyAndFilesStayWithinLimits() throws Exception {
        SearchIndex.Limits limits = new SearchIndex.Limits(4_000, 3_000, 2_000, 500_000);
        List<SiteFile> files = new SearchIndex(docs(2_000), limits).files();
        JsonNode man = data(files.get(0));
        String[] keys = man.get("keys").asText().split(" ", -1);
        assertTrue(keys.length > 10, "split into shards: " + keys.length);
        Map<String, JsonNode> shards = new TreeMap<>();
        for (SiteFile f : files) {
            String name = f.path().substring(SearchIndex.DIR.length());
            if (name.startsWith("t")) {
                assertTrue(f.bytes().length <= limits.shardMax(), f.path() + ": " + f.bytes().length);
                shards.put(keys[Integer.parseInt(name.substring(1, name.length() - 3))], data(f));
            } else if (name.startsWith("d")) {
                assertTrue(f.bytes().length <= limits.chunkMax(), f.path() + ": " + f.bytes().length);
            }
        }
        for (String term : List.of("common", "word1999", "alpha49", "beta6", "doc")) {
            String best = null;
            for (String k : keys) {
                if (term.startsWith(k) && (best == null || k.length() > best.length())) {
                    best = k;
                }
            }
            assertTrue(best != null && shards.get(best).has(term), term + " is not in shard '" + best + "'");
        }
        JsonNode common = shards.values().stream().filter(s -> s.has("common")).findFirst().orElseThrow().get("common");
        assertEquals(2_000, common.get(0).asInt(), "df stays the true count when postings are cut");
        assertTrue(common.size() < 1 + 2 * 2_000, "a term over termMax keeps only its best documents");
    }

    @Test
    void linksMustBeRelativeToTheSiteRoot() {
        assertThrows(IllegalArgumentException.class, () -> new SearchDoc("fact", "x", "/facts/x.html", "", null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SearchDoc("fact", "x", "https://e.org/", "", null, List.of()));
    }

    @Test
    void theChunkMapsLeadEveryDocumentToTheChunkThatHoldsIt() throws Exception {
        // enough documents for several maps, in groups of different sizes (ids rounded up to 16 per group)
        List<List<SearchDoc>> groups = new ArrayList<>();
        int all = 0;
        for (int g = 0; all < 3 * SearchIndex.MAP_SPAN; g++) {
            List<SearchDoc> docs = docs(1 + g % 37);
            groups.add(docs);
            all += Group.ids(docs.size());
        }
        SearchIndex index = SearchIndex.ofGroups(groups.size(), g -> groups.get(g).size(), groups::get, SearchIndex.Limits.DEFAULT);
        Map<String, JsonNode> byPath = new TreeMap<>();
        for (SiteFile f : index.files()) {
            byPath.put(f.path(), data(f));
            if (f.path().startsWith(SearchIndex.DIR + "c")) {
                assertTrue(f.bytes().length <= 4_000, f.path() + " has " + f.bytes().length + " bytes");
            }
        }
        JsonNode man = byPath.get(SearchIndex.DIR + "manifest.js");
        assertEquals(SearchIndex.MAP_SPAN, man.get("mapSpan").asInt());
        int maps = man.get("maps").size();
        assertTrue(maps >= 3, "several chunk maps: " + maps);
        assertTrue(man.toString().length() < 5_000, "the manifest does not grow with the chunks: " + man.toString().length());
        // every document, found as search.js finds it: its range's map, the last start at or before it, that chunk's row
        int base = 0;
        int found = 0;
        for (List<SearchDoc> docs : groups) {
            for (int k = 0; k < docs.size(); k++) {
                int id = base + k;
                JsonNode map = byPath.get(SearchIndex.DIR + "c" + id / SearchIndex.MAP_SPAN + ".js");
                int start = -1;
                for (int i = 0, at = 0; i < map.size(); i++) {
                    at += map.get(i).asInt();
                    if (at <= id) {
                        start = at;
                    }
                }
                JsonNode chunk = byPath.get(SearchIndex.DIR + "d" + start + ".js");
                assertTrue(chunk != null && id - start < chunk.size(), "document " + id + " is not in chunk " + start);
                assertEquals(docs.get(k).title(), chunk.get(id - start).get(1).asText(), "document " + id);
                found++;
            }
            base += Group.ids(docs.size());
        }
        assertEquals(groups.stream().mapToInt(List::size).sum(), found);
    }

    @Test
    void aQuoteIsFoundByItsOwnWordsNotByTheContextShownAroundIt() throws Exception {
        // "63 children" found the claims of 106 women and 70 elderly people of the same sentence:
        // their documents held the text around their quotes and were searched whole
        String text = "613 people, including 106 women, 63 children and 70 elderly people";
        int at = text.indexOf("106 women");
        List<SearchDoc> docs = List.of(new SearchDoc("quote", "Women killed: 106", "sources/a.html#c-w", text, "A source", List.of(),
                at, at + "106 women".length()));
        List<SiteFile> files = new SearchIndex(docs, SearchIndex.Limits.DEFAULT).files();
        Map<String, Integer> df = new TreeMap<>();
        JsonNode row = null;
        for (SiteFile f : files) {
            String name = f.path().substring(SearchIndex.DIR.length());
            if (name.startsWith("t")) {
                data(f).fields().forEachRemaining(e -> df.put(e.getKey(), e.getValue().get(0).asInt()));
            } else if (name.startsWith("d")) {
                row = data(f).get(0);
            }
        }
        assertTrue(df.containsKey("106") && df.containsKey("women"), "its quote: " + df.keySet());
        assertTrue(df.containsKey("killed") && df.containsKey("source"), "its title and source: " + df.keySet());
        for (String context : List.of("63", "children", "elderly", "613")) {
            assertTrue(!df.containsKey(context), context + " is context, shown but not searched: " + df.keySet());
        }
        assertEquals(text, row.get(3).asText(), "the context is shown");
        assertEquals(List.of(at, at + 9), List.of(row.get(6).get(0).asInt(), row.get(6).get(1).asInt()),
                "the row says where the quote is, for the snippet to mark only its words");
    }

    @Test
    void aQuotesSpanInItsOneLinedContextIsWhereTheQuoteIs() {
        char[] body = "Before it.\n\nIn  all,\n613 people were\n  killed, including 63\nchildren.".toCharArray();
        String b = new String(body);
        int qs = b.indexOf("63\n");
        int[] span = {qs, qs + "63\nchildren".length()};
        String line = SearchDocs.oneLine(body, b.indexOf("In"), body.length, new char[body.length], span);
        assertEquals("In all, 613 people were killed, including 63 children.", line);
        assertEquals("63 children", line.substring(span[0], span[1]));
    }
}
