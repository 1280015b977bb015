package org.sourcebook.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.sourcebook.content.TextSpan;

/**
 * Renders a source body (Markdown) to HTML with every claim's quote highlighted at its exact
 * offsets and page furniture set apart. Raw HTML in a source is shown as text, never run;
 * link targets other than http, https and mailto are dropped; links get rel="noopener noreferrer".
 */
public final class BodyRenderer {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private BodyRenderer() {
    }

    public static String render(String body, List<TextSpan> furniture, List<ClaimMark> marks) {
        StringBuilder html = new StringBuilder();
        int pos = 0;
        for (TextSpan f : furniture) {
            if (f.start() < pos) {
                continue;
            }
            html.append(renderSegment(body, pos, f.start(), marks));
            html.append("<aside class=\"furniture\" aria-label=\"Page furniture: ").append(Html.escape(f.label())).append("\">")
                    .append("<p class=\"furniture-label\">Page furniture (kept verbatim, not read for claims): ")
                    .append(Html.escape(f.label())).append("</p>")
                    .append(renderSegment(body, f.start(), f.end(), List.of()))
                    .append("</aside>\n");
            pos = f.end();
        }
        html.append(renderSegment(body, pos, body.length(), marks));
        return html.toString();
    }

    private static String renderSegment(String body, int from, int to, List<ClaimMark> marks) {
        if (from >= to) {
            return "";
        }
        String text = body.substring(from, to);
        Node doc = PARSER.parse(text);
        MarkState state = new MarkState(local(marks, from, to));
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new org.commonmark.renderer.html.DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                .attributeProviderFactory(ctx -> BodyRenderer::linkAttributes)
                .nodeRendererFactory(ctx -> new MarkedTextRenderer(ctx, text, from, state))
                .build();
        return renderer.render(doc) + state.pendingRefs();
    }

    /**
     * A link of a source's text leaves the archive: it opens without handing over this page
     * (noopener) or its address (noreferrer). Link targets other than http, https and mailto
     * (javascript:, data:, vbscript:, ...) are already emptied by the URL sanitizer.
     */
    static void linkAttributes(Node node, String tagName, java.util.Map<String, String> attributes) {
        if (node instanceof org.commonmark.node.Link) {
            attributes.put("rel", "noopener noreferrer");
        }
    }

    /** The marks that overlap [from, to), by start (a stable sort: marks that start together keep their order). */
    private static ClaimMark[] local(List<ClaimMark> marks, int from, int to) {
        ClaimMark[] local = new ClaimMark[marks.size()];
        int n = 0;
        for (ClaimMark m : marks) {
            if (m.start() < to && m.end() > from) {
                local[n++] = m;
            }
        }
        local = java.util.Arrays.copyOf(local, n);
        java.util.Arrays.sort(local, Comparator.comparingInt(ClaimMark::start));
        return local;
    }

    /**
     * Tracks which anchors and markers are written, across the text nodes of a segment. The
     * segment's marks are an array, read by index (most text nodes check every one).
     */
    private static final class MarkState {
        final ClaimMark[] marks;
        final Set<String> anchored = new HashSet<>();
        final Set<String> referenced = new HashSet<>();

        MarkState(ClaimMark[] marks) {
            this.marks = marks;
        }

        /** Markers of claims whose end lay in no text node (rare): written after the segment. */
        String pendingRefs() {
            StringBuilder sb = new StringBuilder();
            for (ClaimMark m : marks) {
                if (!anchored.contains(m.id())) {
                    sb.append("<span class=\"anchor\" id=\"").append(Html.escape(m.id())).append("\"></span>");
                }
                if (!referenced.contains(m.id())) {
                    sb.append(ref(m));
                }
            }
            return sb.toString();
        }
    }

    /** Bit {@code c} is set for each char {@code c} that commonmark's text escaping replaces: {@code " & < >}. */
    private static final long TEXT_ESCAPED = 1L << '"' | 1L << '&' | 1L << '<' | 1L << '>';

    /** Whether {@code s} holds none of {@code & < > "} (what commonmark's {@code HtmlWriter.text} escapes). */
    static boolean escapesNone(String s) {
        return Html.firstOf(s, TEXT_ESCAPED) < 0;
    }

