package org.yusuan.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The overview of a disclosure (部门概况 / 单位概况): main functions (主要职能), internal structure (机构设置) with the
 * subordinate budget units, and staffing (人员情况).
 */
@Value.Immutable
public abstract class Overview {

    Overview() {
        // built only by the generated ImmutableOverview
    }

    /**
     * The main functions (主要职能), one item per printed paragraph or numbered item, each as printed (with its
     * number, such as {@code (一)}, if it has one).
     *
     * @return the items in printed order, never null, immutable
     */
    public abstract List<String> getMainFunctions();

    /**
     * The internal structure (机构设置及人员情况) as printed: what the budget comprises and the offices set up.
     *
     * @return the text, or empty if none is printed
     */
    public abstract Optional<String> getInternalStructure();

    /**
     * The subordinate budget units included in the budget (纳入预算编制范围的下属预算单位), as listed.
     *
     * @return the unit names in printed order, never null, immutable; empty if none are listed
     */
    public abstract List<String> getSubordinateUnits();

    /**
     * The staffing sentence (编制数, 实有人数, 在职/退休/离休).
     *
     * @return the staffing, or empty if none is printed
     */
    public abstract Optional<Staffing> getStaffing();

    /**
     * A new builder. Its {@code build()} throws {@link NullPointerException} for a null item.
     *
     * @return a builder, never null
     */
    public static ImmutableOverview.Builder builder() {
        return ImmutableOverview.builder();
    }
}
