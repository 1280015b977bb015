package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.build.LoadedArchive;
import org.sourcebook.model.Claim;
import org.sourcebook.testutil.Project;

/**
 * The extractor on statements written blind, by people who had not read its code, in the genres of
 * issue 3 (encyclopedia entries, rights reports, ministry statements, wire reports, resolutions,
 * web pages with furniture, social posts), with gold claims by FACTS.md. Each set's sources are
 * built with the real facts.yaml and extraction.yaml (no overrides) and scored as score-claims
 * does. The floors are the scores reached so far, less a small margin: a change that loses
 * held-out claims fails here. Set A was the development set of the extractor's changes; set B was
 * only scored while they were made (its per-claim report is printed, so it is not strictly
 * unseen); set C was written afterwards, blind, and scored once before and once after those
 * changes (f1 0.811 before, 0.893 after); sets A to C are development sets since: the rules added
 * against them are general ones, tested by spec cases in other wordings. Sets D and E were written
 * blind in the next round, by writers who read only FACTS.md and the seeds (D: f1 0.848, E: f1
 * 0.866 when written). D became a development set after the first changes of that round (C's fixes
 * had not moved it: 0.847). F and G were written blind later in that round (f1 0.778 and 0.856
 * with the extractor of its start), H and I at its end (0.877 and 0.804, scored once, after every
 * rule of the round). E and F became development sets at the start of the next round (f1 0.894 and
 * 0.826 then), when J and K were written blind (f1 0.887 and 0.888 with the extractor of that
 * round's start). G, H and I became development sets at the start of the round after that (f1
 * 0.900, 0.890 and 0.843 then), when L and M were written blind (f1 0.907 and 0.840 with the
 * extractor of that round's start). J, K, L and M are the measure of statements never seen:
 * whoever changes the extractor does not read their sources, gold or per-claim report.
 *
 * At the end of that round (its rules made against G, H and I) the blind sets scored f1 J 0.929,
 * K 0.919, L 0.919, M 0.872; L's attribution accuracy fell from 0.725 to 0.700 while its recall
 * rose (more claims matched, so more credits judged). L's attribution floor was lowered to 0.69,
 * the only floor ever lowered, and said so: finding which rule moved it would mean reading a blind
 * set, so nobody did.
 *
 * J, K and M became development sets at the start of the next round (f1 0.929, 0.919 and 0.872
 * then); L stays blind, and N and O were written blind in that round (20 statements each, 203 and
 * 192 gold claims) and scored once with the extractor of its start: f1 0.873 and 0.903. At the
 * end of that round (rules made against J, K and M) the blind sets scored f1 L 0.927, N 0.890,
 * O 0.932; O's attribution accuracy went from 0.780 to 0.773, so its attribution floor stayed at
 * 0.77 (not raised, not lowered). A short second pass in that round (recurring misses across
 * development sets, and credits) left the blind f1 as it was and raised attribution: L 0.718 to
 * 0.746, O 0.773 to 0.795 (N 0.861 unchanged); floors raised to those less 0.01.
 *
 * L, N and O became development sets at the start of the round after that (f1 0.927, 0.890 and
 * 0.932 then), when P and Q were written blind (20 statements each, 204 and 225 gold claims) and
 * scored once with the extractor of that round's start: f1 P 0.908, Q 0.905 (attribution 0.919,
 * 0.868); their floors are those less 0.01. Rules made against L, N and O (L 0.927 to 0.940, N
 * 0.890 to 0.975, O 0.932 to 0.982) moved them to P 0.910, Q 0.907. P and Q then became
 * development sets for a second pass of that round, when R and S were written blind (20
 * statements each, 190 and 174 gold claims) and scored once with the extractor of that pass's
 * start: f1 R 0.900, S 0.949 (attribution 0.788, 0.660); floors those less 0.01.
 * Rules made against P and Q in that pass (P 0.910 to 0.944, Q 0.907 to 0.941) left R at 0.900
 * and moved S to 0.946; their floors stay as set.
 *
 * R and S became development sets at the start of the next round (f1 0.900 and 0.946 then),
 * when T, U and V were written blind (20 statements each, 200, 190 and 197 gold claims; V on the
 * layouts converters leave: tables, bullets, footnotes, hard line breaks, fact-sheet lines) and
 * scored once with the extractor of that round's start: f1 T 0.878, U 0.901, V 0.900 (attribution
 * 0.750, 0.920, 0.842); floors those less 0.01. Rules made in that round against R and S (R 0.900
 * to 0.992, S 0.946 to 0.976) and against the misses, false alarms and credits of all development
 * sets moved them to T 0.880, U 0.907, V 0.921 (attribution 0.750, 0.920, 0.857): the general
 * recall rules (fact-sheet lines, dot leaders, keycap-numbered lines, a preposition after a
 * figure) moved V, whose writer was asked for the layouts converters leave; floors raised to
 * those less 0.01.
 *
 * T, U and V became development sets at the start of the next round (f1 0.880, 0.907 and 0.921
 * then), when W, X and Y were written blind (20 statements each, 160, 185 and 201 gold claims; W
 * spoken and translated texts, X web and social pages with their furniture, Y reference works and
 * records) and scored once with the extractor of that round's start (38bd0cb): f1 W 0.972, X
 * 0.957, Y 0.899 (attribution 0.619, 0.694, 0.444); floors those less 0.01. Rules made in that
 * round against T, U and V and the misses, false alarms and credits of all development sets (T
 * 0.880 to 0.985, U 0.907 to 0.987, V 0.921 to 0.995) left W, X and Y's precision and recall
 * exactly as they were and raised attribution W 0.619 to 0.643, Y 0.444 to 0.469; floors raised
 * to those less 0.01.
 *
 * W, X and Y became development sets at the start of the next round (f1 0.972, 0.957 and 0.899
 * then), when Z, AA and AB were written blind (20 statements each, 163, 157 and 180 gold claims;
 * Z reports, academic, legal and parliamentary writing, AA news in many styles and translations,
 * AB everyday and informal documents) and scored once with the extractor of that round's start
 * (896efb4): f1 Z 0.925, AA 0.897, AB 0.898 (attribution 0.607, 0.646, 0.627). Rules made in that
 * round against W, X and Y's misses, false alarms and credits by family of text (W, X, Y to f1
 * 1.000, 0.995, 1.000; attribution 0.910, 0.878, 0.847) moved Z, AA and AB to f1 0.925, 0.906,
 * 0.898 and attribution 0.738, 0.667, 0.627; floors those less 0.01.
 */
