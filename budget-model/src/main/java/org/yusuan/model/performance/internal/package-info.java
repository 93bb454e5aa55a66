/**
 * Implementation of the performance package: reading printed indicator values (指标值) and category names.
 * Not exported from the module; use {@link org.yusuan.model.performance.TargetValue#parse(String)} and the
 * categories' {@code parse} methods.
 */
package org.yusuan.model.performance.internal;
