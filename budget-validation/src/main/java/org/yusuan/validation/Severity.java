package org.yusuan.validation;

/**
 * How serious a {@link Finding} is (严重程度).
 *
 * <ul>
 *   <li>{@link #ERROR} 错误: the disclosure contradicts itself; a reader cannot tell which figure is right.</li>
 *   <li>{@link #WARNING} 警告: very likely a mistake, or a difference that can be legitimate and deserves a look.</li>
 *   <li>{@link #INFO} 提示: worth knowing, such as a 0.01 difference that rounding of the printed figures explains.</li>
 * </ul>
 */
public enum Severity {
    /** 错误: a contradiction. */
    ERROR("错误"),
    /** 警告: probably wrong, or may legitimately differ. */
    WARNING("警告"),
    /** 提示: for information, such as a rounding difference. */
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /**
     * The Chinese name: 错误, 警告 or 提示.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