class HeldOutScoreTest {

    @ParameterizedTest(name = "{0}: f1 >= {1}, qualifiers >= {2}, attribution >= {3}")
    @CsvSource({
        "heldout,   0.987, 0.99, 0.99, development",
        "heldout-b, 0.975, 0.984, 0.99, development",
        "heldout-c, 0.99, 0.99, 0.99, development",
        "heldout-d, 0.971, 0.99, 0.931, development",
        "heldout-e, 0.984, 0.99, 0.947, development",
        "heldout-f, 0.967, 0.99, 0.976, development",
        "heldout-g, 0.982, 0.99, 0.899, development",
        "heldout-h, 0.979, 0.99, 0.973, development",
        "heldout-i, 0.937, 0.985, 0.971, development",
        "heldout-j, 0.98, 0.985, 0.978, development",
        "heldout-k, 0.977, 0.99, 0.961, development",
        "heldout-l, 0.972, 0.99, 0.926, development",
        "heldout-m, 0.974, 0.99, 0.941, development",
        "heldout-n, 0.968, 0.99, 0.978, development",
        "heldout-o, 0.979, 0.99, 0.968, development",
        "heldout-p, 0.965, 0.99, 0.964, development",
        "heldout-q, 0.956, 0.985, 0.963, development",
        "heldout-r, 0.985, 0.99, 0.941, development",
        "heldout-s, 0.972, 0.99, 0.95, development",
        "heldout-t, 0.975, 0.985, 0.969, development",
        "heldout-u, 0.977, 0.99, 0.99, development",
        "heldout-v, 0.987, 0.99, 0.925, development",
        "heldout-w, 0.99, 0.99, 0.9, development",
        "heldout-x, 0.985, 0.99, 0.868, development",
        "heldout-y, 0.99, 0.99, 0.888, development",
        "heldout-z, 0.978, 0.984, 0.882, development",
        "heldout-aa, 0.984, 0.99, 0.935, development",
        "heldout-ab, 0.987, 0.99, 0.828, development",
        "heldout-ac, 0.856, 0.99, 0.79, blind",
        "heldout-ad, 0.935, 0.99, 0.99, blind",
        "heldout-ae, 0.88, 0.975, 0.329, blind",
    })
    void heldOutStatementsScoreAtLeastTheirFloor(String set, double minF1, double minQualifiers, double minAttribution, String use,
                                                 @TempDir Path tmp) throws IOException {
        Path dir = Project.dir().resolve("src/test/resources").resolve(set);
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("sources"));
        for (String f : new String[] {"facts.yaml", "archive.yaml", "extraction.yaml"}) {
            if (Files.exists(Project.content().resolve(f))) {
                Files.copy(Project.content().resolve(f), content.resolve(f));
            }
        }
        try (Stream<Path> sources = Files.list(dir.resolve("sources"))) {
            for (Path p : sources.toList()) {
                Files.copy(p, content.resolve("sources").resolve(p.getFileName()));
            }
        }
        LoadedArchive loaded = ArchiveLoader.load(content);
        assertTrue(loaded.ok(), () -> "held-out content has errors: " + loaded.diagnostics());
        for (Claim c : loaded.archive().claims()) {
            String body = loaded.archive().expectSource(c.source()).body();
            assertTrue(body.substring(c.start(), c.end()).equals(c.quote()), () -> "offsets do not give the quote: " + c);
        }
        GoldScore score = GoldScore.of(GoldScore.readGold(dir.resolve("gold.jsonl")), loaded.archive().claims());
        // a blind set's misses and false alarms are not shown: whoever changes the extractor must not tune to them
        String report = set + ":\n" + (use.equals("blind") ? "" : score.report()) + score.line();
        System.out.println(report);
        assertTrue(score.f1() >= minF1 && score.qualifierAccuracy() >= minQualifiers && score.attributionAccuracy() >= minAttribution,
                () -> report);
    }
}
