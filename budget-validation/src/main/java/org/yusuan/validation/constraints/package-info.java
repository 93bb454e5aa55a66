/**
 * Jakarta Bean Validation constraints for budget disclosures (预算公开校验约束): known classification codes of a
 * fiscal year, non-negative amounts and the scale of amounts. Their validators live in {@code
 * org.yusuan.validation.internal}; their messages in {@code ValidationMessages.properties} and {@code
 * ValidationMessages_zh_CN.properties}, keyed by the annotation's fully qualified name. budget-validation applies
 * them to the model by a programmatic constraint mapping, so the model itself stays free of them.
 */
package org.yusuan.validation.constraints;
