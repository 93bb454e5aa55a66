package org.yusuan.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The staffing of a department or unit (人员情况): authorized posts (编制数), people actually employed (实有人数), and
 * of them the staff in service (在职), retired (退休) and retired veteran cadres (离休), each with its change on the
 * previous year. Printed as, e.g., "编制数 45，实有人数 86 人，其中：在职 39 人，减少 7 人；退休 46 人，增加 1 人；离休 1
 * 人，增加 0 人". Counts are not checked against each other here.
 */
@Value.Immutable
public abstract class Staffing {

    Staffing() {
        // built only by the generated ImmutableStaffing
    }

    /**
     * The number of authorized posts (编制数).
     *
     * @return the count, not negative
     */
    public abstract int getAuthorizedPosts();

    /**
     * The number of people actually employed, retired included (实有人数).
     *
     * @return the count, not negative
     */
    public abstract int getActualHeadcount();

    /**
     * Staff in service (在职).
     *
     * @return the count and change, or empty if not printed
     */
    public abstract Optional<StaffChange> getInService();

    /**
     * Retired staff (退休).
     *
     * @return the count and change, or empty if not printed
     */
    public abstract Optional<StaffChange> getRetired();

    /**
     * Retired veteran cadres (离休: those who joined the revolution before 1949).
     *
     * @return the count and change, or empty if not printed
     */
    public abstract Optional<StaffChange> getVeteranRetired();

    /**
     * Rejects what no document can print: a negative count.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    @Value.Check
    protected void check() {
        if (getAuthorizedPosts() < 0) {
            throw new IllegalArgumentException("编制数 (authorized posts) must not be negative: " + getAuthorizedPosts());
        }
        if (getActualHeadcount() < 0) {
            throw new IllegalArgumentException("实有人数 (actual headcount) must not be negative: " + getActualHeadcount());
        }
    }

    /**
     * A new builder. Its {@code build()} throws {@link IllegalStateException} if a count is missing and
     * {@link IllegalArgumentException} if a count is negative.
     *
     * @return a builder, never null
     */
    public static ImmutableStaffing.Builder builder() {
        return ImmutableStaffing.builder();
    }
}
