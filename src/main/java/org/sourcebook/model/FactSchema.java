package org.sourcebook.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every fact of content/facts.yaml, in file order, with parent/child links. Immutable. */
public final class FactSchema {
    private final List<FactDef> facts;
    private final Map<String, FactDef> byId;

    public FactSchema(List<FactDef> facts) {
        this.facts = List.copyOf(facts);
        Map<String, FactDef> map = new LinkedHashMap<>();
        for (FactDef f : facts) {
            if (map.putIfAbsent(f.id(), f) != null) {
                throw new IllegalArgumentException("duplicate fact id '" + f.id() + "'");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    public List<FactDef> all() {
        return facts;
    }

    public Optional<FactDef> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public FactDef expect(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown fact id '" + id + "'"));
    }

    public List<FactDef> children(String id) {
        List<FactDef> out = new ArrayList<>();
        for (FactDef f : facts) {
            if (id.equals(f.parent())) {
                out.add(f);
            }
        }
        return out;
    }

    /** The YAML file's shape: {@code facts: [ ... ]}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record File(List<FactDef> facts) {
    }
}
