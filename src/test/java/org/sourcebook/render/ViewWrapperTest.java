package org.sourcebook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewWrapperTest {
    private final ViewWrapper wrapper = new ViewWrapper(Configuration.VERSION_2_3_34);
    private final DefaultObjectWrapper plain = new DefaultObjectWrapper(Configuration.VERSION_2_3_34);

    record Row(String name, int count, List<String> tags) {
    }

    record Listed(String name) implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(name).iterator();
        }
    }

    record Model(String name) implements TemplateScalarModel {
        @Override
        public String getAsString() {
            return name;
        }
    }

    record Outer(Row row, Listed listed, Model model, Row none) {
    }

    @Test
    void wrapsARecordsRecordPropertiesByTheirDeclaredType() throws Exception {
        Model m = new Model("m");
        TemplateHashModel outer = (TemplateHashModel) wrapper.wrap(new Outer(new Row("r", 1, List.of()), new Listed("l"), m, null));
        TemplateHashModel row = (TemplateHashModel) outer.get("row");
        assertEquals("r", ((TemplateScalarModel) row.get("name")).getAsString());
        assertEquals(ViewWrapper.RecordModel.class, outer.get("listed").getClass());
        assertSame(m, outer.get("model"));
        assertNull(outer.get("none"));
        // again, with the types looked up
        assertEquals("r", ((TemplateScalarModel) ((TemplateHashModel) outer.get("row")).get("name")).getAsString());
        assertSame(m, outer.get("model"));
    }

    @Test
    void wrapsStringsAsTheDefaultWrapperDoes() throws Exception {
        for (String s : List.of("", "plain", "Xocalı — “1992”")) {
            TemplateModel m = wrapper.wrap(s);
            assertEquals(plain.wrap(s).getClass(), m.getClass(), s);
            assertEquals(SimpleScalar.class, m.getClass());
            assertEquals(s, ((TemplateScalarModel) m).getAsString());
        }
    }

    @Test
    void readsARecordsPropertiesThroughItsAccessors() throws Exception {
        TemplateHashModel row = (TemplateHashModel) wrapper.wrap(new Row("Khojaly", 613, List.of("a", "b")));
        assertEquals(ViewWrapper.RecordModel.class, row.getClass());
        assertEquals("Khojaly", ((TemplateScalarModel) row.get("name")).getAsString());
        assertEquals(613, ((freemarker.template.TemplateNumberModel) row.get("count")).getAsNumber());
        assertEquals(2, ((TemplateSequenceModel) row.get("tags")).size());
        assertNull(row.get("missing"));
    }

    @Test
    void recordsTheDefaultWrapperChecksFirstGoThroughItsChecks() throws Exception {
        // an Iterable record reaches handleUnknownType too (iterable support is off): a record model
        assertEquals(ViewWrapper.RecordModel.class, wrapper.wrap(new Listed("x")).getClass());
        // a record that is a template model is returned as it is, as the default wrapper does
        Model m = new Model("x");
        assertSame(m, wrapper.wrap(m));
        assertSame(m, plain.wrap(m));
    }
}
