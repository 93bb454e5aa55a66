/**
 * JSON and JSON Lines of budget disclosures (预算公开 JSON): the versioned document format
 * ({@code "format": "yusuan-disclosure", "version": 1}), its reader and writer.
 *
 * <p>Start at {@link org.yusuan.io.json.BudgetJson}: {@code BudgetJson.standard().write(disclosure)} and
 * {@code read(json, sourceName)} for one document, {@link org.yusuan.io.json.BudgetJson#writeLines writeLines} and
 * {@link org.yusuan.io.json.BudgetJson#readLines readLines} for many, one per line. The format, its limits and its
 * JSON Schema are described in {@code docs/json-format.md}.
 */
package org.yusuan.io.json;
