package org.yusuan.validation.internal;

import java.math.BigDecimal;

/**
 * One printed addend of a sum, with where it is printed, so that a suspicious addend can be named.
 *
 * @param value the printed amount, or null for a blank cell
 * @param where where it is printed
 */
public record Term(BigDecimal value, Where where) {
}
