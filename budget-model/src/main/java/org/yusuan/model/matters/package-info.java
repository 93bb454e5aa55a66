/**
 * Other important matters of a budget disclosure (其他重要事项): running costs (运行经费), government procurement
 * (政府采购), state-owned assets in use (国有资产占用), the budget performance summary (预算绩效情况) and other
 * matters to explain (其他需说明的事项).
 *
 * <p>Values are stored as printed; a disclosure whose figures do not add up is still representable.
 */
@ModelStyle
package org.yusuan.model.matters;

import org.yusuan.model.ModelStyle;
