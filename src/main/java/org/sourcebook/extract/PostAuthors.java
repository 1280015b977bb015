package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.content.FurnitureDetector;
import org.sourcebook.content.Source;

/**
 * Who wrote each post of a page that is itself a social post or thread: the handle of the post's
 * header line ("Jane Doe @jdoe · Feb 26"). The page's own account is the author of its first post;
 * a figure in a reply by another account is that account's, unless the post credits it to someone
 * else ("@jdoe: HRW said at least 172" stays Human Rights Watch's).
 */
final class PostAuthors {
    private static final Pattern HANDLE = Pattern.compile("@[\\w.]+");
    private static final PostAuthors NONE = new PostAuthors(LineMarks.NONE, null);

    /** Each header: its line start and handle, in text order. */
    private final LineMarks headers;
    private final String own;

    private PostAuthors(LineMarks headers, String own) {
        this.headers = headers;
        this.own = own;
    }

    /** The posts of {@code body}; none unless the page is a post (its kind says so, or it opens with a post's header). */
    static PostAuthors of(String body, Source source) {
        List<LineMarks.Mark> headers = new ArrayList<>();
        boolean first = true;
        boolean afterHeader = false;
        boolean postPage = source != null && "social-post".equals(source.meta().kind());
        int s = 0;
        while (s < body.length()) {
            int nl = body.indexOf('\n', s);
            int e = nl < 0 ? body.length() : nl;
            String line = body.substring(s, e);
            if (!line.isBlank()) {
                // a header holds its handle's '@' (the pattern asks for one): a line without one is none, not matched
                boolean header = line.indexOf('@') >= 0 && FurnitureDetector.isPostHeader(line);
                if (first && header) {
                    postPage = true;
                }
                first = false;
                // only the first line of a header names the author ("Replying to @x" under it names whom it answers)
                if (header && !afterHeader) {
                    Matcher m = HANDLE.matcher(line);
                    if (m.find()) {
                        headers.add(new LineMarks.Mark(s, m.group()));
                    }
                }
                afterHeader = header;
            }
            s = e + 1;
        }
        if (!postPage || headers.isEmpty()) {
            return NONE;
        }
        return new PostAuthors(new LineMarks(headers), headers.get(0).label());
    }

    /**
     * The thread's opening post, {start, end}, when {@code at} is in a reply to it (a post after the first), else
     * null: what a reply answers when it opens with a bare figure ("How many died?" over a reply "580.").
     */
    int[] openingPostBefore(int at) {
        List<LineMarks.Mark> marks = headers.marks();
        return marks.size() < 2 || at < marks.get(1).start() ? null : new int[] {marks.get(0).start(), marks.get(1).start()};
    }

    /** Whether a post's header line starts at {@code lineStart}. */
    boolean headerAt(int lineStart) {
        return headers.marks().stream().anyMatch(m -> m.start() == lineStart);
    }

    /** The handle of another account whose post holds {@code at}, or null (the page's own post, or no post). */
    String otherAuthorAt(int at) {
        String author = headers.labelAt(at);
        return author == null || author.equalsIgnoreCase(own) ? null : author;
    }
}
