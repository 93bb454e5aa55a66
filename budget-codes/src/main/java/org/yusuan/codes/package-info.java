/**
 * Classification codes of Chinese government budgets (政府收支分类科目).
 *
 * <p>{@link org.yusuan.codes.FunctionalCode} is a code of the 支出功能分类科目 (类/款/项), {@link
 * org.yusuan.codes.EconomicCode} one of the 部门预算支出经济分类科目 (类/款). Both parse every form that
 * published documents print. A {@link org.yusuan.codes.ClassificationCatalog} names the codes of one
 * fiscal year, from versioned resource files or from a user's own file.
 */
package org.yusuan.codes;
