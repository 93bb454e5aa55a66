package org.yusuan.codes;

import org.yusuan.codes.internal.CodeSyntax;

/**
 * A code of the 支出功能分类科目 (functional classification of expenditure): a 类 (201 一般公共服务支出), a
 * 款 (20103 政府办公厅（室）及相关机构事务) or a 项 (2010301 行政运行).
 *
 * <p>Built only through {@link #parse(String)} and {@link #ofColumns(String, String, String)}, which accept every form that
 * published documents print. Parsing checks the form, not existence: use a {@link ClassificationCatalog} to
 * check that a code is in a fiscal year's catalog. Immutable and thread-safe.
 */
public final class FunctionalCode extends ClassificationCode<FunctionalCode> {

    private FunctionalCode(String digits) {
        super(digits);
    }

    /**
     * Reads a code in any printed form: {@code 2010301}, {@code 201 03 01}, {@code 201-03-01}, {@code 201 3 1}, full-width digits, surrounded by
     * any white space (NBSP and U+3000 included).
     *
     * @param text the printed code, not null
     * @return the code, never null
     * @throws CodeFormatException if the text is malformed or ambiguous; the message names the text and why
     * @throws NullPointerException if text is null
     */
    public static FunctionalCode parse(String text) {
        return new FunctionalCode(CodeSyntax.canonical(text, CodeSystem.FUNCTIONAL));
    }

    /**
     * Reads a code printed in split 类/款/项 columns, leading zeros possibly dropped: ({@code 201}, {@code 3},
     * {@code 1}) is 2010301 and ({@code 210}, {@code 11}, {@code 2}) is 2101102. A whole code in the 类 column with
     * the others blank is read as {@link #parse(String)} reads it.
     *
     * @param category the 类 column, for example {@code 201}; not blank
     * @param section the 款 column, for example {@code 3} or {@code 03}; null or blank for a 类 code
     * @param item the 项 column, for example {@code 1} or {@code 01}; null or blank for a 类 or 款 code
     * @return the code, never null
     * @throws CodeFormatException if the columns do not make a code; the message names them and why
     */
    public static FunctionalCode ofColumns(String category, String section, String item) {
        return new FunctionalCode(CodeSyntax.canonicalColumns(CodeSystem.FUNCTIONAL, category, section, item));
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.FUNCTIONAL;
    }

    @Override
    FunctionalCode sameKind(String canonicalDigits) {
        return new FunctionalCode(canonicalDigits);
    }
}
