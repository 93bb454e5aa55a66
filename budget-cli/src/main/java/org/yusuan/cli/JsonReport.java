package org.yusuan.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yusuan.io.text.Inference;
import org.yusuan.io.text.UnreadLine;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.model.MoneyUnit;
import org.yusuan.model.table.BudgetTable;
import org.yusuan.model.table.TableKind;
import org.yusuan.validation.Finding;
import org.yusuan.validation.Severity;

/**
 * Renders a checked input as the machine-readable report of {@code yusuan check --format json}: one JSON object per
 * disclosure, on one line. The field names are a contract (see the README): fields are only ever added. An absent
 * value is {@code null}, never left out; amounts are plain JSON decimals with the scale printed in the document.
 */
final class JsonReport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final Lang lang;

    JsonReport(Lang lang) {
        this.lang = lang;
    }

    /** One line per disclosure of the input (one line with {@code error} set when it could not be read). */
    List<String> render(CheckedInput checked) {
        List<String> lines = new ArrayList<>();
        if (checked.error().isPresent()) {
            ObjectNode node = NODES.objectNode();
            node.put("file", checked.input().name());
            node.put("format", checked.input().format().token());
            node.put("error", checked.error().get());
            lines.add(write(node));
            return lines;
        }
        for (CheckedInput.Checked document : checked.documents()) {
            lines.add(write(document(document)));
        }
        return lines;
    }

    ObjectNode document(CheckedInput.Checked checked) {
        Document document = checked.document();
        BudgetDisclosure disclosure = document.disclosure();
        ObjectNode node = NODES.objectNode();
        node.put("file", document.input().name());
        node.put("format", document.input().format().token());
        if (document.count() > 1) {
            node.put("index", document.index() + 1);
        }
        node.put("entity", disclosure.getEntityName());
        node.put("entityKind", disclosure.getEntityKind().label());
        node.put("fiscalYear", disclosure.getFiscalYear());
        node.set("import", importNode(ImportView.of(document)));
        ArrayNode findings = node.putArray("findings");
        checked.report().findings().forEach(finding -> findings.add(finding(finding, disclosure)));
        ObjectNode counts = node.putObject("counts");
        for (Severity severity : Severity.values()) {
            counts.put(severity.name(), checked.report().count(severity));
        }
        return node;
    }

    private ObjectNode importNode(ImportView view) {
        ObjectNode node = NODES.objectNode();
        ArrayNode tables = node.putArray("tables");
        for (ImportView.TableLine table : view.tables()) {
            ObjectNode line = tables.addObject();
            line.put("table", table.kind().number());
            line.put("name", table.kind().label());
            line.put("status", table.status().name());
            line.put("rows", table.rows());
            if (table.line().isPresent()) {
                line.put("line", table.line().getAsInt());
            } else {
                line.putNull("line");
            }
            line.put("unit", table.unit().map(MoneyUnit::label).orElse(null));
        }
        ArrayNode unread = node.putArray("unreadLines");
        for (UnreadLine line : view.unreadLines()) {
            ObjectNode item = unread.addObject();
            item.put("line", line.lineNumber());
            putTable(item, line.table());
            item.put("text", line.text());
            item.put("reason", line.reason());
        }
        ArrayNode inferences = node.putArray("inferences");
        for (Inference inference : view.inferences()) {
            ObjectNode item = inferences.addObject();
            item.put("line", inference.lineNumber());
            putTable(item, inference.table());
            item.put("description", inference.description());
        }
        return node;
    }

    private ObjectNode finding(Finding finding, BudgetDisclosure disclosure) {
        ObjectNode node = NODES.objectNode();
        node.put("rule", finding.rule());
        node.put("severity", finding.severity().name());
        putTable(node, finding.table());
        node.put("code", finding.code().orElse(null));
        node.put("name", finding.name().orElse(null));
        node.put("project", finding.project().orElse(null));
        node.put("column", finding.column().orElse(null));
        putAmount(node, "expected", finding.expected());
        putAmount(node, "actual", finding.actual());
        putAmount(node, "difference", finding.difference());
        node.put("unit", finding.unit().or(() -> finding.table().flatMap(disclosure::table).map(BudgetTable::getUnit))
                .map(MoneyUnit::label).orElse(null));
        node.put("rounding", finding.rounding());
        node.put("message", finding.message(lang.locale()));
        return node;
    }

    private static void putTable(ObjectNode node, Optional<TableKind> table) {
        if (table.isPresent()) {
            node.put("table", table.get().number());
            node.put("tableName", table.get().label());
        } else {
            node.putNull("table");
            node.putNull("tableName");
        }
    }

    private static void putAmount(ObjectNode node, String field, Optional<BigDecimal> amount) {
        if (amount.isPresent()) {
            node.put(field, amount.get());
        } else {
            node.putNull(field);
        }
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
