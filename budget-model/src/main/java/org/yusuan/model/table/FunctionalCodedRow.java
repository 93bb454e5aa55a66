package org.yusuan.model.table;

import java.util.Optional;
import org.yusuan.codes.ClassificationCode;
import org.yusuan.codes.FunctionalCode;

/**
 * A table row that may carry a code of the 支出功能分类科目 (功能分类科目编码), as the rows of 表1–表5, 表7–表9 and
 * 表11 do.
 *
 * @param <C> the table's column enum
 */
public interface FunctionalCodedRow<C extends Enum<C> & AmountColumn> extends TableRow<C> {

    /**
     * The functional code printed on the row (类, 款 or 项).
     *
     * @return the code, or empty for a row printed without one
     */
    Optional<FunctionalCode> getCode();

    /**
     * The functional code as a generic classification code.
     *
     * @return the same as {@link #getCode()}, the same instance (an {@code Optional} is immutable, so viewing it as
     *     an optional of the supertype is safe)
     */
    @Override
    @SuppressWarnings("unchecked")
    default Optional<ClassificationCode<?>> classificationCode() {
        return (Optional<ClassificationCode<?>>) (Optional<?>) getCode();
    }
}
