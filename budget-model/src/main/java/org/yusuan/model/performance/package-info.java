/**
 * Performance targets of a budget disclosure: the department's (unit's) overall performance target sheet
 * (部门(单位)整体绩效目标表) and the project performance target sheets (项目支出绩效目标表), with their
 * indicators (绩效指标) and target values (指标值).
 *
 * <p>Printed text is always kept next to what was read from it, so nothing a PDF extraction mangled is lost.
 */
@ModelStyle
package org.yusuan.model.performance;

import org.yusuan.model.ModelStyle;
