package org.sourcebook.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;

/**
 * Freemarker's HTML output format (the same escaping, the same markup values), escaping straight
 * into the page's UTF-8 bytes when the page is written to a {@link Utf8Output}.
 */
final class Utf8HtmlFormat extends HTMLOutputFormat {
    static final Utf8HtmlFormat INSTANCE = new Utf8HtmlFormat();

    private Utf8HtmlFormat() {
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException, TemplateModelException {
        if (out instanceof Utf8Output utf8) {
            utf8.writeHtml(textToEsc);
        } else {
            super.output(textToEsc, out);
        }
    }

    @Override
    protected TemplateHTMLOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent);
    }

    /** Markup ({@code ?no_esc}, escaped text) of this format, so that it prints without conversion. */
    private static final class Markup extends TemplateHTMLOutputModel {
        Markup(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public HTMLOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
