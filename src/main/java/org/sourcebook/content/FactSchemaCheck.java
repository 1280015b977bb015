package org.sourcebook.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebook.check.Diagnostic;
import org.sourcebook.model.FactDef;

/** Checks facts.yaml: ids present and unique, parents that exist, no cycles. */
final class FactSchemaCheck {
    private FactSchemaCheck() {
    }

    static void check(List<FactDef> facts, Path shown, List<Diagnostic> problems) {
        Map<String, FactDef> byId = new HashMap<>();
        for (FactDef f : facts) {
            if (f.id() == null || f.id().isBlank()) {
                problems.add(Diagnostic.error(shown, 0, "a fact has no id: give every entry 'id: some.id'"));
                continue;
            }
            if (byId.putIfAbsent(f.id(), f) != null) {
                problems.add(Diagnostic.error(shown, 0, "duplicate fact id '" + f.id() + "': each id may appear once"));
            }
            if (f.label() == null || f.label().isBlank()) {
                problems.add(Diagnostic.error(shown, 0, "fact '" + f.id() + "' has no label: add 'label: ...'"));
            }
        }
        for (FactDef f : byId.values()) {
            if (f.parent() != null && !byId.containsKey(f.parent())) {
                problems.add(Diagnostic.error(shown, 0, "fact '" + f.id() + "' names parent '" + f.parent() + "', which is not a fact: fix the parent or add that fact"));
            }
        }
        for (FactDef f : byId.values()) {
            Set<String> seen = new HashSet<>();
            FactDef cur = f;
            while (cur != null && cur.parent() != null) {
                if (!seen.add(cur.id())) {
                    problems.add(Diagnostic.error(shown, 0, "fact '" + f.id() + "' is its own ancestor (parent cycle through " + String.join(" → ", seen.stream().sorted().toList()) + "): break the cycle"));
                    break;
                }
                cur = byId.get(cur.parent());
            }
        }
    }
}
