package org.yusuan.codes;

import org.yusuan.codes.internal.CodeSyntax;

/**
 * A code of the 部门预算支出经济分类科目 (departmental economic classification of expenditure): a 类 (301
 * 工资福利支出) or a 款 (30101 基本工资).
 *
 * <p>Built only through {@link #parse(String)} and {@link #ofColumns(String, String)}, which accept every form that
 * published documents print. Parsing checks the form, not existence: use a {@link ClassificationCatalog} to
 * check that a code is in a fiscal year's catalog. Immutable and thread-safe.
 */
public final class EconomicCode extends ClassificationCode<EconomicCode> {

    private EconomicCode(String digits) {
        super(digits);
    }

    /**
     * Reads a code in any printed form: {@code 30101}, {@code 301 01}, {@code 301-01}, {@code 301 1}, full-width digits, surrounded by
     * any white space (NBSP and U+3000 included).
     *
     * @param text the printed code, not null
     * @return the code, never null
     * @throws CodeFormatException if the text is malformed or ambiguous; the message names the text and why
     * @throws NullPointerException if text is null
     */
    public static EconomicCode parse(String text) {
        return new EconomicCode(CodeSyntax.canonical(text, CodeSystem.ECONOMIC));
    }

    /**
     * Reads a code printed in split 类/款 columns, leading zeros possibly dropped: ({@code 301}, {@code 1}) is
     * 30101. A whole code in the 类 column with the 款 column blank is read as {@link #parse(String)} reads it.
     *
     * @param category the 类 column, for example {@code 301}; not blank
     * @param section the 款 column, for example {@code 1} or {@code 01}; null or blank for a 类 code
     * @return the code, never null
     * @throws CodeFormatException if the columns do not make a code; the message names them and why
     */
    public static EconomicCode ofColumns(String category, String section) {
        return new EconomicCode(CodeSyntax.canonicalColumns(CodeSystem.ECONOMIC, category, section));
    }

    @Override
    public CodeSystem system() {
        return CodeSystem.ECONOMIC;
    }

    @Override
    EconomicCode sameKind(String canonicalDigits) {
        return new EconomicCode(canonicalDigits);
    }
}
