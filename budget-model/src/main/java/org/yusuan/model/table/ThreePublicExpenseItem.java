package org.yusuan.model.table;

import java.util.Objects;
import java.util.Optional;

/**
 * The items of 表10 财政拨款“三公”经费支出情况表 (“三公”经费支出内容), in template order, without the 合计 row
 * that the table keeps as its totals row.
 */
public enum ThreePublicExpenseItem {
    /** 因公出国（境）费: official travel abroad (and to Hong Kong, Macao and Taiwan). */
    OVERSEAS_TRAVEL("因公出国（境）费", "Official overseas travel", null),
    /** 公务接待费: official reception. */
    OFFICIAL_RECEPTION("公务接待费", "Official reception", null),
    /** 公务用车购置及运行费: purchase and running of official vehicles; documents often print （小计） after it. */
    OFFICIAL_VEHICLES("公务用车购置及运行费", "Official vehicles", null),
    /** 其中：公务用车购置费: of which, purchase of official vehicles. */
    VEHICLE_PURCHASE("公务用车购置费", "Official vehicle purchase", OFFICIAL_VEHICLES),
    /** 公务用车运行费: of which, running of official vehicles. */
    VEHICLE_OPERATION("公务用车运行费", "Official vehicle running", OFFICIAL_VEHICLES);

    private final String label;
    private final String englishLabel;
    private final ThreePublicExpenseItem parent;

    ThreePublicExpenseItem(String label, String englishLabel, ThreePublicExpenseItem parent) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.parent = parent;
    }

    /**
     * The item's official Chinese name, without the 其中： or the （小计） that documents print with it.
     *
     * @return the label, never null
     */
    public String label() {
        return label;
    }

    /**
     * The item's English name.
     *
     * @return the name, never null
     */
    public String englishLabel() {
        return englishLabel;
    }

    /**
     * The item this one is part of (其中 lines belong to the line above them).
     *
     * @return the parent item, or empty for a top-level item
     */
    public Optional<ThreePublicExpenseItem> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Whether this item is part of another one, directly or not.
     *
     * @param ancestor another item, not null
     * @return true when ancestor is this item's parent, or its parent's parent
     * @throws NullPointerException if ancestor is null
     */
    public boolean isPartOf(ThreePublicExpenseItem ancestor) {
        Objects.requireNonNull(ancestor, "ancestor must not be null");
        for (Optional<ThreePublicExpenseItem> up = parent(); up.isPresent(); up = up.get().parent()) {
            if (up.get() == ancestor) {
                return true;
            }
        }
        return false;
    }
}
