package org.sourcebook.render;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Freemarker's default object wrapper, except for records (the view records templates get): a
 * record is a hash of read-only properties, one per component and per other public
 * zero-argument method, read through a generated accessor instead of a bean model's reflective
 * call (a page reads thousands). Templates read them as properties: {@code page.pager.split},
 * not {@code page.pager.split()}.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    ViewWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    /**
     * The record type wrapped last (a list holds records of one type): most wraps find their type
     * here without a class lookup. Shared by the rendering threads; a type is immutable, so a
     * thread sees either a whole type or another one, and checks which.
     */
    private RecordType last;

    /**
     * The default wrapping, with the two commonest kinds first: a string (as the default would
     * wrap it) and a view record that the default would hand to {@link #handleUnknownType} (one
     * that is no template model, collection, map, iterator, enumeration or iterable); any other
     * value goes through the default's checks.
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof String s) {
            return new SimpleScalar(s);
        }
        if (obj instanceof Record r) {
            RecordType type = last;
            if (type == null || type.type() != r.getClass()) {
                type = TYPES.get(r.getClass());
                last = type;
            }
            return wrap(r, type);
        }
        return super.wrap(obj);
    }

    /** {@link #wrap} of a record whose type is known. */
    private TemplateModel wrap(Record r, RecordType type) throws TemplateModelException {
        return type.plain() ? new RecordModel(r, type.properties(), this) : super.wrap(r);
    }

    /** {@link #wrap} of a property's value: a record's type is known from the property's (records are final). */
    private TemplateModel wrap(Property p, Object value) throws TemplateModelException {
        if (value instanceof Record r && p.recordType() != null) {
            return wrap(r, p.recordType());
        }
        return wrap(value);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record r) {
            return new RecordModel(r, TYPES.get(r.getClass()).properties(), this);
        }
        return super.handleUnknownType(obj);
    }

    /** A record as a template sees it. */
    static final class RecordModel implements TemplateHashModel, freemarker.template.AdapterTemplateModel,
            freemarker.ext.util.WrapperTemplateModel {
        private final Record record;
        private final Map<String, Property> properties;
        private final ViewWrapper wrapper;

        RecordModel(Record record, Map<String, Property> properties, ViewWrapper wrapper) {
            this.record = record;
            this.properties = properties;
            this.wrapper = wrapper;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Property p = properties.get(key);
            // no such property: missing, as for a bean (so that ?? and ! work)
            return p == null ? null : wrapper.wrap(p, p.read().apply(record));
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }

    /**
     * A record class: its properties (name → accessor), and whether the default wrapping would
     * reach {@link #handleUnknownType} with it (none of the types it checks first).
     */
    record RecordType(Class<?> type, Map<String, Property> properties, boolean plain) {
    }

    /** A property: its accessor, and the record class its values are of when the property's type is one. */
    static final class Property {
        private final Function<Object, Object> read;
        private final Class<?> declared;
        /** The type of {@code declared} once looked up (a race only looks it up twice). */
        private RecordType recordType;

        Property(Function<Object, Object> read, Class<?> declared) {
            this.read = read;
            this.declared = declared.isRecord() ? declared : null;
        }

        Function<Object, Object> read() {
            return read;
        }

        /** The record type every value of this property has, or null when it is no record type. */
        RecordType recordType() {
            if (declared == null) {
                return null;
            }
            RecordType t = recordType;
            if (t == null) {
                t = TYPES.get(declared);
                recordType = t;
            }
            return t;
        }
    }

    private static final List<Class<?>> CHECKED_FIRST = List.of(TemplateModel.class, java.util.Collection.class,
            Map.class, java.util.Iterator.class, java.util.Enumeration.class, Iterable.class);

    private static final ClassValue<RecordType> TYPES = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            return new RecordType(type, properties(type), CHECKED_FIRST.stream().noneMatch(c -> c.isAssignableFrom(type)));
        }
    };

    /** A record class's properties: name → accessor. */
    private static Map<String, Property> properties(Class<?> type) {
        Map<String, Property> out = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() != Object.class && m.getDeclaringClass() != Record.class
                    && !m.getName().equals("hashCode") && !m.getName().equals("toString")) {
                out.put(m.getName(), new Property(accessor(m), m.getReturnType()));
            }
        }
        return Map.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Method m) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle target = lookup.unreflect(m);
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), target,
                    MethodType.methodType(m.getReturnType().isPrimitive() ? box(m.getReturnType()) : m.getReturnType(), m.getDeclaringClass()));
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            // not reachable through a generated accessor: reflection then
            return o -> {
                try {
                    return m.invoke(o);
                } catch (ReflectiveOperationException r) {
                    throw new IllegalStateException("cannot read " + m, r);
                }
            };
        }
    }

    private static Class<?> box(Class<?> primitive) {
        return MethodType.methodType(primitive).wrap().returnType();
    }
}
