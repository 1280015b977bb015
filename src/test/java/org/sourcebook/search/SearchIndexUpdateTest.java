package org.sourcebook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.sourcebook.site.SiteFile;

/** serve replaces a few groups of documents in the index it keeps: the files must be those of a new build. */
class SearchIndexUpdateTest {
    private static final SearchIndex.Limits LIMITS = new SearchIndex.Limits(4_000, 3_000, 2_000, 500_000);
    private static final String[] WORDS = {"khojaly", "hostage", "hostages", "killed", "families", "children", "town",
        "night", "xocalı", "café", "1,275", "613", "report", "statement", "wiped", "out", "elderly", "taken"};

    private static List<SearchDoc> group(Random rnd, int g, int docs, int variant) {
        List<SearchDoc> out = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            StringBuilder text = new StringBuilder();
            int words = 5 + rnd.nextInt(60);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(rnd.nextInt(8) == 0 ? "w" + g + "x" + variant + "y" + rnd.nextInt(30)
                        : WORDS[rnd.nextInt(WORDS.length)]);
            }
            String kind = d == 0 ? "source" : d % 3 == 0 ? "quote" : "text";
            out.add(new SearchDoc(kind, "Source " + g + " " + WORDS[g % WORDS.length], "sources/s" + g + ".html",
                    text.toString(), kind.equals("quote") ? "Source " + g : null, d % 4 == 0 ? List.of(1, 3) : List.of()));
        }
        return out;
    }

    private static Map<String, byte[]> files(SearchIndex index) {
        Map<String, byte[]> out = new TreeMap<>();
        for (SiteFile f : index.files()) {
            out.put(f.path(), f.bytes());
        }
        return out;
    }

    @Test
    void replacingGroupsGivesTheFilesOfANewBuildAndNamesEveryFileThatChanged() {
        Random rnd = new Random(3);
        int groups = 60;
        List<List<SearchDoc>> docs = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            docs.add(group(new Random(g), g, 1 + new Random(g).nextInt(20), 0));
        }
        SearchIndex live = SearchIndex.ofGroups(groups, g -> docs.get(g).size(), docs::get, LIMITS);
        for (int r = 1; r <= 25; r++) {
            int round = r;
            Map<String, byte[]> before = files(live);
            Map<Integer, List<SearchDoc>> changed = new HashMap<>();
            int n = 1 + rnd.nextInt(2);
            for (int i = 0; i < n; i++) {
                int g = rnd.nextInt(groups);
                // sizes around a multiple of the id step, so that some rounds move the ids after the group
                int size = round % 5 == 0 ? 1 + rnd.nextInt(40) : Math.max(1, docs.get(g).size() + rnd.nextInt(3) - 1);
                List<SearchDoc> next = round % 7 == 0 ? docs.get(g) : group(new Random(g * 1000L + round), g, size, round);
                docs.set(g, next);
                changed.put(g, next);
            }
            Set<String> fresh = live.replace(changed);
            Map<String, byte[]> after = files(live);
            Map<String, byte[]> full = files(SearchIndex.ofGroups(groups, g -> docs.get(g).size(), docs::get, LIMITS));
            assertEquals(full.keySet(), after.keySet(), "round " + round + ": the same files");
            full.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), "round " + round + ": " + path));
            Set<String> differ = new TreeSet<>();
            after.forEach((path, bytes) -> {
                if (!before.containsKey(path) || !java.util.Arrays.equals(before.get(path), bytes)) {
                    differ.add(path);
                }
            });
            assertEquals(differ, fresh, "round " + round + ": the files said to have changed");
            // serve asks for the fresh files alone, and keeps its list of paths while they stay the same
            assertEquals(before.keySet().equals(after.keySet()), live.samePaths(), "round " + round + ": the same paths");
            for (SiteFile f : live.files(fresh)) {
                assertArrayEquals(after.get(f.path()), f.bytes(), "round " + round + ": " + f.path() + " asked for alone");
            }
            assertEquals(fresh.size(), live.files(fresh).size());
            if (round % 7 == 0) {
                assertTrue(fresh.isEmpty(), "the same documents again change nothing: " + fresh);
            }
        }
    }

    @Test
    void anIndexMadeOnceWritesTheFilesOfTheIndexServeKeeps() {
        int groups = 40;
        List<List<SearchDoc>> docs = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            // some groups fill several chunks (LIMITS.chunkMax is 2,000 bytes)
            docs.add(group(new Random(g), g, 1 + new Random(g).nextInt(g % 5 == 0 ? 90 : 20), 0));
        }
        List<Integer> asked = java.util.Collections.synchronizedList(new ArrayList<>());
        List<SearchIndex.IndexFile> once = SearchIndex.filesOnce(groups, g -> docs.get(g).size(), g -> {
            asked.add(g);
            return docs.get(g);
        }, LIMITS);
        assertEquals(groups, asked.size(), "each group's documents are made once while the index is made");
        Map<String, byte[]> kept = files(SearchIndex.ofGroups(groups, g -> docs.get(g).size(), docs::get, LIMITS));
        Map<String, byte[]> written = new TreeMap<>();
        for (SearchIndex.IndexFile f : once) {
            written.put(f.path(), f.bytes().get());
        }
        assertEquals(kept.keySet(), written.keySet());
        kept.forEach((path, bytes) -> assertArrayEquals(bytes, written.get(path), path));
        assertTrue(written.keySet().stream().filter(p -> p.startsWith(SearchIndex.DIR + "d")).count() > groups,
                "some groups have several chunks: " + written.size());
    }
}