    static String ref(ClaimMark m) {
        return "<a class=\"claim-ref\" href=\"" + Html.escape(m.href()) + "\" aria-label=\"" + Html.escape(m.label())
                + "\"><sup>" + m.number() + "</sup></a>";
    }

    private static final class MarkedTextRenderer implements NodeRenderer {
        private final HtmlWriter html;
        private final String text;
        private final int base;
        private final MarkState state;

        MarkedTextRenderer(HtmlNodeRendererContext ctx, String text, int base, MarkState state) {
            this.html = ctx.getWriter();
            this.text = text;
            this.base = base;
            this.state = state;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class);
        }

        @Override
        public void render(Node node) {
            Text t = (Text) node;
            String literal = t.getLiteral();
            List<SourceSpan> spans = t.getSourceSpans();
            if (spans.size() != 1 || !matches(spans.get(0), literal)) {
                text(literal);
                return;
            }
            int from = base + spans.get(0).getInputIndex();
            int to = from + literal.length();
            if (untouched(from, to)) {
                // most text holds no claim: written as it is
                text(literal);
                return;
            }
            // the text's ends and every mark's start and end inside it, sorted, each once
            ClaimMark[] marks = state.marks;
            int[] cuts = new int[2 + 2 * marks.length];
            int n = 0;
            cuts[n++] = from;
            cuts[n++] = to;
            for (ClaimMark m : marks) {
                if (m.start() > from && m.start() < to) {
                    cuts[n++] = m.start();
                }
                if (m.end() > from && m.end() < to) {
                    cuts[n++] = m.end();
                }
            }
            java.util.Arrays.sort(cuts, 0, n);
            int a = cuts[0];
            for (int i = 1; i < n; i++) {
                int b = cuts[i];
                if (b != a) {
                    writePiece(literal.substring(a - from, b - from), a, b);
                    a = b;
                }
            }
        }

        /**
         * {@code html.text(s)}: escaped as commonmark escapes text ({@code & < > "}); a text with
         * none of them (most) is written as it is. One pass over the chars: the JDK's four
         * searches are four loops under C1, which has no intrinsic for them.
         */
        private void text(String s) {
            if (escapesNone(s)) {
                html.raw(s);
            } else {
                html.text(s);
            }
        }

        private void writePiece(String piece, int a, int b) {
            ClaimMark[] marks = state.marks;
            for (ClaimMark m : marks) {
                if (m.end() <= a && state.anchored.contains(m.id()) && state.referenced.add(m.id())) {
                    html.raw(ref(m));
                }
            }
            List<ClaimMark> active = new ArrayList<>(4);
            for (ClaimMark m : marks) {
                if (m.start() < b && m.end() > a) {
                    active.add(m);
                    if (state.anchored.add(m.id())) {
                        html.raw("<span class=\"anchor\" id=\"" + Html.escape(m.id()) + "\"></span>");
                    }
                }
            }
            if (active.isEmpty()) {
                text(piece);
                return;
            }
            StringBuilder classes = new StringBuilder("claim");
            for (ClaimMark m : active) {
                classes.append(' ').append(m.id());
            }
            html.raw("<mark class=\"" + Html.escape(classes.toString()) + "\"" + (active.size() > 1 ? " data-depth=\"" + active.size() + "\"" : "") + ">");
            text(piece);
            html.raw("</mark>");
            for (ClaimMark m : active) {
                if (m.end() == b && state.referenced.add(m.id())) {
                    html.raw(ref(m));
                }
            }
        }

        /** Whether the span holds exactly {@code literal} in the text. */
        private boolean matches(SourceSpan s, String literal) {
            int i = s.getInputIndex();
            return i >= 0 && s.getLength() == literal.length() && i + literal.length() <= text.length()
                    && text.startsWith(literal, i);
        }

        /**
         * No claim starts, ends or runs in [from, to), and no claim's marker is due before it (one
         * that ended earlier, anchored but not yet referenced): what {@link #writePiece} would
         * write is the text alone.
         */
        private boolean untouched(int from, int to) {
            for (ClaimMark m : state.marks) {
                if (m.start() < to && m.end() > from) {
                    return false;
                }
                if (m.end() <= from && state.anchored.contains(m.id()) && !state.referenced.contains(m.id())) {
                    return false;
                }
            }
            return true;
        }
    }
}
