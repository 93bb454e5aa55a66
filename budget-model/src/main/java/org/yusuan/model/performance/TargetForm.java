package org.yusuan.model.performance;

/**
 * What kind of target a printed indicator value (指标值) turned out to be.
 */
public enum TargetForm {
    /** 定量指标: a number was read, usually with a comparator and a unit ({@code ≥95%}, {@code <=52.38万元}). */
    QUANTITATIVE("定量"),
    /** 定性指标: words without any number or comparator ({@code 有所提升}, {@code 逐步改善}). */
    QUALITATIVE("定性"),
    /**
     * 无法识别: looks quantitative (it has a digit or a comparator) but could not be read as comparator, number and
     * unit ({@code 95%±2%}, {@code 提升10%}); the text is kept for a reader or a validator to report.
     */
    UNREADABLE("无法识别"),
    /** 空白: nothing was printed. */
    BLANK("空白");

    private final String label;

    TargetForm(String label) {
        this.label = label;
    }

    /**
     * The Chinese name (中文名称): 定量, 定性, 无法识别 or 空白.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }
}
