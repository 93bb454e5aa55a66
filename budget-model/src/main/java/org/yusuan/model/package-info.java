/**
 * Immutable types for a whole budget disclosure (部门预算公开 / 单位预算公开) of one department or unit for
 * one fiscal year: identity, overview, the eleven tables, narrative, other matters and performance targets.
 *
 * <p>Types are built through builders; collections are immutable; money is {@link java.math.BigDecimal} in a
 * stated {@link org.yusuan.model.MoneyUnit}. A disclosure that does not add up is still representable: checking
 * it is the job of budget-validation.
 */
@ModelStyle
package org.yusuan.model;
