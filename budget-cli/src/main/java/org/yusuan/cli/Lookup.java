package org.yusuan.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.yusuan.codes.CatalogEntry;

/**
 * The result of looking one query up: the entries found (each with the path of entries above it, 类 first), or why
 * nothing was found and the closest entries.
 */
record Lookup(List<List<CatalogEntry<?>>> matches, String problem, List<CatalogEntry<?>> suggestions) {

    static Lookup found(List<List<CatalogEntry<?>>> matches) {
        return new Lookup(List.copyOf(matches), null, List.of());
    }

    static Lookup notFound(String problem, List<CatalogEntry<?>> suggestions) {
        return new Lookup(List.of(), problem, List.copyOf(suggestions));
    }

    boolean found() {
        return !matches.isEmpty();
    }

    String toText(String query) {
        if (!found()) {
            return problem + (suggestions.isEmpty() ? "" : "\n  did you mean: " + String.join(", ",
                    suggestions.stream().map(CatalogEntry::toString).toList()));
        }
        List<String> lines = new ArrayList<>();
        for (List<CatalogEntry<?>> path : matches) {
            CatalogEntry<?> entry = path.get(path.size() - 1);
            lines.add(entry.code().level().label() + " " + entry + "  [" + entry.code().system().label() + ", "
                    + entry.confidence().token() + ", " + entry.source() + entry.note().map(n -> "; " + n).orElse("")
                    + "]");
            for (CatalogEntry<?> ancestor : path.subList(0, path.size() - 1)) {
                lines.add("  " + ancestor.code().level().label() + " " + ancestor);
            }
        }
        return String.join("\n", lines);
    }

    ObjectNode toJson(String query, JsonNodeFactory json) {
        ObjectNode node = json.objectNode().put("query", query).put("found", found());
        if (found()) {
            ArrayNode matchNodes = node.putArray("matches");
            for (List<CatalogEntry<?>> path : matches) {
                ObjectNode match = entryJson(path.get(path.size() - 1), json);
                ArrayNode above = match.putArray("path");
                path.subList(0, path.size() - 1).forEach(entry -> above.add(entryJson(entry, json)));
                matchNodes.add(match);
            }
        } else {
            node.put("problem", problem);
            ArrayNode close = node.putArray("suggestions");
            suggestions.forEach(entry -> close.add(entryJson(entry, json)));
        }
        return node;
    }

    private static ObjectNode entryJson(CatalogEntry<?> entry, JsonNodeFactory json) {
        return json.objectNode()
                .put("code", entry.code().digits())
                .put("name", entry.name())
                .put("level", entry.code().level().label())
                .put("system", entry.code().system().label())
                .put("confidence", entry.confidence().token());
    }
}
