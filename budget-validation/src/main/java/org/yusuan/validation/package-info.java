/**
 * Checks a budget disclosure (预算公开) for every place it contradicts itself: {@link
 * org.yusuan.validation.DisclosureValidator} is the one entry point, {@link org.yusuan.validation.ValidationReport}
 * and {@link org.yusuan.validation.Finding} its result, {@link org.yusuan.validation.Rules} the rule ids.
 */
package org.yusuan.validation;
