/**
 * The eleven tables of a budget disclosure (预算公开表, 表1–表11), each an immutable value.
 *
 * <p>Every table implements {@link org.yusuan.model.table.BudgetTable}: it names its {@link
 * org.yusuan.model.table.TableKind}, states its {@link org.yusuan.model.MoneyUnit} and may be declared empty
 * (为空表) with the note the document printed. Its amount columns are an enum implementing {@link
 * org.yusuan.model.table.AmountColumn}; its rows implement {@link org.yusuan.model.table.TableRow} and hold only the
 * cells the document printed, so that a blank cell and a printed {@code 0.00} stay different facts. The printed
 * totals row (合计/总计) is kept apart from the body rows as a {@link org.yusuan.model.table.TotalsRow}, because it
 * can disagree with them.
 *
 * <p>Tables are stored as printed: sums that do not add up, misplaced rows and names that differ from the catalog
 * are all representable. Checking them is the job of budget-validation.
 */
@ModelStyle
package org.yusuan.model.table;

import org.yusuan.model.ModelStyle;
