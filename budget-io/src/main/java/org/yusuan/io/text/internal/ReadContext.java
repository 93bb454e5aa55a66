package org.yusuan.io.text.internal;

import org.yusuan.model.MoneyUnit;

/**
 * What the readers of one import share: the log, the code reader and the document's prevailing unit.
 *
 * @param log the log of unread lines and inferences
 * @param codes the code reader of the fiscal year
 * @param defaultUnit the unit for a table that declares none
 * @param defaultUnitReason why that unit, for the inference (其他表的单位)
 */
public record ReadContext(ImportLog log, CodeReader codes, MoneyUnit defaultUnit, String defaultUnitReason) {
}
