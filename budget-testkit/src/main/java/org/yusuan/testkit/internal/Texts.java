package org.yusuan.testkit.internal;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Text for generated disclosures: ordinary Chinese wording and the awkward text that breaks careless writers
 * (CSV formula prefixes {@code = + - @ '}, quotes, commas, line breaks, tabs, empty strings).
 */
public final class Texts {

    /** Text that a spreadsheet would take as a formula, or that needs quoting or escaping in CSV and JSON. */
    public static final List<String> AWKWARD = List.of(
            "=1+2",
            "=HYPERLINK(\"http://example.invalid\",\"点击\")",
            "+86 0996 2022222",
            "-3.5",
            "@SUM(A1:A9)",
            "'0201",
            "\"带引号\"的名称",
            "逗号,分隔,的,文字",
            "第一行\n第二行",
            "回车\r\n换行",
            "制表\t符",
            "",
            "  前后有空格  ",
            "“三公”经费",
            "单位：万元",
            "反斜杠\\和/斜杠",
            "null",
            "合计",
            "，全角逗号；分号",
            "emoji \uD83D\uDCB0 钱");

    /** Everyday disclosure wording. */
    public static final List<String> CHINESE = List.of(
            "库尔勒市人民政府办公室",
            "行政服务中心",
            "部门专项-业务运行经费",
            "智慧城市电子政务运行经费",
            "保障机关正常运转",
            "按照完成比例赋分",
            "工作资料",
            "其他政府办公厅（室）及相关机构事务支出",
            "一般公共服务支出",
            "培训费");

    private static final String CHARS = "预算支出经费项目合计单位办公室人员公用财政拨款“”（）、，。：abcXYZ0123456789"
            + "\"',;=+-@\t\n\r \u3000#%$&*()[]{}<>|\\/";

    private static final List<String> FIXED = java.util.stream.Stream.concat(CHINESE.stream(), AWKWARD.stream())
            .toList();

    private Texts() {
    }

    /**
     * Any text, possibly empty.
     *
     * @return an arbitrary of text, never null
     */
    public static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.of(FIXED)),
                Tuple.of(2, Arbitraries.strings().withChars(CHARS.toCharArray()).ofMaxLength(12)));
    }

    /**
     * Any text or none.
     *
     * @return an arbitrary of optional text, never null
     */
    public static Arbitrary<Optional<String>> optional() {
        return any().optional(0.7);
    }

    /**
     * A short list of texts.
     *
     * @return an arbitrary of lists of up to three texts
     */
    public static Arbitrary<List<String>> few() {
        return any().list().ofMaxSize(3);
    }
}
