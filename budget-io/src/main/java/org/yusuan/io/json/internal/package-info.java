/**
 * The implementation of the JSON document format (预算公开 JSON): the streaming writer and reader, the names of
 * the format's fields, the limits on decimals and the read constraints. Not exported; use
 * {@link org.yusuan.io.json.BudgetJson}.
 */
package org.yusuan.io.json.internal;
