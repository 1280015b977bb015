package org.sourcebook.render;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/** The one Freemarker configuration: .ftlh templates, HTML auto-escaping, errors rethrown. */
public final class TemplateRenderer {
    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;
    private final Configuration cfg;
    private final Path dir;
    /**
     * Templates by name, once loaded: every page asks, and Freemarker's cache would look each up
     * again (a renderer is made again when templates change, see serve).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Template> templates = new java.util.concurrent.ConcurrentHashMap<>();

    public TemplateRenderer(Path templatesDir) {
        this.dir = templatesDir;
        this.cfg = new Configuration(VERSION);
        try {
            cfg.setDirectoryForTemplateLoading(templatesDir.toFile());
        } catch (IOException e) {
            throw new TemplateFailure("templates folder " + templatesDir + " cannot be read: " + e.getMessage(), e);
        }
        cfg.setDefaultEncoding("UTF-8");
        // every template is HTML (.ftlh): escaped as HTMLOutputFormat escapes, straight into UTF-8 bytes
        cfg.setOutputFormat(Utf8HtmlFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setObjectWrapper(new ViewWrapper(VERSION));
        try {
            cfg.setSharedVariable("unknown", org.sourcebook.render.view.Views.UNKNOWN);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders {@code name} (e.g. "fact.ftlh") with the given data model. */
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter(8192);
        process(name, model, out);
        return out.toString();
    }

    /** Renders {@code name} straight into UTF-8 bytes (the page as written to disk, encoded once). */
    public byte[] renderUtf8(String name, Map<String, Object> model) {
        Utf8Output out = new Utf8Output(32 * 1024);
        process(name, model, out);
        return out.toByteArray();
    }

    private void process(String name, Map<String, Object> model, Writer out) {
        try {
            Template t = templates.get(name);
            if (t == null) {
                t = cfg.getTemplate(name);
                templates.putIfAbsent(name, t);
            }
            t.process(model, out);
        } catch (ParseException e) {
            throw new TemplateFailure(dir.resolve(e.getTemplateName() == null ? name : e.getTemplateName())
                    + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": template error: " + e.getEditorMessage()
                    + "; fix the template syntax", e);
        } catch (TemplateException e) {
            throw new TemplateFailure(dir.resolve(e.getTemplateSourceName() == null ? name : e.getTemplateSourceName())
                    + ":" + (e.getLineNumber() == null ? 0 : e.getLineNumber()) + ": template error while rendering: "
                    + e.getMessageWithoutStackTop().lines().findFirst().orElse("") + "; fix the template", e);
        } catch (IOException e) {
            throw new TemplateFailure(dir.resolve(name) + ": cannot load template: " + e.getMessage(), e);
        }
    }

    /** A template could not be loaded or rendered; the message names template and line. */
    public static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
