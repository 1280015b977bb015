package org.sourcebook.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebook.content.Source;
import org.sourcebook.model.Archive;
import org.sourcebook.model.Claim;
import org.sourcebook.site.SiteFile;

/**
 * The search index of an archive. {@code serve} keeps one: after a source changes, {@link #update}
 * makes the documents of that source (and the facts') again, and only the index files whose bytes
 * change are new. An unchanged source keeps its objects across updates, so it is found by identity.
 */
public final class ArchiveIndex {
    private final SearchIndex index;
    /** What each source's group was made from: the source and its claims (group {@code i + 1}). */
    private final List<Source> sources = new ArrayList<>();
    private final List<List<Claim>> claims = new ArrayList<>();
    /** The facts' documents (group 0) as indexed. */
    private List<SearchDoc> factDocs;

    private ArchiveIndex(Archive archive) {
        List<Source> all = archive.sources();
        // group 0: the facts; then each source's documents, made on every core
        this.index = SearchIndex.ofGroups(1 + all.size(),
                g -> g == 0 ? archive.schema().all().size() : SearchDocs.count(archive, all.get(g - 1)),
                g -> g == 0 ? SearchDocs.facts(archive) : SearchDocs.ofSource(archive, all.get(g - 1)), SearchIndex.Limits.DEFAULT);
        factDocs = SearchDocs.facts(archive);
        remember(archive);
    }

    public static ArchiveIndex of(Archive archive) {
        return new ArchiveIndex(archive);
    }

    /**
     * The files of the index of {@code archive} for a build, which writes them once: the same
     * files as {@link #of}'s, made keeping only the term shards in memory; each document chunk
     * is made from its source's documents when it is written ({@link SearchIndex#filesOnce}).
     */
    public static List<SearchIndex.IndexFile> filesOnce(Archive archive) {
        List<Source> all = archive.sources();
        return SearchIndex.filesOnce(1 + all.size(),
                g -> g == 0 ? archive.schema().all().size() : SearchDocs.count(archive, all.get(g - 1)),
                g -> g == 0 ? SearchDocs.facts(archive) : SearchDocs.ofSource(archive, all.get(g - 1)), SearchIndex.Limits.DEFAULT);
    }

    /**
     * Brings the index up to {@code archive}, which has the same sources (some of them changed).
     *
     * @return the paths of the index files whose bytes changed or that are new
     */
    public Set<String> update(Archive archive) {
        List<Source> now = archive.sources();
        if (now.size() != sources.size()) {
            throw new IllegalArgumentException("the index of " + sources.size() + " sources cannot be updated to "
                    + now.size() + ": build it again");
        }
        Map<Integer, List<SearchDoc>> changed = new HashMap<>();
        List<SearchDoc> facts = SearchDocs.facts(archive);
        if (!facts.equals(factDocs)) {
            changed.put(0, facts);
        }
        factDocs = facts;
        for (int i = 0; i < now.size(); i++) {
            Source s = now.get(i);
            if (!s.slug().equals(sources.get(i).slug())) {
                throw new IllegalArgumentException("source " + s.slug() + " is where " + sources.get(i).slug()
                        + " was: build the index again");
            }
            List<Claim> cs = archive.claimsOf(s.slug());
            if (s != sources.get(i) || cs != claims.get(i)) {
                changed.put(i + 1, SearchDocs.ofSource(archive, s));
                sources.set(i, s);
                claims.set(i, cs);
            }
        }
        return index.replace(changed);
    }

    private void remember(Archive archive) {
        sources.clear();
        claims.clear();
        for (Source s : archive.sources()) {
            sources.add(s);
            claims.add(archive.claimsOf(s.slug()));
        }
    }

    /** True when the last {@link #update} left the index with the same files (paths), some of them with new bytes. */
    public boolean samePaths() {
        return index.samePaths();
    }

    /** The files of the index at {@code paths} (paths {@link #update} returned). */
    public List<SiteFile> files(java.util.Collection<String> paths) {
        return index.files(paths);
    }

    /** Every file of the index. */
    public List<SiteFile> files() {
        return index.files();
    }
}
